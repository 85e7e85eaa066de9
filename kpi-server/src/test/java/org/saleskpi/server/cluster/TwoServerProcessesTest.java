package org.saleskpi.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.saleskpi.server.fakejira.FakeJira;
import org.saleskpi.server.fakejira.FakeSite;
import org.saleskpi.server.fakejira.FakeUser;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.store.Database;
import org.saleskpi.store.RunFolder;

/**
 * Two real server processes on one embedded PostgreSQL, each with its own data directory, port and index, as two
 * nodes behind a load balancer: writes, sessions, tokens, login throttling, imports and the Jira sync work across
 * them, a node started late catches up, and a node killed in a burst of writes loses no write its client was told
 * succeeded, on the surviving node nor on itself once restarted (ADR 0041).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServerProcessesTest {
    private static final String PASSWORD = "cluster admin 42";
    /** How soon a node must show another node's write. */
    private static final Duration LEARNED_WITHIN = Duration.ofSeconds(2);

    private final Path folder = RunFolder.newFolder("two-nodes");
    private String dbUrl;
    private Map<String, String> environment;
    private ServerProcess a;
    private ServerProcess b;
    private String cookieA;
    private FakeJira jira;
    private FakeSite site;
    private String connection;
    private Instant connectionCreated;
    /** Who-am-I requests before the first run: connecting and confirming the site ask too. */
    private int askedBeforeSync;

    @BeforeAll
    void startNodeA() throws Exception {
        dbUrl = Database.postgresUrl();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        // Every node needs the same key to open the Jira tokens the other one sealed (docs/clustering.md).
        environment = Map.of("SALESKPI_ADMIN_PASSWORD", PASSWORD,
                "SALESKPI_SECRET_KEY", Base64.getEncoder().encodeToString(key));
        a = node("a");
        cookieA = signIn(a, "admin", PASSWORD);
        HttpResponse<String> amount = a.post("/fields", "{\"name\":\"Amount\",\"type\":\"number\"}", "Cookie", cookieA);
        assertThat(amount.statusCode()).as(amount.body()).isEqualTo(201);
        for (int i = 1; i <= 20; i++) {
            saveDeal(a, cookieA, "EARLY-" + i, i * 100);
        }
        // B starts after A wrote: it loads what is stored, then follows.
        b = node("b");
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {a, b, jira}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    @Order(0)
    void aJiraConnectionIsSyncedByOneNodeOnly() throws Exception {
        site = FakeSite.generate(21, 60, ZoneId.of("Europe/Berlin"), Instant.now());
        jira = FakeJira.start(site, JiraKind.CLOUD);
        FakeUser reader = site.users().get(0);
        HttpResponse<String> created = a.post("/connections", "{\"name\":\"Acme\",\"url\":\"" + jira.uri()
                + "\",\"email\":\"" + reader.email() + "\",\"token\":\"" + site.token(reader.accountId()) + "\"}",
                "Cookie", cookieA);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        connection = json(created).get("id").getAsString();
        assertThat(a.put("/connections/" + connection, "{\"kind\":\"CLOUD\"}", "Cookie", cookieA).statusCode())
                .isEqualTo(200);
        askedBeforeSync = jira.requests("/rest/api/2/myself");
        // On schedule: each node looks for due connections every 15 seconds; the later tests run meanwhile.
        HttpResponse<String> sync = a.put("/connections/" + connection + "/sync",
                "{\"jql\":\"project = DEAL\",\"enabled\":true}", "Cookie", cookieA);
        assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
        connectionCreated = Instant.now();
    }

    @Test
    @Order(1)
    void aNodeStartedLateHoldsWhatWasWrittenBeforeAndAWriteOnOneIsSeenOnTheOtherWithinTwoSeconds() throws Exception {
        String cookieB = signIn(b, "admin", PASSWORD);
        assertThat(keys(b, cookieB, "EARLY")).hasSize(20);

        saveDeal(a, cookieA, "DEAL-1", 500);
        assertThat(seenWithin(() -> b.get("/issues/DEAL-1", "Cookie", cookieB).statusCode() == 200)).isTrue();
        saveDeal(b, cookieB, "DEAL-1", 750);
        assertThat(seenWithin(() -> json(a.get("/issues/DEAL-1", "Cookie", cookieA)).toString()
                .contains("750"))).isTrue();

        // Both nodes have applied these writes: within a few catch-ups their rows are pruned (ADR 0047).
        long written = stored("SELECT SEQ FROM SK.WRITE_SEQ_HEAD");
        assertThat(seenWithin(Duration.ofSeconds(5), () -> stored("SELECT SEQ FROM SK.WRITE_SEQ_PRUNED") >= written
                && stored("SELECT COUNT(*) FROM SK.WRITE_SEQ WHERE SEQ <= " + written) == 0)).isTrue();
    }

    @Test
    @Order(2)
    void aSessionAndATokenMadeOnOneNodeWorkOnTheOther() {
        assertThat(b.get("/session", "Cookie", cookieA).statusCode()).isEqualTo(200);
        HttpResponse<String> created = a.post("/tokens", "{\"name\":\"script\"}", "Cookie", cookieA);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String token = json(created).get("token").getAsString();
        assertThat(b.get("/issues/DEAL-1", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(b.get("/issues/DEAL-1", "Authorization", "Bearer " + token + "x").statusCode()).isEqualTo(401);
    }

    /** Shares live in the database, read on every request: no node keeps one of its own (ADR 0061). */
    @Test
    @Order(3)
    void aDashboardSharedOnOneNodeOpensForItsViewerOnTheOtherAndUnsharedIsGoneThere() {
        for (String user : List.of("dana", "vic")) {
            HttpResponse<String> created = a.post("/users", "{\"username\":\"" + user
                    + "\",\"password\":\"a shared 42\"}", "Cookie", cookieA);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        String dana = signIn(a, "dana", "a shared 42");
        String vic = signIn(b, "vic", "a shared 42");
        HttpResponse<String> dashboard = a.post("/dashboards", "{\"name\":\"Across nodes\"}", "Cookie", dana);
        assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(201);
        String path = "/dashboards/" + json(dashboard).get("id").getAsLong();
        assertThat(b.get(path, "Cookie", vic).statusCode()).isEqualTo(404);

        HttpResponse<String> shared = a.put(path + "/shares", "{\"shares\":[{\"user\":\"vic\",\"rights\":\"view\"}]}",
                "Cookie", dana);
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        HttpResponse<String> opened = b.get(path, "Cookie", vic);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(json(opened).get("access").getAsString()).isEqualTo("view");

        assertThat(a.put(path + "/shares", "{\"shares\":[]}", "Cookie", dana).statusCode()).isEqualTo(200);
        assertThat(b.get(path, "Cookie", vic).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void failedLoginsCountAcrossNodes() {
        HttpResponse<String> user = a.post("/users", "{\"username\":\"rita\",\"password\":\"rita's own 42\","
                + "\"displayName\":\"Rita\"}", "Cookie", cookieA);
        assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
        // Five failures spread over both nodes: three on A, two on B.
        for (ServerProcess node : new ServerProcess[] {a, b, a, b, a}) {
            assertThat(login(node, "rita", "guess").statusCode()).isEqualTo(401);
        }
        // Now both nodes refuse even the right password until the cooldown ends.
        assertThat(login(b, "rita", "rita's own 42").statusCode()).isEqualTo(429);
        assertThat(login(a, "rita", "rita's own 42").statusCode()).isEqualTo(429);
    }

    @Test
    @Order(5)
    void anImportOnANodeShowsOnTheOtherWhichRefusesASecondOneWhileItRuns() throws Exception {
        StringBuilder csv = new StringBuilder("Summary,Issue key,Issue Type,Status,Created\n");
        for (int i = 1; i <= 300; i++) {
            csv.append("Imported ").append(i).append(",IMP-").append(i).append(",Deal,Open,01/Mar/24 9:00 AM\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        String cookieB = signIn(b, "admin", PASSWORD);
        String id;
        // The test holds the issue write lock of the cluster (the write sequence's counter row): A's import starts
        // and waits at its write, so B can be asked while it is running.
        try (Connection held = DriverManager.getConnection(dbUrl, Database.POSTGRES_USER, Database.POSTGRES_PASSWORD)) {
            held.setAutoCommit(false);
            try (Statement statement = held.createStatement()) {
                statement.executeQuery("SELECT SEQ FROM SK.WRITE_SEQ_HEAD WHERE ID = 1 FOR UPDATE").close();
            }
            HttpResponse<String> started = a.post("/imports", "text/csv", file, "Cookie", cookieA);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            id = json(started).get("id").getAsString();

            JsonObject onB = json(b.get("/imports/" + id, "Cookie", cookieB));
            assertThat(onB.get("state").getAsString()).isEqualTo("RUNNING");
            assertThat(onB.getAsJsonObject("startedBy").get("key").getAsString()).isEqualTo("admin");
            HttpResponse<String> second = b.post("/imports", "text/csv", file, "Cookie", cookieB);
            assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
            assertThat(second.body()).contains("Another import is running on another node");
            held.rollback();
        }
        assertThat(seenWithin(Duration.ofSeconds(20), () -> json(b.get("/imports/" + id, "Cookie", cookieB))
                .get("state").getAsString().equals("DONE"))).isTrue();
        JsonObject done = json(b.get("/imports/" + id, "Cookie", cookieB));
        assertThat(done.get("processed").getAsLong()).isEqualTo(300);
        assertThat(done.get("total").getAsLong()).isEqualTo(300);
        assertThat(done.getAsJsonObject("report").get("created").getAsInt()).isEqualTo(300);
        assertThat(seenWithin(() -> keys(b, cookieB, "IMP").size() == 300)).isTrue();
        // With the first import done, B takes one itself.
        HttpResponse<String> again = b.post("/imports", "text/csv", file, "Cookie", cookieB);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
    }

    @Test
    @Order(6)
    void theScheduledSyncRanOnceForBothNodes() throws Exception {
        String cookieB = signIn(b, "admin", PASSWORD);
        assertThat(seenWithin(Duration.ofSeconds(40), () -> !json(b.get("/connections/" + connection + "/status",
                "Cookie", cookieB)).get("lastFinished").isJsonNull())).isTrue();
        // Both nodes have looked at least once since the connection was enabled (a tick is 15 s).
        long waited = Duration.between(connectionCreated, Instant.now()).toMillis();
        if (waited < 16_000) {
            Thread.sleep(16_000 - waited);
        }
        assertThat(jira.requests("/rest/api/2/myself") - askedBeforeSync)
                .as("runs of the sync, each asks who it is once").isEqualTo(1);
        JsonObject status = json(a.get("/connections/" + connection + "/status", "Cookie", cookieA));
        assertThat(status.get("lastError").isJsonNull()).as(status.toString()).isTrue();
        long copied = status.get("issues").getAsLong();
        assertThat(copied).isPositive();
        assertThat(seenWithin(() -> total(a, cookieA, "project = DEAL") == total(b, cookieB, "project = DEAL")))
                .isTrue();
    }

    @Test
    @Order(7)
    void aNodeKilledInABurstOfWritesLosesNoAcknowledgedWriteOnEitherNode() throws Exception {
        String writer = signIn(b, "admin", PASSWORD);
        // B's client creates 30 deals, then keeps changing them; every answer it got a 2xx for is a promise.
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicReference<String[]> inFlight = new AtomicReference<>();
        AtomicInteger sent = new AtomicInteger();
        Thread burst = new Thread(() -> {
            for (int i = 1; i < 10_000; i++) {
                String key = "BURST-" + (1 + i % 30);
                String summary = "Deal " + key + " v" + i;
                inFlight.set(new String[] {key, summary});
                sent.set(i);
                try {
                    if (save(b, writer, key, summary, i).statusCode() / 100 == 2) {
                        acknowledged.put(key, summary);
                    }
                } catch (RuntimeException e) {
                    return; // the node is gone
                }
            }
        }, "burst-on-b");
        // Meanwhile A, which survives, writes too: its writes wait on B's while B holds the cluster's write lock.
        Map<String, String> acknowledgedByA = new ConcurrentHashMap<>();
        List<String> refusedOnA = new CopyOnWriteArrayList<>();
        AtomicBoolean aWrites = new AtomicBoolean(true);
        Thread survivor = new Thread(() -> {
            for (int i = 1; aWrites.get(); i++) {
                String key = "SURVIVOR-" + (1 + i % 10);
                String summary = "Deal " + key + " v" + i;
                try {
                    HttpResponse<String> answer = save(a, cookieA, key, summary, i);
                    if (answer.statusCode() / 100 == 2) {
                        acknowledgedByA.put(key, summary);
                    } else {
                        refusedOnA.add(answer.statusCode() + " " + answer.body());
                    }
                } catch (RuntimeException e) {
                    refusedOnA.add(e.toString());
                }
            }
        }, "writes-on-a");
        burst.start();
        survivor.start();
        while (sent.get() < 60) {
            Thread.sleep(5);
        }
        b.kill();
        burst.join(30_000);
        Thread.sleep(500);
        aWrites.set(false);
        survivor.join(30_000);
        String[] maybe = inFlight.get();
        assertThat(refusedOnA).as("A's writes while B died").isEmpty();

        Map<String, String> stored = storedSummaries("BURST");
        // Every acknowledged write is stored as acknowledged; only the one in flight at the kill may be there too.
        for (Map.Entry<String, String> write : acknowledged.entrySet()) {
            if (!write.getKey().equals(maybe[0])) {
                assertThat(stored).containsEntry(write.getKey(), write.getValue());
            }
        }
        if (stored.containsKey(maybe[0])) {
            assertThat(stored.get(maybe[0])).isIn(acknowledged.get(maybe[0]), maybe[1]);
        } else {
            assertThat(acknowledged).doesNotContainKey(maybe[0]);
        }
        assertThat(stored.keySet()).containsAll(acknowledged.keySet());
        Set<String> possible = new TreeSet<>(acknowledged.keySet());
        possible.add(maybe[0]);
        assertThat(possible).containsAll(stored.keySet());
        assertThat(storedSummaries("SURVIVOR")).isEqualTo(acknowledgedByA).hasSize(10);

        // The surviving node holds exactly what is stored, B's writes up to its death included.
        assertThat(seenWithin(() -> summaries(a, cookieA, "BURST").equals(stored))).isTrue();
        assertThat(summaries(a, cookieA, "SURVIVOR")).isEqualTo(acknowledgedByA);

        // The restarted node too, and it follows again.
        b = node("b");
        String cookieB = signIn(b, "admin", PASSWORD);
        assertThat(summaries(b, cookieB, "BURST")).isEqualTo(stored);
        assertThat(summaries(b, cookieB, "SURVIVOR")).isEqualTo(acknowledgedByA);
        saveDeal(a, cookieA, "AFTER-1", 1);
        assertThat(seenWithin(() -> b.get("/issues/AFTER-1", "Cookie", cookieB).statusCode() == 200)).isTrue();
    }

    private ServerProcess node(String name) throws Exception {
        return ServerProcess.start(folder.resolve("data-" + name), folder.resolve("node-" + name + ".log"), dbUrl,
                Database.POSTGRES_USER, Database.POSTGRES_PASSWORD, environment);
    }

    private static HttpResponse<String> login(ServerProcess node, String username, String password) {
        return node.post("/session", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private static String signIn(ServerProcess node, String username, String password) {
        HttpResponse<String> answer = login(node, username, password);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static void saveDeal(ServerProcess node, String cookie, String key, int amount) {
        HttpResponse<String> answer = save(node, cookie, key, amount);
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
    }

    private static HttpResponse<String> save(ServerProcess node, String cookie, String key, int amount) {
        return save(node, cookie, key, "Deal " + key, amount);
    }

    private static HttpResponse<String> save(ServerProcess node, String cookie, String key, String summary,
            int amount) {
        String project = key.substring(0, key.indexOf('-'));
        String fields = "{\"project\":\"" + project + "\",\"issuetype\":\"Deal\",\"status\":\"Open\","
                + "\"statusCategory\":\"indeterminate\",\"summary\":\"" + summary + "\",\"created\":\"2026-11-02T09:00:00Z\","
                + "\"customfield_10000\":" + amount + "}";
        return node.post("/issues", "{\"key\":\"" + key + "\",\"fields\":" + fields + "}", "Cookie", cookie);
    }

    private static Set<String> keys(ServerProcess node, String cookie, String project) {
        JsonObject page = json(node.get("/issues?maxResults=1000&jql=" + URLEncoder.encode("project = " + project,
                StandardCharsets.UTF_8), "Cookie", cookie));
        Set<String> keys = new TreeSet<>();
        for (JsonElement issue : page.getAsJsonArray("issues")) {
            keys.add(issue.getAsJsonObject().get("key").getAsString());
        }
        return keys;
    }

    private static long total(ServerProcess node, String cookie, String jql) {
        return json(node.get("/issues?maxResults=0&jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8), "Cookie",
                cookie)).get("total").getAsLong();
    }

    /** Summary by key of the issues the node shows in {@code project}. */
    private static Map<String, String> summaries(ServerProcess node, String cookie, String project) {
        JsonObject page = json(node.get("/issues?maxResults=1000&jql=" + URLEncoder.encode("project = " + project,
                StandardCharsets.UTF_8), "Cookie", cookie));
        Map<String, String> summaries = new TreeMap<>();
        for (JsonElement issue : page.getAsJsonArray("issues")) {
            summaries.put(issue.getAsJsonObject().get("key").getAsString(),
                    issue.getAsJsonObject().getAsJsonObject("fields").get("summary").getAsString());
        }
        return summaries;
    }

    /** The one number {@code sql} reads from the database itself. */
    private long stored(String sql) {
        try (Connection connection = DriverManager.getConnection(dbUrl, Database.POSTGRES_USER,
                Database.POSTGRES_PASSWORD); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Summary by key of the issues stored in {@code project}, read from the database itself. */
    private Map<String, String> storedSummaries(String project) throws Exception {
        Map<String, String> summaries = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(dbUrl, Database.POSTGRES_USER,
                Database.POSTGRES_PASSWORD); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ISSUE_KEY, SUMMARY FROM SK.ISSUE WHERE PROJECT = '"
                        + project + "'")) {
            while (rows.next()) {
                summaries.put(rows.getString(1), rows.getString(2));
            }
        }
        return summaries;
    }

    private static JsonObject json(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private static boolean seenWithin(Supplier<Boolean> condition) throws InterruptedException {
        return seenWithin(LEARNED_WITHIN, condition);
    }

    private static boolean seenWithin(Duration within, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.get();
    }
}
