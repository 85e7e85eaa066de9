package org.saleskpi.core.jql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: the people a user value in a query may name, as Jira's user directory is to its JQL. The
 * server implements it over its users; without one ({@link #NONE}) a value can only be a user key
 * some issue holds.
 */
@FunctionalInterface
public interface JqlPeople {

    /** A directory that knows nobody. */
    JqlPeople NONE = value -> List.of();

    /**
     * At least everyone whose username, Jira id, full name or e-mail address equals {@code value} ignoring
     * case; it may return more (the caller keeps the exact matches).
     */
    List<Person> candidates(String value);

    /**
     * One person: the key issues store, the username they sign in with, the full name, an e-mail address if known,
     * and for a person copied from a Jira site the id Jira names them by (account id on Cloud, user key on Data
     * Center), which names them exactly as a username does: Jira's own JQL takes it.
     */
    record Person(String key, String username, String fullName, Optional<String> email, Optional<String> jiraId) {
        public Person {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(jiraId, "jiraId");
        }

        /** A person who is not a synced Jira user. */
        public Person(String key, String username, String fullName, Optional<String> email) {
            this(key, username, fullName, email, Optional.empty());
        }
    }
}
