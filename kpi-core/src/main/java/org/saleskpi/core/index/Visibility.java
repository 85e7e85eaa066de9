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
 * <p>Some rows are decided by someone else, issue by issue: the standalone server's copy of a Jira site whose
 * issues each user sees as Jira shows them to that user's own token (ADR 0036). Their projects are in
 * {@code allowedKeys} with the only keys the user may see there; every other row of such a project stays hidden, so
 * a row written after the list was made is hidden until a list names it.
 *
 * @param projects the keys of the projects the user may browse
 * @param securityLevels the ids of the issue security levels the user may see, over all projects
 * @param projectLevels per project key, further level ids the user may see in that project only
 * @param undecided the keys of the projects where whether the user sees an issue depends on that issue
 * @param allowedKeys per project key, the only issue keys the user may see in that project (an empty list: none);
 *     a project without an entry is not limited by key
 */
public record Visibility(Set<String> projects, Set<Long> securityLevels, Map<String, Set<Long>> projectLevels,
        Set<String> undecided, Map<String, Set<String>> allowedKeys) {
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
        // Unlike a level list, an empty key list means something: nothing of that project.
        Map<String, Set<String>> keys = new HashMap<>();
        Objects.requireNonNull(allowedKeys, "allowedKeys").forEach((project, list) -> keys.put(project,
                Set.copyOf(list)));
        allowedKeys = Map.copyOf(keys);
    }

    /** No project limited by key. */
    public Visibility(Set<String> projects, Set<Long> securityLevels, Map<String, Set<Long>> projectLevels,
            Set<String> undecided) {
        this(projects, securityLevels, projectLevels, undecided, Map.of());
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

    /**
     * Whether an issue of {@code project} at {@code securityLevel} (null: none) is visible, for a project not
     * limited by key; in a limited project no issue is without its key ({@link #sees(String, String, Long)}).
     */
    public boolean sees(String project, Long securityLevel) {
        return !allowedKeys.containsKey(project) && seesProjectAndLevel(project, securityLevel);
    }

    /** Whether the issue {@code key} of {@code project} at {@code securityLevel} (null: none) is visible. */
    public boolean sees(String key, String project, Long securityLevel) {
        Set<String> allowed = allowedKeys.get(project);
        return (allowed == null || allowed.contains(key)) && seesProjectAndLevel(project, securityLevel);
    }

    private boolean seesProjectAndLevel(String project, Long securityLevel) {
        return projects.contains(project) && (securityLevel == null || securityLevels.contains(securityLevel)
                || projectLevels.getOrDefault(project, Set.of()).contains(securityLevel));
    }
}
