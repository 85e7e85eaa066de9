package org.saleskpi.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.user.UserRef;

class JiraAccessPolicyTest {
    private final JiraMocks jira = new JiraMocks();
    private final Project sales = mock(Project.class);
    private ApplicationUser alice;
    private JiraAccessPolicy policy;
    private final UserRef aliceRef = new UserRef("alice", "Alice Abe");

    @BeforeEach
    void setUp() {
        alice = jira.user("alice", "Alice Abe");
        when(jira.projects.getProjectObjByKey("SALES")).thenReturn(sales);
        policy = jira.accessPolicy();
    }

    @Test
    void theCurrentUserIsJirasLoggedInUserByKey() {
        when(jira.authentication.getLoggedInUser()).thenReturn(alice);

        assertThat(policy.currentUser()).contains(new UserRef("alice", "Alice Abe"));
    }

    @Test
    void anonymousHasNoCurrentUser() {
        assertThat(policy.currentUser()).isEmpty();
    }

    @Test
    void browsingAsksForBrowseProjectsOnTheProject() {
        when(jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sales, alice)).thenReturn(true);

        assertThat(policy.canBrowse(aliceRef, "SALES")).isTrue();
        assertThat(policy.canAdminister(aliceRef, "SALES")).isFalse();
        verify(jira.permissions).hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), same(sales), same(alice));
        verify(jira.permissions).hasPermission(same(ProjectPermissions.ADMINISTER_PROJECTS), same(sales), same(alice));
    }

    @Test
    void editingGoalsAsksForAdministerProjects() {
        when(jira.permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, sales, alice)).thenReturn(true);

        assertThat(policy.canAdminister(aliceRef, "SALES")).isTrue();
        assertThat(policy.canEditGoals(aliceRef, "SALES")).isTrue();
        assertThat(policy.canBrowse(aliceRef, "SALES")).isFalse();
    }

    @Test
    void unknownProjectsAndUsersHaveNoPermissionAndJiraIsNotAskedAboutThem() {
        assertThat(policy.canBrowse(aliceRef, "NOPE")).isFalse();
        assertThat(policy.canBrowse(new UserRef("mallory", "Mallory"), "SALES")).isFalse();
        assertThat(policy.isSystemAdmin(new UserRef("mallory", "Mallory"))).isFalse();

        verifyNoInteractions(jira.permissions, jira.globalPermissions);
    }

    @Test
    void systemAdminIsTheAdministerGlobalPermission() {
        when(jira.globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, alice)).thenReturn(true);

        assertThat(policy.isSystemAdmin(aliceRef)).isTrue();
        verify(jira.globalPermissions).hasPermission(same(GlobalPermissionKey.ADMINISTER), same(alice));
    }

    @Test
    void aUserWithoutTheGlobalPermissionIsNoAdmin() {
        when(jira.globalPermissions.hasPermission(any(), any())).thenReturn(false);

        assertThat(policy.isSystemAdmin(aliceRef)).isFalse();
        verify(jira.globalPermissions).hasPermission(eq(GlobalPermissionKey.ADMINISTER), same(alice));
    }
}
