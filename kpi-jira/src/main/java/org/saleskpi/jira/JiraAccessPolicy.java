package org.saleskpi.jira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;

/**
 * {@link AccessPolicy} from Jira's own permissions: Browse Projects to see a project's numbers and goals,
 * Administer Projects to edit its goals and KPI profiles, the Jira Administrators global permission for
 * everything. Asks Jira every time; nothing is cached.
 */
public final class JiraAccessPolicy implements AccessPolicy {
    private final JiraAuthenticationContext authentication;
    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;
    private final ProjectManager projects;
    private final JiraUsers users;

    public JiraAccessPolicy(JiraAuthenticationContext authentication, PermissionManager permissions,
            GlobalPermissionManager globalPermissions, ProjectManager projects, UserManager users) {
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.globalPermissions = Objects.requireNonNull(globalPermissions, "globalPermissions");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.users = new JiraUsers(users);
    }

    @Override
    public Optional<UserRef> currentUser() {
        return Optional.ofNullable(authentication.getLoggedInUser()).map(JiraUsers::ref);
    }

    @Override
    public boolean canBrowse(UserRef user, String projectKey) {
        return has(ProjectPermissions.BROWSE_PROJECTS, user, projectKey);
    }

    @Override
    public boolean canAdminister(UserRef user, String projectKey) {
        return has(ProjectPermissions.ADMINISTER_PROJECTS, user, projectKey);
    }

    @Override
    public boolean isSystemAdmin(UserRef user) {
        return users.find(user).map(u -> globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, u))
                .orElse(false);
    }

    /** Unknown users and unknown projects have no permission; Jira is never asked about a null user. */
    private boolean has(ProjectPermissionKey permission, UserRef user, String projectKey) {
        Optional<ApplicationUser> jiraUser = users.find(user);
        if (jiraUser.isEmpty() || projectKey == null || projectKey.isBlank()) {
            return false;
        }
        Project project = projects.getProjectObjByKey(projectKey);
        return project != null && permissions.hasPermission(permission, project, jiraUser.get());
    }
}
