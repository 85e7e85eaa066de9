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
     * The user key of the local person for Jira user {@code jiraUserId}, created when missing.
     *
     * @param displayName the name Jira shows, kept for a person created now; null when Jira gave none
     */
    String personFor(String jiraUserId, String displayName);

    /**
     * The server's people: each Jira user is a person without a login whose username is the Jira id (characters a
     * username may not hold become {@code _}), created once with Jira's display name. A Jira id that is already a
     * local username is that person, which on Data Center joins a Jira user to the local account of the same name.
     */
    static SyncPeople over(Users users) {
        Objects.requireNonNull(users, "users");
        // Looked up once per Jira user and run: a page names the same few reps hundreds of times.
        Map<String, String> known = new ConcurrentHashMap<>();
        return (jiraUserId, displayName) -> known.computeIfAbsent(jiraUserId, id -> {
            String username = usernameOf(id);
            return users.person(username, displayName == null || displayName.isBlank() ? username : displayName);
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
