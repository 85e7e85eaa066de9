package org.saleskpi.core.index;

import java.util.Objects;
import java.util.Set;

/**
 * Which indexed issues one user may see, in the index's own terms: an issue is visible when its project
 * is one the user may browse and it has no security level, or a level the user is in. That is Jira's own
 * permission filter (Browse Projects, then issue security); a host without security levels leaves
 * {@code securityLevels} empty and no issue has one. Two users with equal visibilities see the same rows,
 * so a table loaded for one may answer the other.
 *
 * @param projects the keys of the projects the user may browse
 * @param securityLevels the ids of the issue security levels the user may see, over all projects
 */
public record Visibility(Set<String> projects, Set<Long> securityLevels) {
    public Visibility {
        projects = Set.copyOf(Objects.requireNonNull(projects, "projects"));
        securityLevels = Set.copyOf(Objects.requireNonNull(securityLevels, "securityLevels"));
    }

    /** Sees nothing: a user unknown to the host. */
    public static Visibility none() {
        return new Visibility(Set.of(), Set.of());
    }

    /** Whether an issue of {@code project} at {@code securityLevel} (null: none) is visible. */
    public boolean sees(String project, Long securityLevel) {
        return projects.contains(project) && (securityLevel == null || securityLevels.contains(securityLevel));
    }
}
