package org.saleskpi.jira;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import java.util.LinkedHashSet;
import java.util.List;

/** Mockito doubles of every Jira component the adapters import, compiled against the stubs. */
final class JiraMocks {
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final SearchService searchService = mock(SearchService.class);
    final CustomFieldManager customFields = mock(CustomFieldManager.class);
    final UserManager users = mock(UserManager.class);
    final PermissionManager permissions = mock(PermissionManager.class);
    final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    final ProjectManager projects = mock(ProjectManager.class);
    final ActiveObjects ao = mock(ActiveObjects.class);
    final StatusManager statuses = mock(StatusManager.class);
    final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    final UserSearchService userSearch = mock(UserSearchService.class);
    final SearchRequestService filters = mock(SearchRequestService.class);

    ComponentImports imports() {
        return new ComponentImports(authentication, searchService, customFields, users, permissions,
                globalPermissions, projects, ao, statuses, issueTypes, userSearch, filters);
    }

    /** A Jira user Jira's user manager knows by key. */
    ApplicationUser user(String key, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class, "user " + key);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(displayName);
        when(users.getUserByKey(key)).thenReturn(user);
        return user;
    }

    static MessageSet messages(String... errors) {
        MessageSet set = mock(MessageSet.class);
        when(set.hasAnyErrors()).thenReturn(errors.length > 0);
        when(set.getErrorMessages()).thenReturn(new LinkedHashSet<>(List.of(errors)));
        return set;
    }
}
