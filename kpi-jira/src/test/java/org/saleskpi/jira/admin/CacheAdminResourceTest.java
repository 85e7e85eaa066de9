package org.saleskpi.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.jira.cache.CacheSettings;
import org.saleskpi.jira.cache.CacheStatus;
import org.saleskpi.jira.cache.CacheStatusBoard;
import org.saleskpi.jira.cache.CacheStatusNodes;
import org.saleskpi.jira.cache.CacheStatusPublisher;
import org.saleskpi.jira.cache.CacheStatusReport;
import org.saleskpi.jira.cache.MemoryPluginSettings;
import org.saleskpi.jira.cache.PluginSettingsCacheSettings;
import org.saleskpi.jira.simulated.SimulatedMembership;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;
import org.saleskpi.web.TestAccess;
import org.saleskpi.web.guard.Guardrails;
import org.saleskpi.web.guard.Limits;

/**
 * The admin page's REST resource over real HTTP (kpi-web's test server), with settings and every node's cache report
 * in a shared SAL map; it answers as node-2 of a two-node cluster.
 */
class CacheAdminResourceTest {
    private static final String VALID = """
            {"enabled":true,"maxIssues":500000,"pollSeconds":30,"maxConcurrent":2,"requestsPerMinute":90}""";

    private final MemoryPluginSettings sal = new MemoryPluginSettings();
    private final PluginSettingsCacheSettings settings = new PluginSettingsCacheSettings(sal);
    private volatile CacheStatus status = new CacheStatus("node-2", CacheStatus.Phase.READY, 100, 1_200_000,
            3_400_000, 268_435_456, Optional.of(Instant.parse("2026-12-05T09:59:30Z")), 7, Optional.empty());
    private final CacheStatusBoard board = new CacheStatusBoard(sal);
    private final SimulatedMembership cluster = new SimulatedMembership();
    private ApiServer api;

