package org.saleskpi.jira.simulated;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.index.VisibilityPolicy;

/**
 * Who may browse which project, and which issue security levels each user may see, as plain grants a test sets and
 * revokes. Only Browse Projects is modelled; any other project permission is refused.
 */
public final class SimulatedPermissions implements PermissionManager {
    private final SimulatedJira jira;
    private final Map<String, Set<String>> browsable = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> levels = new ConcurrentHashMap<>();
    /** A richer model's per-issue decision, when a test sets one ({@link #decideBy}). */
    private volatile IssueCheck decider;

    SimulatedPermissions(SimulatedJira jira) {
        this.jira = jira;
    }

    /** Lets the user browse these projects (in addition to any granted before). */
    public void grantBrowse(String userKey, String... projectKeys) {
        browsable.computeIfAbsent(userKey, k -> ConcurrentHashMap.newKeySet()).addAll(Set.of(projectKeys));
        jira.permissionsChanged();
    }

    public void revokeBrowse(String userKey, String projectKey) {
        browsable.getOrDefault(userKey, Set.of()).remove(projectKey);
        jira.permissionsChanged();
    }

    /** Lets the user see issues of these security levels. */
    public void grantLevels(String userKey, Long... levelIds) {
        levels.computeIfAbsent(userKey, k -> ConcurrentHashMap.newKeySet()).addAll(Set.of(levelIds));
        jira.permissionsChanged();
    }

    public boolean canBrowse(String userKey, String projectKey) {
        return browsable.getOrDefault(userKey, Set.of()).contains(projectKey);
    }

    /** What Jira's own permission filter lets the user see of one issue: the project, then the level. */
    public boolean canSee(String userKey, String projectKey, Long securityLevel) {
        return canBrowse(userKey, projectKey)
                && (securityLevel == null || levels.getOrDefault(userKey, Set.of()).contains(securityLevel));
    }

    /**
     * Jira's permission filter for one issue as a richer model decides it, grants to the reporter or the assignee
     * included; the search as a user then answers by it instead of the plain grants above (Jira decides such grants
     * per issue).
     */
    @FunctionalInterface
    public interface IssueCheck {
        boolean sees(String userKey, String projectKey, Long securityLevel, String reporter, String assignee);
    }

    /** From now on, the search as a user lets {@code check} decide each issue. */
    public void decideBy(IssueCheck check) {
        decider = check;
        jira.permissionsChanged();
    }

    /** What the search as {@code userKey} may return of this issue. */
    boolean canSee(String userKey, StoredIssue issue) {
        IssueCheck check = decider;
        return check == null ? canSee(userKey, issue.record().project(), issue.securityLevel())
                : check.sees(userKey, issue.record().project(), issue.securityLevel(),
                        issue.record().reporter().orElse(null), issue.record().assignee().orElse(null));
    }

    /** The security levels the user may see. */
    public Set<Long> levels(String userKey) {
        return Set.copyOf(levels.getOrDefault(userKey, Set.of()));
    }

    /**
     * The viewers' visibility as these grants give it, for a cache read in a test or the bench where the app's own
     * policy over Jira's permission APIs is not the subject.
     */
    public VisibilityPolicy visibilityPolicy() {
        return (user, projectsInIndex) -> user == null ? Visibility.none()
                : new Visibility(projectsInIndex.stream().filter(project -> canBrowse(user.key(), project))
                        .collect(java.util.stream.Collectors.toSet()), levels(user.key()));
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        return ProjectPermissions.BROWSE_PROJECTS.equals(permissionKey) && project != null && user != null
                && canBrowse(user.getKey(), project.getKey());
    }

    @Override
    public Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user) {
        if (!ProjectPermissions.BROWSE_PROJECTS.equals(permissionKey) || user == null) {
            return Set.of();
        }
        return browsable.getOrDefault(user.getKey(), Set.of()).stream().map(jira::project)
                .filter(java.util.Objects::nonNull).map(Project.class::cast).toList();
    }
}
