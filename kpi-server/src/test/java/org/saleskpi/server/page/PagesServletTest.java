package org.saleskpi.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.auth.Users;
import org.saleskpi.web.page.Pages;

/** The pages' URLs, access rules, language and security headers, over HTTP. */
class PagesServletTest {
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
        HttpResponse<String> created = server.send(HttpRequest.newBuilder(server.rest("/users"))
                .header("Authorization", basic(Users.ADMIN, Files.readString(
                        server.options().dataDir().resolve(Users.ADMIN_PASSWORD_FILE)).strip()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"vera\",\"password\":\"correct horse 42\",\"displayName\":\"Vera Viewer\"}"))
                .build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void eachUrlIsAPage() {
        assertThat(PagesServlet.route("/")).hasValue(Map.entry(DashboardPages.DASHBOARDS, ""));
        assertThat(PagesServlet.route("/dashboards/12")).hasValue(Map.entry(DashboardPages.DASHBOARD, "12"));
        assertThat(PagesServlet.route("/goals")).hasValue(Map.entry(Pages.GOALS, ""));
        assertThat(PagesServlet.route("/goals/7")).hasValue(Map.entry(Pages.GOAL, "7"));
        assertThat(PagesServlet.route("/profiles/1")).hasValue(Map.entry(Pages.PROFILE, "1"));
        assertThat(PagesServlet.route("/profiles/new")).hasValue(Map.entry(Pages.PROFILE, ""));
        assertThat(PagesServlet.route("/issues")).hasValue(Map.entry(Pages.ISSUES, ""));
        assertThat(PagesServlet.route("/import")).hasValue(Map.entry(Pages.IMPORT, ""));
        assertThat(PagesServlet.route("/admin/users")).hasValue(Map.entry(Pages.ADMIN_USERS, ""));
        assertThat(PagesServlet.route("/login")).hasValue(Map.entry(Pages.LOGIN, ""));
        assertThat(PagesServlet.route("/goals/x")).isEmpty();
        assertThat(PagesServlet.route("/issues/7")).isEmpty();
        assertThat(PagesServlet.route("/goals/")).isEmpty();
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheLoginPageWithTheWayBack() {
        HttpResponse<String> answer = get("/goals/3?tab=history", null, null);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue("/login?next=%2Fgoals%2F3%3Ftab%3Dhistory");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        HttpResponse<String> login = get("/login", null, null);

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
                        + "object-src 'none'; frame-ancestors 'self'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(login.body()).doesNotContain("style=", "onclick", "<script>")
                .contains("<script type=\"application/json\" id=\"saleskpi-config\">");
    }

    @Test
    void theBrowsersLanguagePicksJapaneseOrElseEnglish() {
        assertThat(get("/login", "ja-JP,ja;q=0.9,en;q=0.8", null).body())
                .contains("<html lang=\"ja\">", "Sales KPI にログイン");
        assertThat(get("/login", "fr-FR,fr;q=0.9", null).body())
                .contains("<html lang=\"en\">", "Sign in to Sales KPI");
        assertThat(get("/login", "fr-FR,ja;q=0.5", null).body()).contains("<html lang=\"ja\">");
    }

    @Test
    void anUnknownPathIsANotFoundPage() {
        HttpResponse<String> answer = get("/no/such/page", null, null);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(answer.body()).contains("Page not found", "There is no page at this address.")
                .doesNotContain("Exception");
    }

    @Test
    void theUsersPageIsForGlobalAdministratorsOnly() {
        HttpResponse<String> answer = get("/admin/users", null, basic("vera", "correct horse 42"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Only global administrators may open this page.", "Vera Viewer")
                .doesNotContain("href=\"/admin/users\"");
    }

    @Test
    void staticFilesAndChartJsAreServedByTheAppItself() {
        HttpResponse<String> css = get("/static/saleskpi/css/saleskpi.css", null, null);
        HttpResponse<String> chart = get("/static/webjars/" + Pages.CHART_JS, null, null);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).contains("Chart");
        assertThat(get("/static/saleskpi/", null, null).statusCode()).isIn(403, 404);
        assertThat(get("/static/saleskpi/../../META-INF/MANIFEST.MF", null, null).statusCode()).isIn(400, 404);
    }

    private static HttpResponse<String> get(String path, String language, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.send(request.build());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
