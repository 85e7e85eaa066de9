package org.saleskpi.jira.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saleskpi.jira.simulated.JiraWork;
import org.saleskpi.web.DemoBook;
import org.saleskpi.web.browser.Chromium;
import org.saleskpi.web.page.Messages;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every dashboard item of the built jars, in Chromium, on a stand-in for a Jira dashboard
 * ({@link FakeJiraDashboard}) whose REST calls reach the real shared resources over the demo book: each
 * item's AMD module is required and constructed with a recording item API, renders, and saves what its
 * configuration form was given. The items that read the issues' history (funnel, time in stage, pipeline movement,
 * pipeline trend, who's behind with its slipping deals) are also drawn over {@link DealHistoryBook}, whose deals and
 * histories come through the app's Jira-facing source, once from the node's cache and once from Jira's search and
 * change history, and their figures are checked against the ones worked out by hand beside them. What a real Jira
 * adds (its AMD loader, jQuery, the item API beyond savePreferences, resize and closeEdit) is not verified here.
 */
class DashboardItemsIT {
    private static final BuiltJar JIRA11 = BuiltJar.fromProperty("jira11", "saleskpi.bundle");
    private static final BuiltJar JIRA10 = BuiltJar.fromProperty("jira10", "saleskpi.bundle.jira10");
    private static final String WEB_RESOURCE = "saleskpi-dashboard-items";
    /** The types that draw a Chart.js canvas; the others draw tables or a big number. */
    private static final Set<String> CHARTS = Set.of("bar", "line", "pie", "completed", "worked-on");
    /**
     * Types whose whole figure needs the profile's stages or the issues' history, which the demo book does not
     * have: over it they draw the sentence that says which is missing (their figures are checked over
     * {@link DealHistoryBook} below).
     */
    private static final Set<String> NEED_HISTORY = Set.of("funnel", "time-in-stage", "pipeline-movement");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static DemoBook book;
    private static DealHistoryBook deals;
    private static Map<String, FakeJiraDashboard> dashboards;
    private static FakeJiraDashboard dealsDashboard;
    private static Path profile;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Chromium.require();
        book = DemoBook.start();
        dashboards = Map.of(
                JIRA11.name, FakeJiraDashboard.start(JIRA11, WEB_RESOURCE, book.api().base(), "adam"),
                JIRA10.name, FakeJiraDashboard.start(JIRA10, WEB_RESOURCE, book.api().base(), "adam"));
        deals = DealHistoryBook.start();
        dealsDashboard = FakeJiraDashboard.start(JIRA11, WEB_RESOURCE, deals.api().base(), DealHistoryBook.VIEWER);
        profile = Files.createTempDirectory("saleskpi-chromium");
        driver = Chromium.start(profile, "en-US");
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            Chromium.deleteProfile(profile);
        }
        if (dashboards != null) {
            dashboards.values().forEach(FakeJiraDashboard::close);
        }
        if (dealsDashboard != null) {
            dealsDashboard.close();
        }
        if (book != null) {
            book.close();
        }
        if (deals != null) {
            deals.close();
        }
    }

    @BeforeEach
    void emptyConsole() {
        driver.get("about:blank");
        Chromium.consoleErrors(driver);
    }

    /** Every jar and every AMD module its descriptor names for a dashboard item. */
    static Stream<Arguments> items() {
        List<Arguments> items = new ArrayList<>();
        for (BuiltJar jar : List.of(JIRA11, JIRA10)) {
            modules(jar).forEach(module -> items.add(Arguments.of(jar.name, module)));
        }
        return items.stream();
    }

    static Stream<String> jars() {
        return Stream.of(JIRA11.name, JIRA10.name);
    }

    private static List<String> modules(BuiltJar jar) {
        List<String> modules = new ArrayList<>();
        NodeList items = jar.descriptor().getElementsByTagName("dashboard-item");
        for (int i = 0; i < items.getLength(); i++) {
            modules.add(((Element) items.item(i)).getElementsByTagName("amd-module").item(0).getTextContent().trim());
        }
        return modules;
    }

    @Test
    void thePageLoadsTheWebResourceChainInDescriptorOrder() {
        List<String> files = dashboards.get(JIRA11.name).loadedFiles();

        // Jira's AMD loader comes first: the web resource's first dependency (dashboard-items.js needs define).
        assertThat(files.get(0)).isEqualTo("jira.webresources:almond");
        assertThat(files.get(1)).isEqualTo("saleskpi/jira/js/chart-amd-off.js");
        assertThat(files.get(2)).endsWith("/chart.umd.min.js");
        assertThat(files.get(3)).isEqualTo("saleskpi/jira/js/chart-amd-on.js");
        assertThat(files).containsSubsequence("saleskpi/static/js/saleskpi.js", "saleskpi/static/js/gadgets/common/base.js",
                "saleskpi/static/js/gadgets/bar/renderer.js", "saleskpi/jira/js/dashboard-items.js");
        assertThat(files.get(files.size() - 1)).isEqualTo("saleskpi/jira/js/dashboard-items.js");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("items")
    void rendersThenSavesWhatItsConfigurationFormWasGiven(String jar, String module) {
        String type = module.substring(module.lastIndexOf('/') + 1);
        open(jar, "en");
        Map<String, String> preferences = type.equals("battery") ? Map.of("goal", String.valueOf(book.goal())) : Map.of();

        Map<String, Object> rendered = run("render", "item", module, preferences);
        WebElement item = driver.findElement(By.id("item"));
        assertReady(item, type);
        assertThat(((Number) rendered.get("resized")).intValue()).as("API.resize after render").isEqualTo(1);

        run("renderEdit", "item", module, preferences);
        WebElement form = item.findElement(By.cssSelector("form.saleskpi-gadget-form"));
        assertThat(form.getAttribute("data-gadget-type")).isEqualTo(type);
        WebElement title = form.findElement(By.name("title"));
        title.clear();
        title.sendKeys("Pipeline " + type);
        if (type.equals("battery")) {
            String goal = String.valueOf(book.goal());
            WebElement goals = form.findElement(By.name("goal"));
            waitUntil(() -> !goals.findElements(By.cssSelector("option[value='" + goal + "']")).isEmpty());
            new Select(goals).selectByValue(goal);
        }
        assertNoRawKeys(item);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(() -> !saved("item").isEmpty());

        Map<String, Object> saved = saved("item").get(0);
        assertThat(saved).containsEntry("title", "Pipeline " + type).containsEntry("v", "1")
                .containsEntry("profile", String.valueOf(book.profile()))
                // How a Jira dashboard's mail finds the app's items among Jira's gadgets (ADR 0073).
                .containsEntry("saleskpiGadget", type);
        if (type.equals("battery")) {
            assertThat(saved).containsEntry("goal", String.valueOf(book.goal()));
        }

        // What Jira hands back after savePreferences renders with the new title.
        run("render", "item", module, saved);
        assertReady(item, type);
        assertThat(item.findElement(By.cssSelector(".saleskpi-gadget-title")).getText()).isEqualTo("Pipeline " + type);

        run("renderEdit", "item", module, saved);
        item.findElement(By.xpath(".//form//button[@type='button']")).click();
        assertThat(((Number) record("item").get("closed")).intValue()).as("API.closeEdit on cancel").isEqualTo(1);
        assertThat(saved("item")).as("cancel saves nothing").hasSize(1);
        assertThat(Chromium.consoleErrors(driver)).as("console errors of %s", module).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("jars")
    void allItemsOfAPageShareOneRequestForTheTexts(String jar) {
        List<String> modules = modules(JIRA11);
        open(jar, "en");

        for (int i = 0; i < modules.size(); i++) {
            script("fakeJira.render(arguments[0], arguments[1], {goal: arguments[2]})", "item-" + i, modules.get(i),
                    String.valueOf(book.goal()));
        }
        for (int i = 0; i < modules.size(); i++) {
            String slot = "item-" + i;
            waitUntil(() -> Boolean.TRUE.equals(record(slot).get("done")));
            assertThat(record(slot).get("error")).as(modules.get(i)).isNull();
            assertReady(driver.findElement(By.id(slot)), modules.get(i).substring(modules.get(i).lastIndexOf('/') + 1));
        }

        // Counted in the page: the browser may answer the request from its cache (the texts may be kept an hour).
        Object requests = script("return performance.getEntriesByType('resource').filter(function (e) {"
                + " return e.name.indexOf('/rest/saleskpi/1.0/texts?') >= 0; }).length");
        assertThat(((Number) requests).intValue()).isEqualTo(1);
        assertThat(Chromium.consoleErrors(driver)).isEmpty();
    }

    @Test
    void aJapaneseUserReadsJapanese() {
        Messages japanese = Messages.load(Locale.JAPANESE, DashboardItemsIT.class.getClassLoader());
        Messages english = Messages.load(Locale.ENGLISH, DashboardItemsIT.class.getClassLoader());
        open(JIRA11.name, "ja");

        run("render", "item", "saleskpi/dashboard/calculation", Map.of());

        WebElement item = driver.findElement(By.id("item"));
        assertReady(item, "calculation");
        String refresh = japanese.getText("saleskpi.gadget.refresh");
        assertThat(refresh).isNotEqualTo(english.getText("saleskpi.gadget.refresh"));
        assertThat(item.findElement(By.cssSelector(".saleskpi-gadget-tools button")).getText()).isEqualTo(refresh);
        assertThat(item.findElement(By.cssSelector(".saleskpi-gadget-title")).getText())
                .isEqualTo(japanese.getText("saleskpi.gadget.type.calculation.title"));
    }

    /**
     * On a Jira dashboard page that names its dashboard (selectPageId): the number's drill-down opens the app's issue
     * list inside Jira with the words of what it shows and the way back, and the link under the item opens the
     * subscription dialog for that dashboard; a page that names none offers no link (ADR 0073).
     */
    @Test
    void anItemsDrillSaysWhatItShowsAndItsLinkSubscribesToTheDashboardItIsOn() throws Exception {
        driver.get(dashboards.get(JIRA11.name).page("en") + "&selectPageId=10100");
        waitUntil(() -> "complete".equals(script("return document.readyState")));

        run("render", "item", "saleskpi/dashboard/calculation", Map.of());

        WebElement item = driver.findElement(By.id("item"));
        assertReady(item, "calculation");
        String drill = item.findElement(By.cssSelector("a.saleskpi-drill")).getAttribute("href");
        assertThat(drill).contains("/jira/plugins/servlet/saleskpi/issues?jql=").contains("&about=")
                .contains("&back=" + java.net.URLEncoder.encode("/", java.nio.charset.StandardCharsets.UTF_8));
        String about = java.net.URLDecoder.decode(drill.substring(drill.indexOf("&about=") + 7, drill.indexOf("&currency=")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(about).isNotBlank().doesNotContain("saleskpi.");
        WebElement subscribe = item.findElement(By.cssSelector("a[data-action=subscribe-dashboard]"));
        assertThat(subscribe.getText()).isEqualTo("Subscribe to this dashboard by e-mail");
        subscribe.click();
        WebElement dialog = item.findElement(By.cssSelector("form[data-dialog=subscribe]"));
        assertThat(dialog.findElement(By.tagName("h2")).getText())
                .isEqualTo("Get the Sales KPI gadgets of this Jira dashboard by e-mail");
        assertNoRawKeys(item);
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("jira-item-subscribe-dialog.png"),
                driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        assertThat(Chromium.consoleErrors(driver)).isEmpty();

        open(JIRA11.name, "en");
        run("render", "item", "saleskpi/dashboard/calculation", Map.of());
        assertReady(driver.findElement(By.id("item")), "calculation");
        assertThat(driver.findElements(By.cssSelector("a[data-action=subscribe-dashboard]"))).isEmpty();
    }

    static Stream<DealHistoryBook.Path> paths() {
        return Stream.of(DealHistoryBook.Path.values());
    }

    /*
     * The figures of the history items over DealHistoryBook (its class comment tells the deals; every change at 09:00
     * UTC, so elapsed days are whole). Now is 2024-06-20 09:00: this quarter is 04-01..07-01, this month 06-01..07-01.
     * Stages: Qualification (Q, 10 %), Proposal (P, 40 %), Negotiation (N, 70 %); then Won.
     */

    @ParameterizedTest(name = "through {0}")
    @MethodSource("paths")
    void theFunnelCountsTheQuartersDealsThatReachedEachStage(DealHistoryBook.Path path) {
        List<List<String>> rows = drawHistoryItem(path, "funnel", Map.of("period", "this-quarter"));

        // Cohort: deals created this quarter: SALES-1, 2, 3, 4, 5, 7, 8 = 7 (SALES-6 was created in March).
        // Cumulative reach, one past the furthest step ever visited (a skipped step counts as passed):
        //   SALES-1 Q P N Won -> Won; SALES-2 Q P Q P N -> N; SALES-3 Q N Lost -> N (P skipped);
        //   SALES-4 Q P Won N -> Won (reopened, it still reached Won); SALES-5 Q; SALES-7 Q; SALES-8 Q Won -> Won.
        // reached: Q 7; P 5 (1, 2, 3, 4, 8); N 5 (the same); Won 3 (1, 4, 8).
        // To the next stage: 5/7 = 71.4 %, 5/5 = 100 %, 3/5 = 60 %, none after Won.
        // From the first stage: 7/7 = 100 %, 5/7 = 71.4 %, 5/7 = 71.4 %, 3/7 = 42.9 %.
        assertThat(rows).containsExactly(
                List.of("Qualification", "7", "71.4%", "100%"),
                List.of("Proposal", "5", "100%", "71.4%"),
                List.of("Negotiation", "5", "60%", "71.4%"),
                List.of("Won", "3", "No data \u2014 nothing matched", "42.9%"));
    }

    @ParameterizedTest(name = "through {0}")
    @MethodSource("paths")
    void timeInStageSumsEveryVisitOfTheDealsThatLeftTheStageThisQuarter(DealHistoryBook.Path path) {
        List<List<String>> rows = drawHistoryItem(path, "time-in-stage", Map.of("period", "this-quarter"));

        // Pairs whose last visit to the stage ended this quarter, all their visits summed, in elapsed days:
        //   Q: SALES-1 04-01..04-05 = 4; SALES-2 04-02..04-06 + 04-08..04-12 = 4 + 4 = 8; SALES-3 04-03..04-13 = 10;
        //      SALES-4 05-01..05-04 = 3; SALES-8 05-20..06-20 = 11 + 20 = 31 (SALES-6 left Q on 03-20: not counted).
        //      Sorted 3, 4, 8, 10, 31: median (rank 0.5 x 4 = 2) 8; 85th (rank 3.4) 10 + 0.4 x 21 = 18.4; 5 deals.
        //   P: SALES-1 04-05..04-10 = 5; SALES-2 04-06..04-08 + 04-12..06-10 = 2 + (30 + 29) = 61;
        //      SALES-4 05-04..05-10 = 6.
        //      Sorted 5, 6, 61: median 6; 85th (rank 1.7) 6 + 0.7 x 55 = 44.5; 3 deals.
        //   N: SALES-1 04-10..04-21 = 11; SALES-3 04-13..06-05 = 30 + 23 = 53.
        //      Median (rank 0.5) 11 + 0.5 x 42 = 32; 85th (rank 0.85) 11 + 0.85 x 42 = 46.7; 2 deals.
        // Age of the visits still open, up to now, 06-20 09:00 (row 12's "now - entered"; it is also the last instant
        // the history knows, SALES-8's win, where ADR 0027 measures it):
        //   Q: SALES-5 since 05-15 = 31 + 5 = 36, SALES-7 since 06-11 = 9: median 22.5, 2 deals.
        //   P: SALES-6 since 03-20 = 31 + 30 + 31 = 92: median 92, 1 deal.
        //   N: SALES-2 since 06-10 = 10, SALES-4 since 06-03 = 17: median 13.5, 2 deals.
        assertThat(rows).containsExactly(
                List.of("Qualification", "8 days", "18.4 days", "5", "22.5 days", "2"),
                List.of("Proposal", "6 days", "44.5 days", "3", "92 days", "1"),
                List.of("Negotiation", "32 days", "46.7 days", "2", "13.5 days", "2"));
    }

    @ParameterizedTest(name = "through {0}")
    @MethodSource("paths")
    void theMovementWalksThisMonthsOpenPipelineFromStartToEnd(DealHistoryBook.Path path) {
        List<List<String>> rows = drawHistoryItem(path, "pipeline-movement", Map.of("period", "this-month"));

        // Open (neither Won nor Lost) at the start of June (05-31 23:59:59) and at its end (today's states):
        //   SALES-1 won in April, nothing. SALES-2 P 2000 -> N 1800: decreased 200. SALES-3 N 3000 -> Lost: lost 3000.
        //   SALES-4 Won -> reopened N 4000: new 4000. SALES-5 Q 5000 -> 6000: increased 1000. SALES-6 P 500 -> 500.
        //   SALES-7 created 06-11, 700: new 700. SALES-8 Q 800 -> Won this morning: won 800.
        // Open at start 2000 + 3000 + 5000 + 500 + 800 = 11300; new 4700; at end 1800 + 4000 + 6000 + 500 + 700 = 13000
        // = 11300 + 4700 + 1000 - 200 - 800 - 3000 - 0.
        assertThat(rows).containsExactly(
                List.of("Open at start", "$11,300.00"),
                List.of("New", "$4,700.00"),
                List.of("Increased", "$1,000.00"),
                List.of("Decreased", "$200.00"),
                List.of("Won", "$800.00"),
                List.of("Lost", "$3,000.00"),
                List.of("Moved out of scope", "$0.00"),
                List.of("Open at end", "$13,000.00"));
    }

    @ParameterizedTest(name = "through {0}")
    @MethodSource("paths")
    void theTrendShowsTheOpenPipelineAsItStoodAtEachMonthsEnd(DealHistoryBook.Path path) {
        List<List<String>> rows = drawHistoryItem(path, "pipeline-trend", Map.of("period", "this-year"));

        // Open deals as of each month's end, weighted by the probability field, else by their stage then:
        //   Jan, Feb: no deal yet: 0 and 0.
        //   Mar: SALES-6 P 500: 500; 500 x 0.4 = 200.
        //   Apr: SALES-2 P 2000 (800), SALES-3 N 3000 (2100), SALES-6 P 500 (200): 5500; 3100 (SALES-1 won on 04-21).
        //   May: SALES-2 P 2000 (800), SALES-3 N 3000 (2100), SALES-5 Q 5000 (500), SALES-6 P 500 (200),
        //        SALES-8 Q 800 (80): 11300; 3680 (SALES-4 won on 05-10).
        //   Jun, running, as of now: SALES-2 N 1800 (1260), SALES-4 N 4000 (2800), SALES-5 Q 6000 (600),
        //        SALES-6 P 500 (200), SALES-7 700 x its field's 0.25 (175): 13000; 5035.
        //   Jul to Dec have not begun.
        String notYet = "No data \u2014 it has not begun yet";
        List<List<String>> expected = new ArrayList<>(List.of(
                List.of("Jan 2024", "$0.00", "$0.00"),
                List.of("Feb 2024", "$0.00", "$0.00"),
                List.of("Mar 2024", "$500.00", "$200.00"),
                List.of("Apr 2024", "$5,500.00", "$3,100.00"),
                List.of("May 2024", "$11,300.00", "$3,680.00"),
                List.of("Jun 2024", "$13,000.00", "$5,035.00")));
        for (String month : List.of("Jul", "Aug", "Sep", "Oct", "Nov", "Dec")) {
            expected.add(List.of(month + " 2024", notYet, notYet));
        }
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "through {0}")
    @MethodSource("paths")
    void whosBehindNamesTheDealWhoseCloseDateSlippedThreeTimes(DealHistoryBook.Path path) {
        List<List<String>> rows = drawHistoryItem(path, "whos-behind", Map.of("staleDays", "14"));

        // Open deals today (06-20): SALES-2 (rep02, updated 06-10), SALES-4 (rep02, 06-03), SALES-5 (rep01, 06-19),
        // SALES-6 (rep02, 03-20), SALES-7 (rep01, created 06-11); none has a due date or a close date before today.
        // Stale (no update for 14 days or more): SALES-4 (17 days) and SALES-6 (92), both Rob's.
        // Slipping (close date pushed later 3 times or more while open): SALES-5, 06-15 -> 06-30 -> 07-15 -> 07-31.
        // A rep is listed when something of theirs is behind; no goal, so no target behind. Furthest behind first
        // (ADR 0065): Rob's two late items before Rita's one.
        assertThat(rows).containsExactly(
                List.of("Rob Two", "0", "0", "2", "0", ""),
                List.of("Rita One", "0", "0", "0", "1", ""));
    }

    /**
     * Draws a history item of the deals' profile with {@code preferences} through {@code path} and answers its
     * table's rows as shown; its chart (who's behind has none) is painted, nothing says a figure is missing, and the
     * history came the path's way: from the cache's held rows without asking Jira anything, or from Jira's search
     * and change history.
     */
    private static List<List<String>> drawHistoryItem(DealHistoryBook.Path path, String type,
            Map<String, String> preferences) {
        deals.readThrough(path);
        JiraWork.Snapshot before = deals.work();
        long fallbacks = deals.cacheStatus().fallbacks();
        driver.get(dealsDashboard.page("en"));
        waitUntil(() -> "complete".equals(script("return document.readyState")));

        Map<String, String> withProfile = new java.util.HashMap<>(preferences);
        withProfile.put("profile", String.valueOf(deals.profile()));
        run("render", "item", "saleskpi/dashboard/" + type, withProfile);

        WebElement item = driver.findElement(By.id("item"));
        WebElement frame = item.findElement(By.cssSelector(".saleskpi-gadget"));
        assertThat(frame.getAttribute("data-state")).as("%s: %s", type, frame.getText()).isEqualTo("ready");
        assertThat(item.findElements(By.cssSelector("[data-absent], [data-note]"))).as(type).isEmpty();
        if (!type.equals("whos-behind")) {
            Object painted = script("var c = arguments[0].querySelector('canvas'), n = 0;"
                    + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + "for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { n++; } } return n;", item);
            assertThat(((Number) painted).longValue()).as("%s's chart painted pixels", type).isPositive();
        }
        assertNoRawKeys(item);
        assertThat(Chromium.consoleErrors(driver)).as("console errors of %s", type).isEmpty();

        JiraWork.Snapshot asked = deals.work().minus(before);
        if (path == DealHistoryBook.Path.CACHE) {
            assertThat(asked.searches()).as("searches").isZero();
            assertThat(asked.historiesRead()).as("histories read from Jira").isZero();
            assertThat(deals.cacheStatus().fallbacks()).as("fallbacks").isEqualTo(fallbacks);
        } else {
            // Every one of the eight deals' histories, read from Jira's change history at least once.
            assertThat(asked.searches()).as("searches").isPositive();
            assertThat(asked.historiesRead()).as("histories read from Jira").isGreaterThanOrEqualTo(8);
        }
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) script("var t = arguments[0].querySelector("
                + "'table.saleskpi-gadget-data'); return Array.prototype.map.call(t.tBodies[0].rows, function (r) {"
                + " return Array.prototype.map.call(r.cells, function (c) { return c.textContent.trim(); }); });",
                item);
        return rows;
    }

    private static void open(String jar, String language) {
        driver.get(dashboards.get(jar).page(language));
        waitUntil(() -> "complete".equals(script("return document.readyState")));
    }

    /** Calls render or renderEdit of a slot's item and waits until its promise settled; fails if it rejected. */
    private static Map<String, Object> run(String method, String slot, String module, Map<String, ?> preferences) {
        script("fakeJira[arguments[0]](arguments[1], arguments[2], arguments[3])", method, slot, module, preferences);
        waitUntil(() -> Boolean.TRUE.equals(record(slot).get("done")));
        Map<String, Object> record = record(slot);
        assertThat(record.get("error")).as("%s of %s", method, module).isNull();
        return record;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> record(String slot) {
        return (Map<String, Object>) script("return fakeJira.record(arguments[0])", slot);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> saved(String slot) {
        return (List<Map<String, Object>>) record(slot).get("saved");
    }

    /** The item's frame is ready (not loading, no error) and drew a chart, table rows or a number. */
    private static void assertReady(WebElement item, String type) {
        WebElement frame = item.findElement(By.cssSelector(".saleskpi-gadget"));
        assertThat(frame.getAttribute("data-gadget-type")).isEqualTo(type);
        assertThat(frame.getAttribute("data-state")).as("%s: %s", type, frame.getText()).isEqualTo("ready");
        @SuppressWarnings("unchecked")
        Map<String, Object> drawn = (Map<String, Object>) script(
                "var root = arguments[0], painted = 0, rows = 0;"
                        + "root.querySelectorAll('canvas').forEach(function (c) {"
                        + "  if (!c.width || !c.height) { return; }"
                        + "  var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "  for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { painted++; } } });"
                        + "root.querySelectorAll('table[data-rows]').forEach(function (t) { rows += Number(t.dataset.rows); });"
                        + "var number = root.querySelector('.gadget-value');"
                        + "return {painted: painted, rows: rows, number: number ? number.textContent.trim() : ''};", item);
        if (CHARTS.contains(type)) {
            assertThat(((Number) drawn.get("painted")).longValue()).as("%s's chart painted pixels", type).isPositive();
        } else if (NEED_HISTORY.contains(type)) {
            WebElement said = item.findElement(By.cssSelector("[data-absent]"));
            assertThat(said.getAttribute("data-absent")).as(type).isIn("not-configured", "no-history");
            assertThat(said.getText()).as(type).isNotBlank();
        } else {
            assertThat(((Number) drawn.get("rows")).longValue() > 0 || !((String) drawn.get("number")).isEmpty())
                    .as("%s drew table rows or a number: %s", type, drawn).isTrue();
        }
        assertNoRawKeys(item);
    }

    /** No i18n key shows, in text or in the labels and titles screen readers and tooltips show. */
    private static void assertNoRawKeys(WebElement item) {
        String shown = (String) script(
                "var root = arguments[0], parts = [root.innerText];"
                        + "root.querySelectorAll('[aria-label],[title],option').forEach(function (e) {"
                        + "  parts.push(e.getAttribute('aria-label') || '', e.getAttribute('title') || '', e.textContent); });"
                        + "return parts.join('\\n');", item);
        assertThat(shown).isNotBlank().doesNotContain("saleskpi.");
    }

    private static Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).until(d -> condition.getAsBoolean());
    }
}
