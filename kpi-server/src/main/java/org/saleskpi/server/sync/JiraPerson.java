package org.saleskpi.server.sync;

import java.util.Objects;
import java.util.Optional;

/**
 * A Jira user as an issue or a changelog names them: the id Jira keys them by (the account id on Cloud, the user key
 * on Data Center), and where Jira gives them the Data Center user name (which differs from the key for users created
 * since Jira 8, {@code JIRAUSER10107} for {@code farid.fahmy}), the e-mail address and the display name. JQL names a
 * user by any of them, so the sync keeps them all.
 */
public record JiraPerson(String id, Optional<String> name, Optional<String> email, Optional<String> displayName) {
    public JiraPerson {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a Jira user needs an id");
        }
        name = present(name);
        email = present(email);
        displayName = present(displayName);
    }

    /** A user known by id and display name only, as a changelog item names them. */
    public static JiraPerson of(String id, String displayName) {
        return new JiraPerson(id, Optional.empty(), Optional.empty(), Optional.ofNullable(displayName));
    }

    private static Optional<String> present(Optional<String> text) {
        return Objects.requireNonNull(text, "text").map(String::strip).filter(value -> !value.isEmpty());
    }
}
