package org.saleskpi.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.json.Json;

class PagesTest {
    private static final ClassLoader APP = PagesTest.class.getClassLoader();
    private final Pages pages = new Pages(PageSite.STANDALONE, APP);
    private final Messages english = Messages.load(Locale.ENGLISH, APP);
    /** A host's page that shows gadgets (the standalone server's dashboards are such pages). */
    private static final Page SHOWS_GADGETS = new Page("wallboard", "saleskpi.page.goals.title", false, false, "goals",
            true);

    @Test
    void aTemplateGetsThePageItsUserAndTheConfigForItsScripts() {
        PageUser rita = new PageUser("rita", "Rita </script> Rep", false, true);

        Map<String, Object> context = pages.context(Pages.GOAL, Optional.of(rita), english, "42",
                Map.of("folder", 7));

        assertThat(context).containsEntry("page", "goal").containsEntry("section", "goals")
                .containsEntry("title", "Goal").containsEntry("locale", "en").containsEntry("pathId", "42")
                .containsEntry("staticBase", "/static/saleskpi").containsEntry("pagesBase", "")
                .containsEntry("user", rita).doesNotContainKeys("i18n", "esc");
        assertThat(((PageText) context.get("text")).getGoalsTitle()).isEqualTo("Goals");
        assertThat((String) context.get("config")).doesNotContain("</script>");
        JsonObject config = Json.gson().fromJson((String) context.get("config"), JsonObject.class);
        assertThat(config.get("restBase").getAsString()).isEqualTo("/rest/saleskpi/1.0");
        assertThat(config.get("issuesUrl").getAsString()).isEqualTo("/issues?jql=");
        assertThat(config.get("locale").getAsString()).isEqualTo("en");
        assertThat(config.get("pathId").getAsString()).isEqualTo("42");
        assertThat(config.get("folder").getAsInt()).isEqualTo(7);
        assertThat(config.getAsJsonObject("user").get("displayName").getAsString()).isEqualTo("Rita </script> Rep");
        assertThat(config.getAsJsonObject("user").get("globalAdmin").getAsBoolean()).isFalse();
        JsonObject texts = Json.gson().fromJson((String) context.get("texts"), JsonObject.class);
        assertThat(texts.get("saleskpi.value.absent").getAsString()).isEqualTo("No data");
    }

    @Test
    void theLoginPageHasNoUserAndLoadsItsOwnScriptButNoChart() {
        Map<String, Object> context = pages.context(Pages.LOGIN, Optional.empty(), english, null, Map.of());

        assertThat(context.get("user")).isNull();
        assertThat(context.get("config").toString()).contains("\"user\":null");
        assertThat(context.get("scripts")).asList().containsExactly("/static/saleskpi/js/saleskpi.js",
                "/static/saleskpi/js/pages/shell.js", "/static/saleskpi/js/pages/login.js");
        assertThat(context.get("styles")).asList().containsExactly("/static/saleskpi/css/page.css",
                "/static/saleskpi/css/saleskpi.css");
    }

    @Test
    void pagesWithGadgetsLoadChartJsThenTheHelpersThenEveryGadgetScript() {
        assertThat(pages.scripts(SHOWS_GADGETS)).startsWith(
                "/static/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "/static/saleskpi/js/saleskpi.js",
                "/static/saleskpi/js/pages/shell.js");
        assertThat(pages.scripts(SHOWS_GADGETS)).containsAll(
                Pages.GADGET_SCRIPTS.stream().map(script -> "/static/saleskpi/" + script).toList());
        assertThat(pages.scripts(Pages.GOALS)).noneMatch(script -> script.contains("/gadgets/"));
    }

    @Test
    void everyListedScriptExists() {
        assertThat(APP.getResource("META-INF/resources/webjars/" + Pages.CHART_JS)).isNotNull();
        for (String script : Pages.GADGET_SCRIPTS) {
            assertThat(APP.getResource("saleskpi/static/" + script)).as(script).isNotNull();
        }
    }

