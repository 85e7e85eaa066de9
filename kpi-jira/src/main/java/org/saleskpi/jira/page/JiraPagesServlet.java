package org.saleskpi.jira.page;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.page.Messages;
import org.saleskpi.web.page.Page;
import org.saleskpi.web.page.PageMeta;
import org.saleskpi.web.page.PageRenderer;
import org.saleskpi.web.page.PageUser;
import org.saleskpi.web.page.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project-settings pages inside Jira, at {@code /plugins/servlet/saleskpi/...}: the goals of a project
 * ({@code /goals?project=KEY}), one goal ({@code /goals/{id}}), its KPI profiles ({@code /profiles?project=KEY})
 * and one profile ({@code /profiles/{id}}, {@code /profiles/new?project=KEY}), from kpi-web's shared templates,
 * framed by Jira's admin decorator with the project's settings sidebar; and, belonging to no project, the page a
 * subscription mail's unsubscribe link leads to ({@code /unsubscribe?token=}, ADR 0068), whose script ends it, and
 * the user's own e-mail subscriptions ({@code /subscriptions}, ADR 0072), reached from the user's profile menu, and
 * the issue list a dashboard item's drill-down opens ({@code /issues?jql=&about=}, ADR 0073), which says what it
 * shows and lists only the issues the REST API lets the viewer see.
 *
 * <p>The web items only hide links, so every request is checked here: nobody signed in goes to Jira's login and
 * back; the project must exist (404) and the user must browse it for goals and administer it for profiles (or be
 * a Jira administrator), else 403. Pages only read: every change goes through the REST API, which Jira protects
 * against XSRF, so any method but GET and HEAD is 405. Answers carry the standalone pages' security headers except
 * its Content-Security-Policy, which would block the inline scripts of Jira's own decorator.
 */
