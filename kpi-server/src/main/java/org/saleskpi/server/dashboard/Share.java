package org.saleskpi.server.dashboard;

import java.util.Objects;
import java.util.Optional;
import org.saleskpi.server.auth.Role;

/**
 * One share of a dashboard: with everyone who holds at least {@code role} in {@code projectKey}, or with the person
 * {@code userKey}; {@code rights} says what they may do there.
 */
public record Share(Optional<String> projectKey, Optional<Role> role, Optional<String> userKey, Rights rights) {

    /** What a share lets its people do: view the dashboard, or also arrange, configure and rename it. */
    public enum Rights {
        VIEW,
        EDIT
    }

    public Share {
        Objects.requireNonNull(rights, "rights");
        if (userKey.isPresent() == projectKey.isPresent() || projectKey.isPresent() != role.isPresent()) {
            throw new IllegalArgumentException("a share names a person, or a project and a role");
        }
    }

    public static Share withRole(String projectKey, Role role, Rights rights) {
        return new Share(Optional.of(projectKey), Optional.of(role), Optional.empty(), rights);
    }

    public static Share withPerson(String userKey, Rights rights) {
        return new Share(Optional.empty(), Optional.empty(), Optional.of(userKey), rights);
    }
}
