package org.saleskpi.core.index;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which indexed issues one user may see, in the index's own terms: an issue is visible when its project
 * is one the user may browse and it has no security level, or a level the user is in. That is Jira's own
 * permission filter (Browse Projects, then issue security); a host without security levels leaves
 * {@code securityLevels} empty and no issue has one. Two users with equal visibilities see the same rows,
 * so a table loaded for one may answer the other.
 *
 * <p>A level may count in some projects only: Jira's filter asks for a level granted to a project role
 * (or to the project lead) together with the project the user holds that role in, so one scheme's level
 * can be visible in one of its projects and not in another. Those levels are in {@code projectLevels}.
 *
 * <p>Some grants depend on the issue itself (Jira's Browse Projects or a security level granted to the reporter, the
 * assignee or a user field): no set of projects and levels can say which of those issues the user sees. Their
 * projects are {@code undecided}: the index shows none of the undecided rows (they are never leaked), and a host
 * answers a query that can select them from its own per-issue search instead (ADR 0032).
 *
 * @param projects the keys of the projects the user may browse
 * @param securityLevels the ids of the issue security levels the user may see, over all projects
 * @param projectLevels per project key, further level ids the user may see in that project only
 * @param undecided the keys of the projects where whether the user sees an issue depends on that issue
 */
public record Visibility(Set<String> projects, Set<Long> securityLevels, Map<String, Set<Long>> projectLevels,
        Set<String> undecided) {
    public Visibility {
        projects = Set.copyOf(Objects.requireNonNull(projects, "projects"));
        undecided = Set.copyOf(Objects.requireNonNull(undecided, "undecided"));
        securityLevels = Set.copyOf(Objects.requireNonNull(securityLevels, "securityLevels"));
        Map<String, Set<Long>> copy = new HashMap<>();
        Objects.requireNonNull(projectLevels, "projectLevels").forEach((project, levels) -> {
            if (!levels.isEmpty()) {
                copy.put(project, Set.copyOf(levels));
            }
        });
        projectLevels = Map.copyOf(copy);
    }

    /** Every project decided by its project and level alone. */
    public Visibility(Set<String> projects, Set<Long> securityLevels, Map<String, Set<Long>> projectLevels) {
        this(projects, securityLevels, projectLevels, Set.of());
    }

    /** Levels that count in every project the user may browse. */
    public Visibility(Set<String> projects, Set<Long> securityLevels) {
        this(projects, securityLevels, Map.of());
    }

    /** Sees nothing: a user unknown to the host. */
    public static Visibility none() {
        return new Visibility(Set.of(), Set.of());
    }

    /** Whether an issue of {@code project} at {@code securityLevel} (null: none) is visible. */
    public boolean sees(String project, Long securityLevel) {
        return projects.contains(project) && (securityLevel == null || securityLevels.contains(securityLevel)
                || projectLevels.getOrDefault(project, Set.of()).contains(securityLevel));
    }
}
