package org.saleskpi.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saleskpi.jira.JiraMocks;
import org.saleskpi.jira.cache.CacheSettings;
import org.saleskpi.jira.cache.CacheStatus;
import org.saleskpi.jira.cache.CacheStatusBoard;
import org.saleskpi.jira.cache.CacheStatusNodes;
import org.saleskpi.jira.cache.CacheStatusPublisher;
import org.saleskpi.jira.cache.CacheStatusReport;
import org.saleskpi.jira.cache.MemoryPluginSettings;
import org.saleskpi.jira.cache.PluginSettingsCacheSettings;
import org.saleskpi.jira.mail.AoSubscriptions;
import org.saleskpi.jira.mail.JiraMailAdminResource;
import org.saleskpi.jira.mail.MailSendEntity;
import org.saleskpi.jira.mail.MailSubscriptionEntity;
import org.saleskpi.jira.simulated.SimulatedMembership;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;
import org.saleskpi.web.TestAccess;
import org.saleskpi.web.browser.Chromium;
import org.saleskpi.web.browser.TestSite;
import org.saleskpi.web.guard.Guardrails;
import org.saleskpi.web.guard.Limits;
import org.saleskpi.web.mail.Frequency;
import org.saleskpi.web.mail.MailFailure;
import org.saleskpi.web.mail.Subscription;
import org.saleskpi.web.mail.SubscriptionStore;

/**
 * The admin page in Chromium: the servlet's HTML (its template filled as in {@link CacheAdminServletTest}) under
 * the context path {@code /jira}, its scripts from the class path where Jira's download resources serve them, and
 * {@code /jira/rest/saleskpi/1.0} passed on ({@link TestSite}) as the Jira administrator {@code root} to kpi-web's
 * test server with
 * the real {@link CacheAdminResource} over settings and the nodes' cache reports in a shared SAL map. The page answers
 * as node-2; node-1 and node-3 publish their reports as their sync jobs would.
 */
class CacheAdminPageIT {
    private static final String CONTEXT = "/jira";
    private static final String FILES = CONTEXT + "/download/resources/org.saleskpi.kpi-jira:saleskpi-page-files/";

