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
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import org.saleskpi.core.goal.GoalFolderRepository;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.goal.TargetRepository;
import org.saleskpi.core.goal.ValueHistoryRepository;
import org.saleskpi.core.goal.checkin.CheckInRepository;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.drill.KeySelections;
import org.saleskpi.web.RestServices;

/**
 * Mockito doubles of every Jira component the adapters import, compiled against the stubs, and of the app's
 * ports and repositories that the plugin's RestServices bean carries.
 */
public final class JiraMocks {
    public final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    public final SearchService searchService = mock(SearchService.class);
    public final CustomFieldManager customFields = mock(CustomFieldManager.class);
    public final UserManager users = mock(UserManager.class);
    public final PermissionManager permissions = mock(PermissionManager.class);
    public final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    public final ProjectManager projects = mock(ProjectManager.class);
    public final ActiveObjects ao = mock(ActiveObjects.class);
    public final TemplateRenderer templates = mock(TemplateRenderer.class);
    public final StatusManager statuses = mock(StatusManager.class);
    public final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    public final UserSearchService userSearch = mock(UserSearchService.class);
    public final SearchRequestService filters = mock(SearchRequestService.class);
    public final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    public final ChangeHistoryManager changeHistories = mock(ChangeHistoryManager.class);

    public final AccessPolicy access = mock(AccessPolicy.class);
    public final IssueSource issues = mock(IssueSource.class);
    public final GoalRepository goals = mock(GoalRepository.class);
    public final KpiProfileRepository profiles = mock(KpiProfileRepository.class);
    /** 10 May 2024, noon UTC. */
    public final Clock clock = Clock.fixed(Instant.parse("2024-05-10T12:00:00Z"), ZoneOffset.UTC);

    /** The services the plugin's Spring context would hand the servlet and the panel. */
    public RestServices services() {
        return new RestServices(access, issues, mock(IssueCatalog.class), mock(Directory.class), profiles, goals,
                mock(TargetRepository.class), mock(ValueHistoryRepository.class), mock(GoalFolderRepository.class),
                mock(QuotaRepository.class), clock, KeySelections.NONE, CheckInRepository.NONE);
    }

    public JiraAccessPolicy accessPolicy() {
        return new JiraAccessPolicy(authentication, permissions, globalPermissions, projects, users);
    }

    /** The history reader over the change history, custom field and status doubles, Jira's own zone given. */
    public JiraIssueHistories histories(ZoneId jiraZone) {
        return new JiraIssueHistories(changeHistories, customFields, statuses, jiraZone);
    }

    /** A Jira user Jira's user manager knows by key. */
    public ApplicationUser user(String key, String displayName) {
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