    @Test
    void pagesAreFoundByKeyAndOnlyTheLoginPageIsOpenToAnonymousVisitors() {
        assertThat(Pages.byKey("admin-users")).contains(Pages.ADMIN_USERS);
        assertThat(Pages.byKey("nope")).isEmpty();
        assertThat(Pages.ALL).filteredOn(Page::anonymous).containsExactly(Pages.LOGIN);
        assertThat(Pages.ALL).filteredOn(Page::globalAdminOnly).containsExactly(Pages.ADMIN_USERS);
        assertThat(Pages.GOAL.template()).isEqualTo("saleskpi/templates/goal.vm");
    }

    @Test
    void aHostDecoratedSiteNamesItsDecoratorAndLoadsChartJsThroughItsOwnScripts() {
        PageSite jira = new PageSite("/jira/plugins/servlet/saleskpi", "/jira/rest/saleskpi/1.0", "/jira/issues/?jql=",
                "/jira/download/resources/app:pages", List.of("/jira/amd-off.js", "/jira/chart.js", "/jira/amd-on.js"),
                "/jira/", "atl.admin");
        Pages hosted = new Pages(jira, APP);

        Map<String, Object> context = hosted.context(Pages.GOALS, Optional.empty(), english, "", Map.of());

        assertThat(jira.hostDecorated()).isTrue();
        assertThat(PageSite.STANDALONE.hostDecorated()).isFalse();
        assertThat(context).containsEntry("decorator", "atl.admin").containsEntry("homeUrl", "/jira/")
                .containsEntry("metas", List.of());
        assertThat(context.get("scripts")).asList().startsWith("/jira/amd-off.js", "/jira/chart.js", "/jira/amd-on.js",
                "/jira/download/resources/app:pages/js/saleskpi.js");
        JsonObject config = Json.gson().fromJson((String) context.get("config"), JsonObject.class);
        assertThat(config.get("hostDecorated").getAsBoolean()).isTrue();
        assertThat(config.get("issuesUrl").getAsString()).isEqualTo("/jira/issues/?jql=");
        // The element rules of page.css would restyle Jira's own page around ours.
        assertThat(context.get("styles")).asList().containsExactly("/jira/download/resources/app:pages/css/saleskpi.css",
                "/jira/download/resources/app:pages/css/goals.css");
    }

    /**
     * The subscription dialog is kpi-web's (ADR 0072, 0073): the goals page loads it on both hosts, Jira's too, whose
     * confirmation leads to the subscriptions page Jira now has.
     */
    @Test
    void theGoalsPageOffersTheSubscriptionDialogOnBothHosts() {
        PageSite jira = new PageSite("/jira/plugins/servlet/saleskpi", "/jira/rest/saleskpi/1.0", "/jira/issues/?jql=",
                "/jira/files", List.of(), "/jira/", "atl.admin");

        assertThat(pages.scripts(Pages.GOALS)).contains("/static/saleskpi/js/pages/subscribe-dialog.js");
        assertThat(new Pages(jira, APP).scripts(Pages.GOALS)).contains("/jira/files/js/pages/subscribe-dialog.js");
    }

    @Test
    void everyPrintedValueComesEscapedSoTemplatesNeedNoEscaperCall() {
        PageSite odd = new PageSite("/a&b/plugins/servlet/saleskpi", "/a&b/rest", "/a&b/issues/?jql=", "/a&b/files",
                List.of("/a&b/chart.js"), "/a&b/", "atl.admin");

        Map<String, Object> context = new Pages(odd, APP).errorContext(404, Optional.empty(), english,
                "saleskpi.error.forbidden.goals", "<SALES>");

        assertThat(context).containsEntry("homeUrl", "/a&amp;b/").containsEntry("pagesBase",
                "/a&amp;b/plugins/servlet/saleskpi").containsEntry("staticBase", "/a&amp;b/files");
        assertThat(context.get("scripts")).asList().contains("/a&amp;b/files/js/saleskpi.js")
                .allMatch(script -> ((String) script).startsWith("/a&amp;b/"));
        assertThat(context.get("styles")).asList().allMatch(style -> ((String) style).startsWith("/a&amp;b/files/"));
        assertThat((String) context.get("message")).contains("&lt;SALES&gt;").doesNotContain("<SALES>");
        // The scripts' config keeps the raw values: it is JSON, made safe for a script element by ScriptJson.
        JsonObject config = Json.gson().fromJson((String) context.get("config"), JsonObject.class);
        assertThat(config.get("restBase").getAsString()).isEqualTo("/a&b/rest");
    }
}