    private static final MemoryPluginSettings SAL = new MemoryPluginSettings();
    private static final PluginSettingsCacheSettings SETTINGS = new PluginSettingsCacheSettings(SAL);
    private static final CacheStatusBoard BOARD = new CacheStatusBoard(SAL);
    private static final SimulatedMembership CLUSTER = new SimulatedMembership();
    private static volatile CacheStatus status;
    private static AoSubscriptions mails;
    private static ApiServer api;
    private static TestSite jira;
    private static Path profile;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Chromium.require();
        Guardrails guardrails = Guardrails.fixed(new Limits(4, 1000), SalesBook.CLOCK);
        CacheStatusNodes nodes = new CacheStatusNodes(new CacheStatusPublisher(CLUSTER.node("node-2"), () -> status,
                BOARD, SalesBook.CLOCK), BOARD, CLUSTER.node("node-2"), SETTINGS, SalesBook.CLOCK);
        api = ApiServer.start(new TestAccess().systemAdmin("root"), List.of(), List.of(), Map.of("root", "Root"),
                SalesBook.CLOCK, (session, services) -> {
                    session.migrate(MailSubscriptionEntity.class, MailSendEntity.class);
                    mails = new AoSubscriptions(session, SalesBook.CLOCK);
                    return List.of(new CacheAdminResource(services, SETTINGS, nodes, guardrails),
                            new JiraMailAdminResource(services.access(), mails));
                }, guardrails, UnaryOperator.identity());
        String english = page(Locale.ENGLISH);
        String japanese = page(Locale.JAPANESE);
        jira = TestSite.start(Map.of(CONTEXT + "/plugins/servlet/saleskpi-admin/cache",
                query -> query != null && query.contains("lang=ja") ? japanese : english),
                Map.of(FILES + "js/", "saleskpi/static/js/", FILES + "css/", "saleskpi/static/css/",
                        FILES + "jira/", "saleskpi/jira/js/"),
                CONTEXT + "/rest/saleskpi/1.0", api.base(), "root");
        profile = Files.createDirectories(Path.of("target", "chromium-cache-admin"));
        driver = Chromium.start(profile, "en-US");
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (jira != null) {
            jira.close();
        }
        if (api != null) {
            api.close();
        }
        if (profile != null) {
            Chromium.deleteProfile(profile);
        }
    }

    @BeforeEach
    void reset() {
        SAL.values.clear();
        SETTINGS.set(new CacheSettings(true, 2_000_000, 60, 2, 120));
        status = new CacheStatus("node-2", CacheStatus.Phase.READY, 100, 1_200_000, 3_400_000, 268_435_456,
                Optional.of(Instant.parse("2026-12-05T09:59:30Z")), 7, Optional.empty());
        Chromium.consoleErrors(driver);
    }

    @Test
    void showsThisNodesCacheAndTheSettings() {
        open("en");

        assertThat(status("node")).isEqualTo("node-2");
        assertThat(status("lastPoll")).isEqualTo("Never");
        assertThat(status("phase")).isEqualTo("Ready");
        assertThat(status("issues")).isEqualTo("1,200,000");
        assertThat(status("memory")).isEqualTo("256 MB");
        assertThat(status("fallbacks")).isEqualTo("7");
        assertThat(status("lastError")).isEqualTo("None");
        assertThat(input("maxIssues").getAttribute("value")).isEqualTo("2000000");
        assertThat(input("pollSeconds").getAttribute("min")).isEqualTo("10");
        assertThat(input("enabled").isSelected()).isTrue();
        assertThat(driver.findElements(By.cssSelector("[data-warning]"))).isEmpty();
        assertThat(Chromium.consoleErrors(driver)).isEmpty();
    }

    @Test
    void listsEveryNodesLastReportAndFlagsTheSilentOne() {
        // SalesBook.CLOCK stands at 2024-04-15T12:00:00Z; the poll is 60 s, so silent for over 180 s is not reporting.
        Instant now = SalesBook.CLOCK.instant();
        publish("node-1", new CacheStatus("", CacheStatus.Phase.READY, 100, 1_199_990, 3_399_000, 268_435_456,
                Optional.of(now.minusSeconds(50)), 3, Optional.empty()), now.minusSeconds(20));
        publish("node-3", new CacheStatus("", CacheStatus.Phase.WARMING, 64, 0, 0, 0, Optional.empty(), 0,
                Optional.empty()), now.minusSeconds(600));
        open("en");

        assertThat(driver.findElements(By.cssSelector("tr[data-node]"))).extracting(row -> row.getAttribute("data-node"))
                .containsExactly("node-2", "node-1", "node-3");
        assertThat(cell("node-2", "nodeState")).isEqualTo("This node, now");
        assertThat(cell("node-2", "issues")).isEqualTo("1,200,000");
        assertThat(cell("node-1", "nodeState")).isEqualTo("Reporting");
        assertThat(cell("node-1", "phase")).isEqualTo("Ready");
        assertThat(cell("node-1", "issues")).isEqualTo("1,199,990");
        assertThat(cell("node-1", "memory")).isEqualTo("256 MB");
        assertThat(cell("node-1", "fallbacks")).isEqualTo("3");
        assertThat(cell("node-3", "nodeState")).startsWith("Not reporting since ");
        assertThat(cell("node-3", "phase")).isEqualTo("Warming up");
        assertThat(cell("node-3", "percent")).isEqualTo("64 %");
        assertThat(cell("node-3", "lastPoll")).isEqualTo("Never");
        assertThat(driver.findElement(By.cssSelector("table.saleskpi-cache-nodes")).getText())
                .contains("Last census");
        assertThat(Chromium.consoleErrors(driver)).isEmpty();

        // A corrupt report: its row says so, and the page still renders every other row.
        SAL.values.replaceAll((key, value) -> value instanceof String text && text.contains("\"node\":\"node-3\"")
                ? "{" : value);
        open("en");
        assertThat(cell("node-3", "nodeState")).isEqualTo("Report unreadable");
        assertThat(cell("node-1", "nodeState")).isEqualTo("Reporting");
        assertThat(Chromium.consoleErrors(driver)).isEmpty();
    }

    @Test
    void savesTheSettingsAndTheKillSwitch() {
        open("en");
        input("enabled").click();
        retype("maxConcurrent", "3");
        retype("requestsPerMinute", "30");
        save();

        wait(d -> "saved".equals(d.findElement(By.cssSelector("[data-notice]")).getAttribute("data-notice")));
        assertThat(SETTINGS.get()).isEqualTo(new CacheSettings(false, 2_000_000, 60, 3, 30));
        assertThat(Chromium.consoleErrors(driver)).isEmpty();
    }

    @Test
    void aValueOutOfRangeIsShownAtItsFieldAndNothingIsSaved() {
        open("en");
        retype("pollSeconds", "5");
        save();

        wait(d -> !d.findElement(By.cssSelector("[data-error='pollSeconds']")).getText().isEmpty());
        assertThat(driver.findElement(By.cssSelector("[data-error='pollSeconds']")).getText())
                .isEqualTo("Enter a whole number from 10 to 3,600.");
        assertThat(driver.findElement(By.cssSelector("[data-error='maxIssues']")).isDisplayed()).isFalse();
        assertThat(SETTINGS.get().pollSeconds()).isEqualTo(60);
    }

    @Test
    void warnsWhenTheCacheIsOverTheMaximum() {
        status = new CacheStatus("node-2", CacheStatus.Phase.TOO_BIG, 0, 0, 0, 0, Optional.empty(), 0,
                Optional.of("The scope holds 2400000 issues."));
        open("en");

        assertThat(driver.findElement(By.cssSelector("[data-warning='overMaxIssues']")).getText())
                .contains("maximum 2,000,000");
        assertThat(status("phase")).isEqualTo("Stopped: over the maximum");
        assertThat(status("lastSync")).isEqualTo("Never");
        assertThat(status("lastError")).isEqualTo("The scope holds 2400000 issues.");
    }

    @Test
    void speaksJapanese() {
        open("ja");

        assertThat(driver.getTitle()).isEqualTo("課題キャッシュ");
        assertThat(status("phase")).isEqualTo("準備完了");
        assertThat(driver.findElement(By.cssSelector("label[for='saleskpi-cache-enabled']")).getText())
                .isEqualTo("課題キャッシュを使う");
        assertThat(Chromium.consoleErrors(driver)).isEmpty();
    }

    /**
     * The subscription mails Jira could not queue, below the cache (ADR 0072): each error in the page's language from
     * its key and params, not the English text the API also answers.
     */
    @Test
    void listsTheSubscriptionMailsThatCouldNotBeQueuedInThePagesLanguage() {
        Subscription bob = mails.create(new Subscription(0, "bob", Subscription.Subject.FOLDER, 7, Frequency.DAILY, 1, 1,
                8, ZoneId.of("Asia/Tokyo"), Locale.JAPANESE, "bob@example.com", Instant.EPOCH));
        mails.recordDue(bob.id(), "2024-04-15T08:00");
        SubscriptionStore.Send send = mails.waiting().get(0);
        mails.claim(send);
        mails.markFailed(send, new MailFailure("saleskpi.mail.error.jiraUnset", "Jira has no outgoing mail server.", "",
                null), Optional.of(Instant.parse("2024-04-15T12:05:00Z")));
        try {
            open("ja");
            waitForMailFailures();
            assertThat(failureCell(bob.id(), "error")).isEqualTo(
                    "Jira に送信メールサーバーがありません。管理者が［システム］>［送信メール］で設定してください。");
            assertThat(failureCell(bob.id(), "address")).isEqualTo("bob@example.com");
            assertThat(failureCell(bob.id(), "status")).isNotEqualTo("Will be tried again").isNotBlank();
            assertThat(driver.findElement(By.cssSelector("[data-section='mail-failures'] h2")).getText())
                    .isNotEqualTo("Failed subscription mails").isNotBlank();

            // Drained here: the first page the browser opens also asks for a favicon, which the stand-in Jira has not.
            Chromium.consoleErrors(driver);

            open("en");
            waitForMailFailures();
            assertThat(failureCell(bob.id(), "error")).isEqualTo(
                    "Jira has no outgoing mail server: an administrator sets one under System > Outgoing Mail.");
            assertThat(failureCell(bob.id(), "status")).isEqualTo("Will be tried again");
            assertThat(Chromium.consoleErrors(driver)).isEmpty();
        } finally {
            mails.delete(bob.id());
        }
    }

    private static void waitForMailFailures() {
        wait(d -> "ready".equals(d.findElement(By.cssSelector("[data-section='mail-failures']"))
                .getAttribute("data-state")));
    }

    private static String failureCell(long subscriptionId, String column) {
        return driver.findElement(By.cssSelector("[data-section='mail-failures'] tr[data-subscription-id='"
                + subscriptionId + "'] [data-cell='" + column + "']")).getText();
    }

    /** Node {@code node}'s report as its sync jobs would have published it at {@code at}; the node is alive. */
    private static void publish(String node, CacheStatus cache, Instant at) {
        CLUSTER.node(node);
        BOARD.publish(new CacheStatusReport(Optional.of(node), cache, Optional.empty(), Optional.empty(), at));
    }

    private static String cell(String node, String column) {
        return driver.findElement(By.cssSelector("tr[data-node='" + node + "'] [data-cell='" + column + "']")).getText();
    }

    private void open(String language) {
        driver.get(jira.url(CONTEXT + "/plugins/servlet/saleskpi-admin/cache?lang=" + language));
        wait(d -> "ready".equals(d.findElement(By.id("saleskpi-cache-admin")).getAttribute("data-state")));
    }

    private static String status(String field) {
        return driver.findElement(By.cssSelector("[data-status='" + field + "']")).getText();
    }

    private static WebElement input(String name) {
        return driver.findElement(By.id("saleskpi-cache-" + name));
    }

    private static void retype(String name, String value) {
        input(name).clear();
        input(name).sendKeys(value);
    }

    private static void save() {
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
    }

    /** The page renders again on every answer, so an element found a moment ago may be gone: look again. */
    private static void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** The servlet's answer to a Jira administrator in {@code locale}. */
    private static String page(Locale locale) throws Exception {
        JiraMocks mocks = new JiraMocks();
        ApplicationUser root = mocks.user("root", "Root");
        when(mocks.authentication.getLoggedInUser()).thenReturn(root);
        when(mocks.authentication.getLocale()).thenReturn(locale);
        when(mocks.globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, root)).thenReturn(true);
        doAnswer(call -> {
            call.<Writer>getArgument(2).write(CacheAdminServletTest.PlainTemplate.fill(call.getArgument(0),
                    call.getArgument(1)));
            return null;
        }).when(mocks.templates).render(anyString(), any(), any(Writer.class));
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn("GET");
        when(request.getContextPath()).thenReturn(CONTEXT);
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter html = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(html));
        new CacheAdminServlet(mocks.authentication, mocks.globalPermissions, mocks.templates).service(request, response);
        return html.toString();
    }
}
