package org.saleskpi.jira.permission;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.issue.security.IssueSecurityLevelPermission;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.permission.PermissionSchemeEntry;
import com.atlassian.jira.permission.PermissionSchemeManager;
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
 * <p>A grant that depends on the issue (reporter, assignee, a user or group picker field, or a type this class does
 * not know) is never trusted: Jira answers it "yes" for every user at project level (CurrentReporter
 * .hasProjectPermission returns true) and narrows it per issue in its search, which sets of projects and levels
 * cannot express. So a level with such a grant is left out, and so is a project whose Browse Projects permission
 * has one (its scheme's grants from {@link PermissionSchemeManager}): their issues are never shown from the cache,
 * to anyone, rather than shown to everyone. Such a project is {@link Visibility#undecided() undecided} for the user,
 * so that a query able to reach it is answered by Jira's own search as the user instead (ADR 0032).
 *
 * <p>Answers are kept per user for {@link #DEFAULT_TIME_TO_LIVE} and forgotten at once on the permission events
 * {@link PermissionChanges} listens to.
 */
public final class JiraVisibilityPolicy implements VisibilityPolicy {
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofSeconds(10);

    /**
     * Grant types whose Jira query is the project, or the level alone, or both (Jira 6's permission-types.xml:
     * GroupDropdown, SingleUser, ProjectLead and ProjectRoleSecurityAndNotificationType extend
     * AbstractProjectsSecurityType), so holding one in a project settles it for every issue there. "applicationRole"
     * (Jira 7+, "any user with application access", the default Browse grant) is not in that source: the key is
     * the member type Jira's REST documentation lists beside reporter, group, user and projectrole, and Adaptavist's
     * ScriptRunner documentation grants Browse with Jira's JiraPermissionHolderType.APPLICATION_ROLE; that Jira
     * 10/11's scheme entries carry exactly that key is UNVERIFIED (if not, those projects are left out).
     * Jira administrators get no exception: Jira's own filter has none either.
     */
    static final Set<String> PROJECT_WIDE_GRANTS = Set.of("group", "user", "projectrole", "lead", "applicationRole");

    private final PermissionManager permissions;
    private final PermissionSchemeManager permissionSchemes;
    private final IssueSecurityLevelManager levels;
    private final IssueSecuritySchemeManager schemes;
    private final UserManager users;
    private final VisibilityCache cache;

    public JiraVisibilityPolicy(PermissionManager permissions, PermissionSchemeManager permissionSchemes,
            IssueSecurityLevelManager levels, IssueSecuritySchemeManager schemes, UserManager users, Clock clock) {
        this(permissions, permissionSchemes, levels, schemes, users, clock, DEFAULT_TIME_TO_LIVE);
    }

    JiraVisibilityPolicy(PermissionManager permissions, PermissionSchemeManager permissionSchemes,
            IssueSecurityLevelManager levels, IssueSecuritySchemeManager schemes, UserManager users, Clock clock,
            Duration timeToLive) {
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.permissionSchemes = Objects.requireNonNull(permissionSchemes, "permissionSchemes");
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
        Set<String> undecided = new HashSet<>();
        Map<String, Set<Long>> levelsByProject = new HashMap<>();
        Map<Long, Boolean> projectWide = new HashMap<>();
        for (Project project : permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, user)) {
            String key = project.getKey();
            if (!wanted.contains(key)) {
                continue;
            }
            if (!browseGrantedProjectWide(project)) {
                undecided.add(key);
                continue;
            }
            browsable.add(key);
            Set<Long> seen = new HashSet<>();
            for (IssueSecurityLevel level : levels.getUsersSecurityLevels(project, user)) {
                if (projectWide.computeIfAbsent(level.getId(), this::grantedProjectWide)) {
                    seen.add(level.getId());
                } else {
                    // Issues at this level may be the user's (reporter, assignee, ...): only Jira can tell.
                    undecided.add(key);
                }
            }
            levelsByProject.put(key, seen);
        }
        return new Visibility(browsable, Set.of(), levelsByProject, undecided);
    }

    private boolean browseGrantedProjectWide(Project project) {
        Long scheme = permissionSchemes.getSchemeIdFor(project);
        if (scheme == null) {
            return false;
        }
        Collection<PermissionSchemeEntry> grants = permissionSchemes.getPermissionSchemeEntries(scheme,
                ProjectPermissions.BROWSE_PROJECTS);
        return grants.stream().allMatch(grant -> PROJECT_WIDE_GRANTS.contains(grant.getType()));
    }

    private boolean grantedProjectWide(Long levelId) {
        List<IssueSecurityLevelPermission> grants = schemes.getPermissionsBySecurityLevel(levelId);
        return !grants.isEmpty() && grants.stream().allMatch(grant -> PROJECT_WIDE_GRANTS.contains(grant.getType()));
    }
}
