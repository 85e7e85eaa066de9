package org.saleskpi.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.IssuesNotReady;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;
import org.saleskpi.web.guard.Guardrails;
import org.saleskpi.web.guard.Limits;
import org.saleskpi.web.page.Pages;

/**
 * The shared gadget scripts in Chromium when the server cannot answer yet: a line gadget over {@link SalesBook}
 * while the issues are still being read says "Warming up the issue cache: n %" and draws by itself once they are;
 * over the rate it says so with the server's wait. The page loads the scripts as the hosts do, from the class path,
 * and passes {@code /rest/saleskpi/1.0} to kpi-web's test server as vera.
 */
class GadgetWaitingTest {
    private static final String SCRIPTS = String.join("", List.of("webjars/" + Pages.CHART_JS, "js/saleskpi.js",
            "js/gadgets/common/palette.js", "js/gadgets/common/export.js", "js/gadgets/common/chart.js",
            "js/gadgets/common/frame.js", "js/gadgets/common/base.js", "js/gadgets/common/form.js",
            "js/gadgets/common/activity.js", "js/gadgets/line/renderer.js").stream()
            .map(file -> "<script src=\"/files/" + file + "\"></script>\n").toList());

    /** The percentage the issue source is still reading, or -1 once it has read them all. */
    private static final AtomicInteger WARMING = new AtomicInteger(-1);
    private static ApiServer api;
    private static TestSite site;
    /** The same page as adam, whose requests count apart from vera's. */
    private static TestSite adamsSite;
    private static long profile;
    private static Path browserProfile;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Chromium.require();
        // vera may ask 3 times a minute (the clock stands still, so nothing is earned back during the test).
        Guardrails guardrails = new Guardrails(() -> new Limits(2, 3), Clock.fixed(SalesBook.CLOCK.instant(),
                SalesBook.CLOCK.getZone()));
        api = ApiServer.start(SalesBook.access(), SalesBook.issues(), SalesBook.fields(), SalesBook.PEOPLE,
                SalesBook.CLOCK, (session, services) -> List.of(), guardrails, Warming::new);
        ApiServer.Answer created = api.post("adam", "/profiles", SalesBook.profileJson("Sales", "SALES",
                "project = SALES"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        profile = created.json().getAsJsonObject().get("id").getAsLong();
        site = TestSite.start(Map.of("/dashboard", GadgetWaitingTest::page),
                Map.of("/files/js/", "saleskpi/static/js/", "/files/webjars/", "META-INF/resources/webjars/"),
                "/rest/saleskpi/1.0", api.base(), "vera");
        adamsSite = TestSite.start(Map.of("/dashboard", GadgetWaitingTest::page),
                Map.of("/files/js/", "saleskpi/static/js/", "/files/webjars/", "META-INF/resources/webjars/"),
                "/rest/saleskpi/1.0", api.base(), "adam");
        browserProfile = Files.createDirectories(Path.of("target", "chromium-gadget-waiting"));
        driver = Chromium.start(browserProfile, "en-US");
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (site != null) {
            site.close();
        }
        if (adamsSite != null) {
            adamsSite.close();
        }
        if (api != null) {
            api.close();
        }
        if (browserProfile != null) {
            Chromium.deleteProfile(browserProfile);
        }
    }

    /** Warming up and recovering spend vera's first two requests; the third passes and the fourth is over the rate. */
    @Test
    void warmsUpThenDrawsByItselfThenSaysWhenTheRateIsSpent() {
        WARMING.set(42);
        driver.get(site.url("/dashboard?lang=en"));
        WebElement gadget = waitForState("waiting");
        assertThat(gadget.findElement(By.className("saleskpi-gadget-body")).getText())
                .contains("Warming up the issue cache: 42 %").contains("tries again in a few seconds");
        assertThat(gadget.getAttribute("data-retry-seconds")).isEqualTo("5");
        assertThat(gadget.findElement(By.className("saleskpi-gadget-error")).isDisplayed()).isFalse();

        // Read: the gadget asks again after the server's 5 s and draws, with nobody clicking.
        WARMING.set(-1);
        waitForState("ready");
        assertThat(driver.findElements(By.cssSelector(".saleskpi-gadget canvas"))).isNotEmpty();

        // Third request passes, the fourth is over vera's 3 a minute: 60 s / 3 = 20 s until the next.
        driver.findElement(By.xpath("//button[normalize-space()='Refresh']")).click();
        waitForState("ready");
        driver.findElement(By.xpath("//button[normalize-space()='Refresh']")).click();
        WebElement refused = waitForState("waiting");
        assertThat(refused.findElement(By.className("saleskpi-gadget-body")).getText())
                .isEqualTo("You asked for too many figures in a minute. Try again in 20 s.");
        assertThat(refused.getAttribute("data-retry-seconds")).isEqualTo("20");
        assertThat(Chromium.consoleErrors(driver)).noneMatch(line -> line.contains(".js"));
    }

    @Test
    void saysItInJapanese() {
        WARMING.set(7);
        driver.get(adamsSite.url("/dashboard?lang=ja"));
        WebElement gadget = waitForState("waiting");
        assertThat(gadget.findElement(By.className("saleskpi-gadget-body")).getText())
                .contains("課題キャッシュを準備しています: 7 %");
        WARMING.set(-1);
        driver.get("about:blank");
    }

    private static WebElement waitForState(String state) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> state.equals(
                d.findElement(By.cssSelector(".saleskpi-gadget")).getAttribute("data-state")));
        return driver.findElement(By.cssSelector(".saleskpi-gadget"));
    }

    private static String page(String query) {
        String language = query != null && query.contains("lang=ja") ? "ja" : "en";
        return """
                <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>Gadget</title></head><body>
                <div id="gadget"></div>
                %s<script>
                fetch('/rest/saleskpi/1.0/texts?bundles=common,gadgets', {headers: {'Accept-Language': '%s'}})
                  .then(function (r) { return r.json(); })
                  .then(function (answer) {
                    SalesKpi.addTexts(answer.texts);
                    SalesKpi.gadgets.line.render(document.getElementById('gadget'), {profile: '%d', kpi: 'won-revenue',
                      period: '2024-03-01..2024-04-01'}, {api: SalesKpi.api('/rest/saleskpi/1.0'), gadgetId: 'g1',
                      issuesUrl: function () { return '#'; }});
                  });
                </script></body></html>
                """.formatted(language, SCRIPTS, language, profile);
    }

    /** The test's issues, or "still reading" while {@link #WARMING} says so. */
    private record Warming(IssueSource read) implements IssueSource {
        @Override
        public IssueTable load(IssueQuery query) {
            warming();
            return read.load(query);
        }

        @Override
        public long count(String jql, UserRef user) {
            warming();
            return read.count(jql, user);
        }

        private static void warming() {
            int percent = WARMING.get();
            if (percent >= 0) {
                throw new IssuesNotReady(percent);
            }
        }
    }
}
