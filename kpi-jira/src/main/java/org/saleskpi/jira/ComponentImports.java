package org.saleskpi.jira;

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
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Objects;

/**
 * The one place the app receives Jira's components: the plugin context hands them to this constructor and
 * the adapters take them from here. Holds references only; nothing static, nothing cached.
 */
public final class ComponentImports {
    private final JiraAuthenticationContext authenticationContext;
    private final SearchService searchService;
    private final CustomFieldManager customFieldManager;
    private final UserManager userManager;
    private final PermissionManager permissionManager;
    private final GlobalPermissionManager globalPermissionManager;
    private final ProjectManager projectManager;
    private final ActiveObjects activeObjects;
    private final StatusManager statusManager;
    private final IssueTypeManager issueTypeManager;
    private final UserSearchService userSearchService;
    private final SearchRequestService searchRequestService;
    private final TemplateRenderer templateRenderer;

    public ComponentImports(JiraAuthenticationContext authenticationContext, SearchService searchService,
            CustomFieldManager customFieldManager, UserManager userManager, PermissionManager permissionManager,
            GlobalPermissionManager globalPermissionManager, ProjectManager projectManager,
            ActiveObjects activeObjects, StatusManager statusManager, IssueTypeManager issueTypeManager,
            UserSearchService userSearchService, SearchRequestService searchRequestService,
            TemplateRenderer templateRenderer) {
        this.authenticationContext = Objects.requireNonNull(authenticationContext, "authenticationContext");
        this.searchService = Objects.requireNonNull(searchService, "searchService");
        this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
        this.userManager = Objects.requireNonNull(userManager, "userManager");
        this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
        this.globalPermissionManager = Objects.requireNonNull(globalPermissionManager, "globalPermissionManager");
        this.projectManager = Objects.requireNonNull(projectManager, "projectManager");
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
        this.statusManager = Objects.requireNonNull(statusManager, "statusManager");
        this.issueTypeManager = Objects.requireNonNull(issueTypeManager, "issueTypeManager");
        this.userSearchService = Objects.requireNonNull(userSearchService, "userSearchService");
        this.searchRequestService = Objects.requireNonNull(searchRequestService, "searchRequestService");
        this.templateRenderer = Objects.requireNonNull(templateRenderer, "templateRenderer");
    }

    public JiraAuthenticationContext authenticationContext() {
        return authenticationContext;
    }

    public SearchService searchService() {
        return searchService;
    }

    public CustomFieldManager customFieldManager() {
        return customFieldManager;
    }

    public UserManager userManager() {
        return userManager;
    }

    public PermissionManager permissionManager() {
        return permissionManager;
    }

    public GlobalPermissionManager globalPermissionManager() {
        return globalPermissionManager;
    }

    public ProjectManager projectManager() {
        return projectManager;
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public StatusManager statusManager() {
        return statusManager;
    }

    public IssueTypeManager issueTypeManager() {
        return issueTypeManager;
    }

    public UserSearchService userSearchService() {
        return userSearchService;
    }

    public SearchRequestService searchRequestService() {
        return searchRequestService;
    }

    /** The Atlassian Template Renderer's Velocity, bound to this plugin's class loader (an OSGi service). */
    public TemplateRenderer templateRenderer() {
        return templateRenderer;
    }
}
