package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.auth.Users;
import org.saleskpi.web.browser.Chromium;
import org.saleskpi.web.json.Json;

/**
 * A headless Chromium against the real standalone server with the demo data, for tests of pages
 * and gadgets. Register it in a test class:
 *
 * <pre>{@code @RegisterExtension static final Browser browser = new Browser();}</pre>
 *
 * <p>One server serves every browser test of the JVM (started by the first, stopped when the test
 * run ends); each test class gets its own Chromium with a fresh profile, and each test starts
 * signed out with an empty console log. The Chromium is kpi-web's shared {@link Chromium}: without
 * it the tests are skipped, except in CI ({@code CI=true}), where they fail.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    /** The password of the users {@link #user} creates. */
    public static final String PASSWORD = "correct horse 42";
    public static final Duration WAIT = Duration.ofSeconds(15);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    private final String language;
    /** Starts a server for this test class alone; null to share the run's. */
    private final ServerStart ownServer;
    private RunningServer server;
    private ChromeDriver driver;
    private Path profile;

    /** A Chromium that asks for English pages. */
    public Browser() {
        this("en-US");
    }

    /** A Chromium whose Accept-Language is {@code language} ("ja"). */
    public Browser(String language) {
        this(language, null);
    }

    private Browser(String language, ServerStart ownServer) {
        this.language = language;
        this.ownServer = ownServer;
    }

    /**
     * An English Chromium against a server of its own, started for the test class and closed after it:
     * for tests of what a fresh server shows first, which a shared one has already shown.
     */
    public static Browser onOwnServer(ServerStart start) {
        return new Browser("en-US", start);
    }

    /** {@link #onOwnServer(ServerStart)} asking for pages in {@code language} ("ja"). */
    public static Browser onOwnServer(String language, ServerStart start) {
        return new Browser(language, start);
    }

    /** How a test class starts its own server. */
    @FunctionalInterface
    public interface ServerStart {
        RunningServer start() throws Exception;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium.require();
        server = ownServer != null ? ownServer.start() : context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedServer.class, key -> SharedServer.start(), SharedServer.class).server;
        profile = Files.createTempDirectory("saleskpi-chromium");
        driver = Chromium.start(profile, language);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(base())) {
            driver.manage().deleteAllCookies();
        }
        driver.get("about:blank");
        consoleErrors(); // drops what earlier tests left in the log
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            Chromium.deleteProfile(profile);
        }
        if (ownServer != null && server != null) {
            server.close();
        }
    }

    /** The server every browser test shares. */
    public RunningServer server() {
        return server;
    }

    public WebDriver driver() {
        return driver;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The absolute URL of a path of the server ("/goals"). */
    public String url(String path) {
        return base() + path;
    }

    /**
     * Chooses an action ({@code configure}, {@code move-up}, {@code taller}...) of a dashboard item from its actions
     * menu, as a mouse user does.
     */
    public void gadgetAction(WebElement item, String action) {
        item.findElement(By.cssSelector("[data-action=menu]")).click();
        WebElement entry = item.findElement(By.cssSelector("[role=menu] [data-action='" + action + "']"));
        waitUntil(ExpectedConditions.visibilityOf(entry));
        entry.click();
    }

    /** Opens a path of the server and waits until the page and its scripts have loaded. */
    public void open(String path) {
        driver.get(url(path));
        waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The current path and query ("/login?next=%2Fgoals"). */
    public String location() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Waits (up to {@link #WAIT}) for a condition, e.g. {@code ExpectedConditions.urlContains("/goals")}. */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits for an element to be visible and returns it. */
    public WebElement waitFor(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the current path and query are {@code expected}. */
    public void waitForLocation(String expected) {
        waitUntil(d -> expected.equals(location()));
    }

    /**
     * Signs in through the login page and waits until the page has left it. Unless the login page is
     * shown already, it opens it for the dashboard list, which draws no gadget: the Sales overview that
     * a user's first visit to the home page opens is for tests that open the login page themselves.
     */
    public void signIn(String username, String password) {
        if (!location().startsWith("/login")) {
            open("/login?next=%2Fdashboards");
        }
        fillLoginForm(username, password);
        waitUntil(d -> !location().startsWith("/login"));
        waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Types into the login form and submits it, without waiting for the outcome. */
    public void fillLoginForm(String username, String password) {
        WebElement name = waitFor(By.id("login-username"));
        name.clear();
        name.sendKeys(username);
        WebElement secret = driver.findElement(By.id("login-password"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }

    /** Signs in as the first administrator. */
    public void signInAsAdmin() {
        signIn(Users.ADMIN, adminPassword());
    }

    /** The first administrator's password: from the environment, else from the data directory. */
    public String adminPassword() {
        return server.adminPassword();
    }

    /**
     * Creates a user who signs in with {@link #PASSWORD} (through the REST API, as the admin), unless
     * one with that username exists already: the server is shared by every browser test class.
     */
    public void user(String username, String displayName) {
        HttpResponse<String> answer = asAdmin("POST", "/users",
                Map.of("username", username, "password", PASSWORD, "displayName", displayName));
        assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409);
    }

    /** Gives a user the role {@code viewer}, {@code editor} or {@code admin} in a project. */
    public void role(String projectKey, String username, String role) {
        HttpResponse<String> answer = asAdmin("PUT", "/projects/" + projectKey + "/roles/" + username,
                Map.of("role", role));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** A REST call with the admin's Basic credentials; the body (a map or list) as JSON, or none. */
    public HttpResponse<String> asAdmin(String method, String restPath, Object body) {
        return as(Users.ADMIN, adminPassword(), method, restPath, body);
    }

    /** A REST call as a user made by {@link #user} (their Basic credentials); the body as JSON, or none. */
    public HttpResponse<String> as(String username, String method, String restPath, Object body) {
        return as(username, PASSWORD, method, restPath, body);
    }

    private HttpResponse<String> as(String username, String password, String method, String restPath, Object body) {
        String credentials = Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.rest(restPath))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Json.gson().toJson(body)));
        }
        return server.send(request.build());
    }

    /**
     * The console's SEVERE entries since the last call (script errors, CSP violations, failed
     * requests), and forgets them.
     */
    public List<String> consoleErrors() {
        return Chromium.consoleErrors(driver);
    }

    /** Fails when the console logged an error (a JavaScript error, a refused script or style, a failed request). */
    public void assertNoConsoleErrors() {
        assertThat(consoleErrors()).as("errors in the browser console on %s", location()).isEmpty();
    }

    /** Saves the window as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves one element (a gadget) as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(WebElement element, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            Files.write(file, element.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the goals page of {@code projectKey} as the signed-in user and its create form; returns the form. */
    public WebElement createGoalForm(String projectKey) {
        open("/goals?project=" + projectKey);
        waitFor(By.cssSelector("[data-action=create-goal]")).click();
        return waitFor(By.cssSelector("form[data-form=create-goal]"));
    }

    /** How many pixels of a canvas are not fully transparent: 0 for a chart that drew nothing. */
    public long paintedPixels(WebElement canvas) {
        Object count = ((JavascriptExecutor) driver).executeScript(
                "var c = arguments[0]; if (!c.width || !c.height) { return 0; }"
                        + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                        + " for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { n++; } } return n;", canvas);
        return ((Number) count).longValue();
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The JSON of a REST call as the admin that must answer 200 or 201. */
    public Map<String, Object> jsonAsAdmin(String method, String restPath, Object body) {
        HttpResponse<String> answer = asAdmin(method, restPath, body);
        assertThat(answer.statusCode()).as(method + " " + restPath + ": " + answer.body()).isIn(200, 201);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = Json.gson().fromJson(answer.body(), Map.class);
        return json;
    }

    /**
     * A dashboard made as the admin with a gadget per {@code type → preferences} in order, each in the next column
     * (wrapping at the layout's width), every one on profile 1; returns its id.
     */
    public long dashboardWith(String name, String layout, Map<String, Map<String, String>> gadgets) {
        long id = ((Number) jsonAsAdmin("POST", "/dashboards", Map.of("name", name, "layout", layout)).get("id"))
                .longValue();
        int columns = layout.startsWith("three") ? 3 : layout.startsWith("two") ? 2 : 1;
        int index = 0;
        for (Map.Entry<String, Map<String, String>> gadget : gadgets.entrySet()) {
            Map<String, String> preferences = new LinkedHashMap<>(gadget.getValue());
            preferences.put("v", "1");
            preferences.put("profile", "1");
            jsonAsAdmin("POST", "/dashboards/" + id + "/gadgets", Map.of("type", gadget.getKey(),
                    "column", index % columns, "position", index / columns, "preferences", preferences));
            index++;
        }
        return id;
    }

    /** The one server of the test run, closed by JUnit when the run ends. */
    private static final class SharedServer implements AutoCloseable {
        private final RunningServer server;

        private SharedServer(RunningServer server) {
            this.server = server;
        }

        static SharedServer start() {
            try {
                return new SharedServer(RunningServer.h2());
            } catch (Exception e) {
                throw new IllegalStateException("the browser tests' server did not start", e);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
