package org.saleskpi.jira.permission;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.issue.security.IssueSecurityLevelPermission;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.index.VisibilityPolicy;
import org.saleskpi.core.user.UserRef;

/**
 * What a Jira user may see of the node's issue cache, as Jira's own permission filter decides it (Jira 6 source,
 * turgaycelik/mysource@ee01e28, jira-core DefaultPermissionQueryFactory.getQuery): the projects the user has Browse
 * Projects in ({@link PermissionManager#getProjects}), then, per such project, the issue security levels the user
 * is in ({@link IssueSecurityLevelManager#getUsersSecurityLevels}, the call that filter makes per project). A level
 * is kept for its project only: Jira asks for a project role's or the project lead's level together with the
 * project (ProjectRoleSecurityAndNotificationType.getQuery, ProjectLead.getQuery in the same source).
 *
 * <p>A level with a grant that depends on the issue (reporter, assignee, a user or group picker field, or a type
 * this class does not know) is left out: Jira answers such grants "yes" for every user at project level
 * (CurrentReporter.hasProjectPermission returns true) and narrows them per issue in its search, which a set of
 * levels cannot express. Issues at those levels are therefore never shown from the cache, to anyone. The same
 * holds for Browse Projects granted to reporters or assignees: UNVERIFIED and not handled here (Jira's getProjects
 * answers "yes" for those projects; see the PERM report of issue 14).
 *
 * <p>Answers are kept per user for {@link #DEFAULT_TIME_TO_LIVE} and forgotten at once on the permission events
 * {@link PermissionChanges} listens to.
 */
public final class JiraVisibilityPolicy implements VisibilityPolicy {
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofSeconds(10);

    /**
     * Grant types whose Jira query is the level alone or the level and the project (Jira 6's permission-types.xml:
     * GroupDropdown, SingleUser, ProjectLead and ProjectRoleSecurityAndNotificationType extend
     * AbstractProjectsSecurityType), so membership of the level in a project settles it for every issue there.
     */
    static final Set<String> PROJECT_WIDE_GRANTS = Set.of("group", "user", "projectrole", "lead");

    private final PermissionManager permissions;
    private final IssueSecurityLevelManager levels;
    private final IssueSecuritySchemeManager schemes;
    private final UserManager users;
    private final VisibilityCache cache;

    public JiraVisibilityPolicy(PermissionManager permissions, IssueSecurityLevelManager levels,
            IssueSecuritySchemeManager schemes, UserManager users, Clock clock) {
        this(permissions, levels, schemes, users, clock, DEFAULT_TIME_TO_LIVE);
    }

    JiraVisibilityPolicy(PermissionManager permissions, IssueSecurityLevelManager levels,
            IssueSecuritySchemeManager schemes, UserManager users, Clock clock, Duration timeToLive) {
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.levels = Objects.requireNonNull(levels, "levels");
        this.schemes = Objects.requireNonNull(schemes, "schemes");
        this.users = Objects.requireNonNull(users, "users");
        this.cache = new VisibilityCache(clock, timeToLive);
    }

    @Override
    public Visibility of(UserRef user, Collection<String> projectsInIndex) {
        ApplicationUser jiraUser = user == null || user.key() == null ? null : users.getUserByKey(user.key());
        if (jiraUser == null) {
            return Visibility.none();
        }
        Set<String> wanted = Set.copyOf(projectsInIndex);
        return cache.get(jiraUser.getKey(), wanted, () -> ask(jiraUser, wanted));
    }

    /** Forgets every user's answer: permissions, roles, groups or security levels changed. */
    public void forgetAll() {
        cache.forgetAll();
    }

    private Visibility ask(ApplicationUser user, Set<String> wanted) {
        Set<String> browsable = new HashSet<>();
        Map<String, Set<Long>> levelsByProject = new HashMap<>();
        Map<Long, Boolean> projectWide = new HashMap<>();
        for (Project project : permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, user)) {
            String key = project.getKey();
            if (!wanted.contains(key)) {
                continue;
            }
            browsable.add(key);
            Set<Long> seen = new HashSet<>();
            for (IssueSecurityLevel level : levels.getUsersSecurityLevels(project, user)) {
                if (projectWide.computeIfAbsent(level.getId(), this::grantedProjectWide)) {
                    seen.add(level.getId());
                }
            }
            levelsByProject.put(key, seen);
        }
        return new Visibility(browsable, Set.of(), levelsByProject);
    }

    private boolean grantedProjectWide(Long levelId) {
        List<IssueSecurityLevelPermission> grants = schemes.getPermissionsBySecurityLevel(levelId);
        return !grants.isEmpty() && grants.stream().allMatch(grant -> PROJECT_WIDE_GRANTS.contains(grant.getType()));
    }
}
