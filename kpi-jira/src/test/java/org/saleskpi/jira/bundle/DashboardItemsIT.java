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
import org.saleskpi.web.DemoBook;
import org.saleskpi.web.browser.Chromium;
import org.saleskpi.web.page.Messages;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every dashboard item of the built jars, in Chromium, on a stand-in for a Jira dashboard
 * ({@link FakeJiraDashboard}) whose REST calls reach the real shared resources over the demo book: each
 * item's AMD module is required and constructed with a recording item API, renders, and saves what its
 * configuration form was given. What a real Jira adds (its AMD loader, jQuery, the item API beyond
 * savePreferences, resize and closeEdit) is not verified here.
 */
class DashboardItemsIT {
    private static final BuiltJar JIRA11 = BuiltJar.fromProperty("jira11", "saleskpi.bundle");
    private static final BuiltJar JIRA10 = BuiltJar.fromProperty("jira10", "saleskpi.bundle.jira10");
    private static final String WEB_RESOURCE = "saleskpi-dashboard-items";
    /** The types that draw a Chart.js canvas; the others draw tables or a big number. */
    private static final Set<String> CHARTS = Set.of("bar", "line", "pie", "completed", "worked-on");
    /**
     * Types whose whole figure needs the profile's stages or the issues' history, which the book behind this
     * harness does not have: they draw the sentence that says which is missing (their figures over a history are
     * tested in kpi-core and over the standalone demo in kpi-server).
     */
    private static final Set<String> NEED_HISTORY = Set.of("funnel", "time-in-stage", "pipeline-movement");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static DemoBook book;
    private static Map<String, FakeJiraDashboard> dashboards;
    private static Path profile;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Chromium.require();
        book = DemoBook.start();
        dashboards = Map.of(
                JIRA11.name, FakeJiraDashboard.start(JIRA11, WEB_RESOURCE, book.api().base(), "adam"),
                JIRA10.name, FakeJiraDashboard.start(JIRA10, WEB_RESOURCE, book.api().base(), "adam"));
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
        if (book != null) {
            book.close();
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
                .containsEntry("profile", String.valueOf(book.profile()));
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