    @BeforeEach
    void start() throws Exception {
        cluster.node("node-1");
        CacheStatusNodes nodes = new CacheStatusNodes(new CacheStatusPublisher(cluster.node("node-2"), () -> status,
                board, SalesBook.CLOCK), board, cluster.node("node-2"), settings, SalesBook.CLOCK);
        TestAccess access = new TestAccess().systemAdmin("root").administer("adam", "SALES").browse("vera", "SALES");
        Guardrails guardrails = Guardrails.fixed(new Limits(4, 1000), SalesBook.CLOCK);
        api = ApiServer.start(access, SalesBook.issues(), SalesBook.fields(), Map.of("root", "Root", "adam", "Adam",
                "vera", "Vera"), SalesBook.CLOCK,
                (session, services) -> List.of(new CacheAdminResource(services, settings, nodes, guardrails)),
                guardrails, UnaryOperator.identity());
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void aJiraAdministratorSeesThisNodesCacheAndTheSettings() {
        ApiServer.Answer answer = api.get("root", "/admin/cache");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonObject json = answer.json().getAsJsonObject();
        JsonObject shown = json.getAsJsonObject("status");
        assertThat(shown.get("node").getAsString()).isEqualTo("node-2");
        assertThat(shown.get("phase").getAsString()).isEqualTo("ready");
        assertThat(shown.get("issues").getAsLong()).isEqualTo(1_200_000);
        assertThat(shown.get("bytes").getAsLong()).isEqualTo(268_435_456);
        assertThat(shown.get("lastSync").getAsString()).isEqualTo("2026-12-05T09:59:30Z");
        assertThat(shown.get("fallbacks").getAsLong()).isEqualTo(7);
        assertThat(shown.get("lastError").isJsonNull()).isTrue();
        assertThat(json.getAsJsonObject("settings").get("maxIssues").getAsLong())
                .isEqualTo(CacheSettings.DEFAULT_MAX_ISSUES);
        assertThat(json.get("running").getAsInt()).isZero();
        assertThat(json.getAsJsonObject("ranges").getAsJsonObject("pollSeconds").get("min").getAsInt()).isEqualTo(10);
        // 1.2 million cached, under the default maximum of 2 million.
        assertThat(json.get("overMaxIssues").getAsBoolean()).isFalse();
        // Node-1 has published nothing yet: this node is the only row.
        assertThat(json.getAsJsonArray("nodes")).singleElement().satisfies(row -> {
            assertThat(row.getAsJsonObject().get("node").getAsString()).isEqualTo("node-2");
            assertThat(row.getAsJsonObject().get("state").getAsString()).isEqualTo("this");
            assertThat(row.getAsJsonObject().get("thisNode").getAsBoolean()).isTrue();
        });
        // Three poll intervals of the default 60 s.
        assertThat(json.get("staleAfterSeconds").getAsLong()).isEqualTo(180);
    }

    @Test
    void theOtherNodesLastReportIsListedAfterThisNode() {
        Instant published = SalesBook.CLOCK.instant().minusSeconds(40);
        board.publish(new CacheStatusReport(Optional.of("node-1"), new CacheStatus("", CacheStatus.Phase.WARMING, 42,
                0, 0, 0, Optional.empty(), 3, Optional.empty()), Optional.of(published.minusSeconds(60)),
                Optional.empty(), published));

        JsonObject json = api.get("root", "/admin/cache").json().getAsJsonObject();

        assertThat(json.getAsJsonArray("nodes")).hasSize(2);
        JsonObject other = json.getAsJsonArray("nodes").get(1).getAsJsonObject();
        assertThat(other.get("node").getAsString()).isEqualTo("node-1");
        // 40 s old, under the 180 s after which a node is not reporting.
        assertThat(other.get("state").getAsString()).isEqualTo("reporting");
        assertThat(other.get("thisNode").getAsBoolean()).isFalse();
        assertThat(other.get("phase").getAsString()).isEqualTo("warming");
        assertThat(other.get("percent").getAsInt()).isEqualTo(42);
        assertThat(other.get("published").getAsString()).isEqualTo(published.toString());
        assertThat(other.get("lastPoll").getAsString()).isEqualTo(published.minusSeconds(60).toString());
        assertThat(other.get("lastCensus").isJsonNull()).isTrue();
        assertThat(other.get("fallbacks").getAsLong()).isEqualTo(3);
        assertThat(json.getAsJsonObject("status").get("node").getAsString()).isEqualTo("node-2");
    }

    @Test
    void onlyJiraAdministratorsMayReadOrWrite() {
        assertThat(api.get(null, "/admin/cache").status()).isEqualTo(401);
        for (String user : List.of("adam", "vera")) {
            assertThat(api.get(user, "/admin/cache").status()).as(user).isEqualTo(403);
            assertThat(api.put(user, "/admin/cache", VALID).status()).as(user).isEqualTo(403);
        }
        assertThat(sal.writes).isZero();
    }

    @Test
    void savedSettingsAreStoredForEveryNodeAndAnswered() {
        ApiServer.Answer answer = api.put("root", "/admin/cache", VALID);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(settings.get()).isEqualTo(new CacheSettings(true, 500_000, 30, 2, 90));
        assertThat(answer.json().getAsJsonObject().getAsJsonObject("settings").get("requestsPerMinute").getAsInt())
                .isEqualTo(90);
    }

    @Test
    void theKillSwitchIsStoredAsOff() {
        assertThat(api.put("root", "/admin/cache", VALID.replace("\"enabled\":true", "\"enabled\":false")).status())
                .isEqualTo(200);
        assertThat(settings.get().enabled()).isFalse();
    }

    @Test
    void badValuesAre400NamingEachFieldAndNothingIsStored() {
        ApiServer.Answer answer = api.put("root", "/admin/cache", """
                {"enabled":"yes","maxIssues":999,"pollSeconds":1.5,"maxConcurrent":"two"}""");

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactlyInAnyOrder("enabled", "maxIssues", "pollSeconds",
                "maxConcurrent", "requestsPerMinute");
        assertThat(answer.text()).contains("maxIssues must be a whole number from 1000 to 100000000.");
        assertThat(sal.writes).isZero();
    }

    @Test
    void aNumberTooLargeForItsFieldIsARangeErrorNotAnOverflow() {
        ApiServer.Answer answer = api.put("root", "/admin/cache",
                VALID.replace("\"pollSeconds\":30", "\"pollSeconds\":4294967326"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("pollSeconds");
        assertThat(sal.writes).isZero();
    }

    @Test
    void aCacheOverTheMaximumIsFlaggedForTheWarning() {
        settings.set(new CacheSettings(true, 1_000_000, 60, 2, 120));
        assertThat(api.get("root", "/admin/cache").json().getAsJsonObject().get("overMaxIssues").getAsBoolean())
                .isTrue();

        status = new CacheStatus("node-2", CacheStatus.Phase.TOO_BIG, 0, 0, 0, 0, Optional.empty(), 0,
                Optional.of("The scope holds 2 400 000 issues, over the maximum of 1 000 000."));
        JsonObject json = api.get("root", "/admin/cache").json().getAsJsonObject();
        assertThat(json.get("overMaxIssues").getAsBoolean()).isTrue();
        assertThat(json.getAsJsonObject("status").get("phase").getAsString()).isEqualTo("too-big");
        assertThat(json.getAsJsonObject("status").get("lastError").getAsString()).contains("2 400 000");
    }
}
