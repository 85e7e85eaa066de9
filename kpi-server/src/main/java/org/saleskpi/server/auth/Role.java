package org.saleskpi.server.auth;

import java.util.Locale;
import java.util.Optional;

/** A user's role in a project: each includes the ones before it. */
public enum Role {
    /** Sees the project's issues, goals and dashboards. */
    VIEWER,
    /** Also edits goals and targets. */
    EDITOR,
    /** Also edits KPI profiles and grants roles. */
    ADMIN;

    /** {@code viewer}, {@code editor} or {@code admin}, in any case. */
    public static Optional<Role> parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** As JSON writes it: {@code viewer}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
