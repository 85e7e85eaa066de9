package org.saleskpi.server.sync;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.saleskpi.server.auth.Users;

/**
 * Port: the local person a Jira user is, by the id Jira names them with in issues and changelogs (the account id on
 * Cloud, the user key on Data Center). The same Jira id always gives the same local key.
 */
@FunctionalInterface
public interface SyncPeople {

    /**
     * The user key of the local person for the Jira user, created when missing; the user name and e-mail address
     * Jira gave are kept with them, so that JQL names them as Jira does.
     */
    String personFor(JiraPerson person);

    /**
     * The user key of the local person for Jira user {@code jiraUserId}, created when missing.
     *
     * @param displayName the name Jira shows, kept for a person created now; null when Jira gave none
     */
    default String personFor(String jiraUserId, String displayName) {
        return personFor(JiraPerson.of(jiraUserId, displayName));
    }

    /**
     * The server's people: each Jira user is a person without a login whose username is the Jira id (characters a
     * username may not hold become {@code _}), created once with Jira's display name; their Data Center user name and
     * e-mail address go to {@code names}. A Jira id that is already a local username is that person, which on Data
     * Center joins a Jira user to the local account of the same name.
     */
    static SyncPeople over(Users users, JiraUserNames names) {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(names, "names");
        // Looked up once per Jira user as Jira shows them in a run: a page names the same few reps hundreds of
        // times; a rename or a new address is a new value, written once.
        Map<JiraPerson, String> known = new ConcurrentHashMap<>();
        return person -> known.computeIfAbsent(person, jira -> {
            String username = usernameOf(jira.id());
            String key = users.person(username, jira.displayName().orElse(username));
            names.record(key, jira.name(), jira.email());
            return key;
        });
    }

    /** A Jira account id or key as a local username: letters, digits and {@code . _ @ -}, at most 64 of them. */
    static String usernameOf(String jiraUserId) {
        if (jiraUserId == null || jiraUserId.isBlank()) {
            throw new IllegalArgumentException("a Jira user needs an id");
        }
        String safe = jiraUserId.strip().replaceAll("[^A-Za-z0-9._@-]", "_");
        return safe.substring(0, Math.min(safe.length(), Users.MAX_USERNAME));
    }
}
