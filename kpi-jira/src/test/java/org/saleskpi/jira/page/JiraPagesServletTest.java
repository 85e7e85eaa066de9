package org.saleskpi.jira.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.templaterenderer.RenderingException;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.jira.JiraMocks;
import org.saleskpi.web.json.Json;
import org.saleskpi.web.page.PageMeta;
import org.saleskpi.web.page.PageUser;

/** The project-settings pages inside Jira, over Mockito doubles of Jira and of the app's repositories. */
class JiraPagesServletTest {
    private static final String FILES = "/jira/download/resources/org.saleskpi.kpi-jira:saleskpi-page-files";

    private final JiraMocks jira = new JiraMocks();
    private final List<String> rendered = new ArrayList<>();
    private final List<Map<String, Object>> contexts = new ArrayList<>();
    private final StringWriter body = new StringWriter();
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final Map<String, String> headers = new HashMap<>();
    private JiraPagesServlet servlet;
    private ApplicationUser rita;
    private Project sales;

    @BeforeEach
    void setUp() throws Exception {
        rita = jira.user("rita", "Rita Rep");
        sales = mock(Project.class);
        when(sales.getKey()).thenReturn("SALES");
        when(jira.projects.getProjectObjByKey("SALES")).thenReturn(sales);
        when(jira.authentication.getLocale()).thenReturn(Locale.ENGLISH);
        doAnswer(call -> {
            rendered.add(call.getArgument(0));
            contexts.add(call.getArgument(1));
            call.<Writer>getArgument(2).write("<p>" + call.getArgument(0) + "</p>");
            return null;
        }).when(jira.templates).render(anyString(), any(), any(Writer.class));
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1))).when(response)
                .setHeader(anyString(), anyString());
        servlet = new JiraPagesServlet(jira.services(), jira.authentication, jira.permissions,
                jira.globalPermissions, jira.projects, jira.templates);
    }

    @Test
    void nobodySignedInGoesToJirasLoginAndComesBackToThePage() throws Exception {
        get("/goals", "SALES");

        verify(response).sendRedirect(
                "/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fsaleskpi%2Fgoals%3Fproject%3DSALES");
        assertThat(rendered).isEmpty();
        verifyNoInteractions(jira.permissions);
    }

    @Test
    void aUserWhoBrowsesTheProjectGetsTheSharedGoalsTemplateFramedByJirasProjectSettings() throws Exception {
        signIn();
        when(jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sales, rita)).thenReturn(true);

        get("/goals", "SALES");

        verify(response).setStatus(200);
        verify(response).setContentType("text/html;charset=UTF-8");
        assertThat(rendered).containsExactly("saleskpi/templates/goals.vm");
        assertThat(body.toString()).isEqualTo("<p>saleskpi/templates/goals.vm</p>");
        Map<String, Object> context = contexts.get(0);
        assertThat(context).containsEntry("page", "goals").containsEntry("decorator", "atl.admin")
                .containsEntry("pagesBase", "/jira/plugins/servlet/saleskpi").containsEntry("homeUrl", "/jira/")
                .containsEntry("staticBase", FILES).containsEntry("locale", "en");
        assertThat(context.get("metas")).isEqualTo(List.of(new PageMeta("projectKey", "SALES"),
                new PageMeta("admin.active.section", "atl.jira.proj.config"),
                new PageMeta("admin.active.tab", "saleskpi-project-goals")));
        PageUser user = (PageUser) context.get("user");
        assertThat(user.getKey()).isEqualTo("rita");
        assertThat(user.getDisplayName()).isEqualTo("Rita Rep");
        assertThat(user.isGlobalAdmin()).isFalse();
        assertThat(user.isCanImport()).isFalse();
        assertThat(context.get("scripts")).asList().startsWith(FILES + "/jira/chart-amd-off.js",
                FILES + "/webjars/chart.js/4.5.1/dist/chart.umd.min.js", FILES + "/jira/chart-amd-on.js",
                FILES + "/js/saleskpi.js").contains(FILES + "/js/pages/goals.js");
        JsonObject config = Json.gson().fromJson((String) context.get("config"), JsonObject.class);
        assertThat(config.get("restBase").getAsString()).isEqualTo("/jira/rest/saleskpi/1.0");
        assertThat(config.get("issuesUrl").getAsString()).isEqualTo("/jira/issues/?jql=");
        assertThat(config.get("project").getAsString()).isEqualTo("SALES");
    }

    /** The page a subscription mail's unsubscribe link opens (ADR 0068): no project, no permission asked for. */
    @Test
    void theUnsubscribePageBelongsToNoProjectAndItsScriptEndsTheSubscription() throws Exception {
        get("/unsubscribe", null);
        verify(response).sendRedirect(
                "/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fsaleskpi%2Funsubscribe");
        signIn();

        get("/unsubscribe", null);

        verify(response).setStatus(200);
        assertThat(rendered).containsExactly("saleskpi/templates/unsubscribe.vm");
        Map<String, Object> context = contexts.get(0);
        assertThat(context).containsEntry("page", "unsubscribe").containsEntry("decorator", "atl.admin")
                .containsEntry("metas", List.of());
        assertThat(context.get("scripts")).asList().contains(FILES + "/js/pages/unsubscribe.js");
        JsonObject config = Json.gson().fromJson((String) context.get("config"), JsonObject.class);
        assertThat(config.get("restBase").getAsString()).isEqualTo("/jira/rest/saleskpi/1.0");
        verifyNoInteractions(jira.permissions);
    }

    /**
     * The user's own subscriptions (ADR 0072), opened from the profile menu: the standalone server's page, belonging to
     * no project; its script lists, sends now and unsubscribes over the REST API, which shows only the user's own.
     */
    @Test
    void theSubscriptionsPageIsTheSharedListOfTheUsersOwnSubscriptionsInNoProject() throws Exception {
        get("/subscriptions", null);
        verify(response).sendRedirect(
                "/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fsaleskpi%2Fsubscriptions");
        signIn();
        when(jira.authentication.getLocale()).thenReturn(Locale.JAPAN);

        get("/subscriptions", null);

        verify(response).setStatus(200);
        assertThat(rendered).containsExactly("saleskpi/templates/subscriptions.vm");
        Map<String, Object> context = contexts.get(0);
        assertThat(context).containsEntry("page", "subscriptions").containsEntry("decorator", "atl.admin")
                .containsEntry("metas", List.of()).containsEntry("locale", "ja")
                .containsEntry("title", "メール購読");
        assertThat(context.get("scripts")).asList().contains(FILES + "/js/pages/admin-forms.js",
                FILES + "/js/pages/subscriptions.js");
        JsonObject config = Json.gson().fromJson((String) context.get("config"), JsonObject.class);
        assertThat(config.get("restBase").getAsString()).isEqualTo("/jira/rest/saleskpi/1.0");
        assertThat(config.get("pagesBase").getAsString()).isEqualTo("/jira/plugins/servlet/saleskpi");
        verifyNoInteractions(jira.permissions);
    }

    /** The goals page offers "Subscribe by e-mail" on a folder when the shared dialog's script is loaded (ADR 0072). */
    @Test
    void theGoalsPageLoadsTheSubscriptionDialogBeforeItsOwnScript() throws Exception {
        signIn();
        when(jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sales, rita)).thenReturn(true);

        get("/goals", "SALES");

        assertThat(contexts.get(0).get("scripts")).asList().containsSubsequence(
                FILES + "/js/pages/subscribe-dialog.js", FILES + "/js/pages/goals.js");
    }

    /**
     * A mail's unsubscribe link opens for a reader signed out of Jira (ADR 0072): its own servlet, the only one Jira
     * lets them reach, renders the shared page without asking who they are; the project pages' servlet stays closed.
     */
    @Test
    void theUnsubscribePageOpensSignedOutFromItsOwnServletAndNoOtherPageDoes() throws Exception {
        UnsubscribePageServlet unsubscribePage = new UnsubscribePageServlet(jira.authentication, jira.templates);
        HttpServletRequest request = request("", null);
        when(request.getRequestURI()).thenReturn("/jira" + UnsubscribePageServlet.PATH);

        unsubscribePage.service(request, response);

        verify(response).setStatus(200);
        assertThat(rendered).containsExactly("saleskpi/templates/unsubscribe.vm");
        assertThat(contexts.get(0)).containsEntry("page", "unsubscribe").containsEntry("user", null)
                .containsEntry("metas", List.of());
        assertThat(contexts.get(0).get("scripts")).asList().contains(FILES + "/js/pages/unsubscribe.js");
        assertThat(headers).containsEntry("Cache-Control", "no-store");
        verify(jira.authentication, never()).getLoggedInUser();
        assertThat(UnsubscribePageServlet.class.isAnnotationPresent(UnrestrictedAccess.class)).isTrue();
        assertThat(JiraPagesServlet.class.isAnnotationPresent(UnrestrictedAccess.class)).isFalse();
    }

    /**
     * The list a dashboard item's drill-down opens (ADR 0073): no project, no permission asked of Jira here (the
     * REST API searches as the viewer); its script reads the words, the currency and the way back from the address.
     */
    @Test
    void theDrillDownListBelongsToNoProjectAndIsTheSharedIssueList() throws Exception {
        get("/issues", null);
        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fsaleskpi%2Fissues");
        signIn();

        get("/issues", null);

        verify(response).setStatus(200);
        assertThat(rendered).containsExactly("saleskpi/templates/issues.vm");
        Map<String, Object> context = contexts.get(0);
        assertThat(context).containsEntry("page", "issues").containsEntry("decorator", "atl.admin")
                .containsEntry("metas", List.of());
        assertThat(context.get("scripts")).asList().contains(FILES + "/js/pages/issues.js");
        verifyNoInteractions(jira.permissions);
    }

    @Test
    void pagesSpeakTheJiraUsersLanguage() throws Exception {
        signIn();
        when(jira.authentication.getLocale()).thenReturn(Locale.JAPAN);
        when(jira.permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, sales, rita)).thenReturn(true);

        get("/profiles", "SALES");

        assertThat(contexts.get(0)).containsEntry("locale", "ja").containsEntry("page", "profiles");
        assertThat((String) contexts.get(0).get("title")).isNotEqualTo("KPI profiles").isNotBlank();
        assertThat(contexts.get(0).get("metas")).asList().contains(new PageMeta("admin.active.tab",
                "saleskpi-project-profiles"));
    }

    @Test
    void oneGoalOrProfileBelongsToTheProjectItIsStoredIn() throws Exception {
        signIn();
        Goal goal = mock(Goal.class);
        when(goal.projectKey()).thenReturn("SALES");
        when(jira.goals.get(42)).thenReturn(Optional.of(goal));
        KpiProfile profile = mock(KpiProfile.class);
        when(profile.projectKey()).thenReturn("SALES");
        when(jira.profiles.get(7)).thenReturn(Optional.of(profile));
        when(jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sales, rita)).thenReturn(true);
        when(jira.permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, sales, rita)).thenReturn(true);

        get("/goals/42", null);
        get("/profiles/7", null);
        get("/profiles/new", "SALES");

        assertThat(rendered).containsExactly("saleskpi/templates/goal.vm", "saleskpi/templates/profile.vm",
                "saleskpi/templates/profile.vm");
        assertThat(contexts).extracting(c -> c.get("pathId")).containsExactly("42", "7", "");
    }

    @Test
    void aProfilePageNeedsProjectAdministrationAndBrowsingIsNotEnough() throws Exception {
        signIn();
        when(jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sales, rita)).thenReturn(true);

        get("/profiles", "SALES");

        verify(response).setStatus(403);
        assertThat(rendered).containsExactly("saleskpi/templates/error.vm");
        assertThat(contexts.get(0)).containsEntry("status", 403).containsEntry("decorator", "atl.admin")
                .containsEntry("message", "Only administrators of project SALES may manage its KPI profiles.");
    }

    @Test
    void goalsNeedBrowsingTheProjectUnlessTheUserAdministersJira() throws Exception {
        signIn();

        get("/goals", "SALES");
        verify(response).setStatus(403);
        assertThat(contexts.get(0)).containsEntry("message", "Only people who may browse project SALES may see its goals.");

        when(jira.globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, rita)).thenReturn(true);
        get("/goals", "SALES");
        verify(response).setStatus(200);
        assertThat(((PageUser) contexts.get(1).get("user")).isGlobalAdmin()).isTrue();
    }

    @Test
    void anUnknownProjectGoalProfileOrPathIs404AndNoPermissionIsAskedFor() throws Exception {
        signIn();
        when(jira.goals.get(9)).thenReturn(Optional.empty());
        when(jira.profiles.get(9)).thenReturn(Optional.empty());

        get("/goals", "NOPE");
        get("/goals", null);
        get("/profiles", " ");
        get("/goals/9", null);
        get("/profiles/9", null);
        get("/dashboards", "SALES");
        get("/goals/abc", "SALES");

        assertThat(rendered).hasSize(7).containsOnly("saleskpi/templates/error.vm");
        assertThat(contexts).allSatisfy(c -> assertThat(c).containsEntry("status", 404));
        verifyNoInteractions(jira.permissions);
    }

    @Test
    void pagesOnlyReadSoEveryOtherMethodIs405() throws Exception {
        signIn();
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpServletRequest request = request("/goals", "SALES");
            when(request.getMethod()).thenReturn(method);
            servlet.service(request, response);
        }

        verify(response, org.mockito.Mockito.times(4)).sendError(405);
        assertThat(headers).containsEntry("Allow", "GET, HEAD");
        assertThat(rendered).isEmpty();
    }

    @Test
    void answersCarryTheStandaloneSecurityHeadersButNoContentSecurityPolicyThatWouldBlockJirasOwnScripts()
            throws Exception {
        signIn();
        when(jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sales, rita)).thenReturn(true);

        get("/goals", "SALES");

        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "same-origin").containsEntry("Cache-Control", "no-store")
                .doesNotContainKey("Content-Security-Policy");
    }

    @Test
    void aTemplateThatFailsToRenderIsA500Page() throws Exception {
        signIn();
        when(jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sales, rita)).thenReturn(true);
        doThrow(new RenderingException("boom")).when(jira.templates).render(eq("saleskpi/templates/goals.vm"), any(),
                any(Writer.class));
        doThrow(new IOException("closed")).when(jira.templates).render(eq("saleskpi/templates/goal.vm"), any(),
                any(Writer.class));
        Goal goal = mock(Goal.class);
        when(goal.projectKey()).thenReturn("SALES");
        when(jira.goals.get(1)).thenReturn(Optional.of(goal));

        get("/goals", "SALES");
        get("/goals/1", null);

        verify(response, org.mockito.Mockito.times(2)).setStatus(500);
        assertThat(contexts).extracting(c -> c.get("message")).containsExactly(
                "The server could not show this page. The error has been logged.",
                "The server could not show this page. The error has been logged.");
        verify(response, never()).setStatus(200);
    }

    private void signIn() {
        when(jira.authentication.getLoggedInUser()).thenReturn(rita);
    }

    private void get(String path, String project) throws Exception {
        servlet.service(request(path, project), response);
    }

    private static HttpServletRequest request(String path, String project) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn("GET");
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/saleskpi" + path);
        when(request.getParameter("project")).thenReturn(project);
        when(request.getQueryString()).thenReturn(project == null ? null : "project=" + project);
        return request;
    }
}