public final class JiraPagesServlet extends ReadOnlyPageServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(JiraPagesServlet.class);
    private static final Pattern WITH_ID = Pattern.compile("/(goals|profiles)/([0-9]{1,18})");
    /**
     * The active section a project-settings page names: the location of the project settings sidebar itself, as
     * Jira's own project pages do (a public copy of the Jira 6 source, turgaycelik/mysource at ee01e28:
     * jira-webapp/src/main/webapp/secure/project/views/editproject.jsp names decorator admin, projectKey,
     * admin.active.tab edit_project and admin.active.section atl.jira.proj.config) and a Velocity-rendered app page
     * does (cures-hub/cures-condec-jira at 1277c6d, src/main/resources/templates/settings/settingsForSingleProject.vm:
     * decorator atl.admin, admin.active.section atl.jira.proj.config, admin.active.tab its web item, projectKey).
     * Jira's AdminDecoratorHelper (same Jira 6 source, jira-core .../web/sitemesh/) reads the section up to any "/",
     * marks the project menu for atl.jira.proj.config and selects the sidebar link whose id equals
     * admin.active.tab. That Jira 10 and 11 decorate the same way: UNVERIFIED.
     */
    static final String ACTIVE_SECTION = "atl.jira.proj.config";
    /**
     * The sidebar web items of atlassian-plugin.xml by the page section they open. Each item's linkId equals its key,
     * so the tab matches whichever of the two is the sidebar link's id (which one: UNVERIFIED).
     */
    private static final Map<String, String> SIDEBAR_ITEMS = Map.of("goals", "saleskpi-project-goals",
            "profiles", "saleskpi-project-profiles");

    /** The pages of no project, for any signed-in user: asked for no project permission. */
    private static final List<Page> PERSONAL_PAGES = List.of(Pages.UNSUBSCRIBE, Pages.SUBSCRIPTIONS, Pages.ISSUES);

    private final transient RestServices services;
    private final transient JiraAuthenticationContext authentication;
    private final transient PermissionManager permissions;
    private final transient GlobalPermissionManager globalPermissions;
    private final transient ProjectManager projects;
    private final transient PageRenderer renderer;
    private final transient Messages.Cache messages = new Messages.Cache(JiraPagesServlet.class.getClassLoader());

    /** Built by the plugin's Spring context through its one constructor, by type. */
    public JiraPagesServlet(RestServices services, JiraAuthenticationContext authentication,
            PermissionManager permissions, GlobalPermissionManager globalPermissions, ProjectManager projects,
            TemplateRenderer templates) {
        this.services = Objects.requireNonNull(services, "services");
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.globalPermissions = Objects.requireNonNull(globalPermissions, "globalPermissions");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.renderer = new TemplatePages(templates, JiraPagesServlet.class.getClassLoader());
    }

    /** A page asked for: which one, the {id} of its path ("" when none) and the project it belongs to. */
    record Route(Page page, String pathId, Optional<String> projectKey) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contextPath = request.getContextPath();
        String inContext = request.getRequestURI().substring(contextPath.length());
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            String query = request.getQueryString();
            String destination = inContext + (query == null ? "" : "?" + query);
            response.sendRedirect(contextPath + "/login.jsp?os_destination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
            return;
        }
        Messages texts = messages.get(authentication.getLocale());
        Pages pages = new Pages(JiraPageSite.at(contextPath), JiraPagesServlet.class.getClassLoader());
        PageUser pageUser = pageUser(user);
        String path = inContext.startsWith(JiraPageSite.SERVLET_PATH)
                ? inContext.substring(JiraPageSite.SERVLET_PATH.length()) : inContext;
        Optional<Route> route = route(path, request.getParameter("project"));
        if (route.isPresent() && PERSONAL_PAGES.contains(route.get().page())) {
            // Belongs to no project: the admin decorator without a project's sidebar. The unsubscribe token is the
            // proof, the subscriptions list shows only the user's own (the REST API checks both), and the issue list
            // asks the REST API, which searches as the viewer.
            render(response, pages, pageUser, texts, route.get(), Map.of(), List.of());
            return;
        }
        Optional<Project> project = route.flatMap(Route::projectKey).map(projects::getProjectObjByKey);
        if (route.isEmpty() || project.isEmpty()) {
            error(response, pages, pageUser, texts, 404, "saleskpi.error.notFound", List.of());
            return;
        }
        Page page = route.get().page();
        String projectKey = route.get().projectKey().orElseThrow();
        List<PageMeta> metas = metas(projectKey, page);
        boolean goals = page.section().equals("goals");
        if (!may(goals ? ProjectPermissions.BROWSE_PROJECTS : ProjectPermissions.ADMINISTER_PROJECTS, project.get(),
                user)) {
            error(response, pages, pageUser, texts, 403,
                    goals ? "saleskpi.error.forbidden.goals" : "saleskpi.error.forbidden.profiles", metas, projectKey);
            return;
        }
        render(response, pages, pageUser, texts, route.get(), Map.of("project", projectKey), metas);
    }

    private void render(HttpServletResponse response, Pages pages, PageUser pageUser, Messages texts, Route route,
            Map<String, String> config, List<PageMeta> metas) throws IOException {
        Page page = route.page();
        try {
            Map<String, Object> context = pages.context(page, Optional.of(pageUser), texts, route.pathId(), config);
            context.put("metas", metas);
            send(response, 200, renderer.render(page.template(), context));
        } catch (PageRenderer.MissingTemplateException e) {
            LOG.error(e.getMessage());
            error(response, pages, pageUser, texts, 500, "saleskpi.error.missingTemplate", metas);
        } catch (RuntimeException e) {
            LOG.error("The page {} failed", page.key(), e);
            error(response, pages, pageUser, texts, 500, "saleskpi.error.internal", metas);
        }
    }

    /**
     * The page at a path below the servlet and the project it belongs to: from {@code ?project=} for the lists
     * and a new profile, from the stored goal or profile for one of them; empty for any other path.
     */
    Optional<Route> route(String path, String projectParameter) {
        Optional<String> project = Optional.ofNullable(projectParameter).map(String::strip).filter(p -> !p.isEmpty());
        switch (path) {
            case "/goals":
                return Optional.of(new Route(Pages.GOALS, "", project));
            case "/profiles":
                return Optional.of(new Route(Pages.PROFILES, "", project));
            case "/profiles/new":
                return Optional.of(new Route(Pages.PROFILE, "", project));
            case "/unsubscribe":
                return Optional.of(new Route(Pages.UNSUBSCRIBE, "", Optional.empty()));
            case "/subscriptions":
                return Optional.of(new Route(Pages.SUBSCRIPTIONS, "", Optional.empty()));
            case "/issues":
                return Optional.of(new Route(Pages.ISSUES, "", Optional.empty()));
            default:
                break;
        }
        Matcher matcher = WITH_ID.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(matcher.group(2));
        if (matcher.group(1).equals("goals")) {
            return services.goals().get(id).map(goal -> new Route(Pages.GOAL, matcher.group(2),
                    Optional.of(goal.projectKey())));
        }
        return services.profiles().get(id).map(profile -> new Route(Pages.PROFILE, matcher.group(2),
                Optional.of(profile.projectKey())));
    }

    private boolean may(ProjectPermissionKey permission, Project project, ApplicationUser user) {
        return permissions.hasPermission(permission, project, user)
                || globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user);
    }

    /** The decorator's project (its settings sidebar) and the sidebar item to mark as the current one. */
    private static List<PageMeta> metas(String projectKey, Page page) {
        List<PageMeta> metas = new ArrayList<>();
        metas.add(new PageMeta("projectKey", projectKey));
        metas.add(new PageMeta("admin.active.section", ACTIVE_SECTION));
        metas.add(new PageMeta("admin.active.tab", SIDEBAR_ITEMS.get(page.section())));
        return List.copyOf(metas);
    }

    private PageUser pageUser(ApplicationUser user) {
        String name = user.getDisplayName();
        boolean admin = globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user);
        // Importing issues is the standalone server's page; Jira has its own importers.
        return new PageUser(user.getKey(), name == null || name.isBlank() ? user.getKey() : name, admin, false);
    }

    private void error(HttpServletResponse response, Pages pages, PageUser user, Messages texts, int status,
            String messageKey, List<PageMeta> metas, Object... args) throws IOException {
        String html;
        try {
            Map<String, Object> context = pages.errorContext(status, Optional.of(user), texts, messageKey, args);
            context.put("metas", metas);
            html = renderer.render(Pages.ERROR.template(), context);
        } catch (RuntimeException e) {
            LOG.error("The error page failed", e);
            html = Pages.bareErrorPage(status);
        }
        send(response, status, html);
    }

    private static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
