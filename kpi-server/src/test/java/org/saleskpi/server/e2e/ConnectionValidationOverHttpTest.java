package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.connect.ConnectionStore;
import org.saleskpi.server.connect.ConnectionSync;
import org.saleskpi.server.connect.JiraConnection;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.server.jira.JiraKind;

/**
 * {@code /connections} refuses what it cannot use before it asks any Jira site: every bad field is named in one 400,
 * nothing is stored, and a token sent in a refused request is never in the answer. Only global administrators
 * reach it. (Requests that reach a site are {@code ConnectionsOverHttp}'s, against the fake Jira.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionValidationOverHttpTest {
    private static final String TOKEN = "ATATT3xFfGF0-never-echo-this-token";

    private RunningServer server;
    private Api api;
    private long stored;

    @BeforeAll
    void start() throws Exception {
        server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
        api = Api.of(server);
        api.user("vic", "Vic Viewer");
        // A connection as if created earlier: its kind not confirmed yet, no site needed to change its settings.
        ConnectionStore store = new ConnectionStore(server.server().database().dataSource(),
                SecretBox.load(server.options().dataDir(), System.getenv()), Clock.systemUTC());
        stored = store.create(new JiraConnection(0, "Stored", URI.create("https://acme.atlassian.net"),
                JiraKind.CLOUD, false, JiraKind.CLOUD, "1001.0.0", Optional.of("sync@acme.example"),
                ConnectionSync.defaults(), Instant.EPOCH, Instant.EPOCH), TOKEN).id();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void onlyGlobalAdministratorsReachConnections() {
        Client vic = api.as("vic");

        assertThat(api.anonymous().get("/connections").status()).isEqualTo(401);
        assertThat(vic.get("/connections").status()).isEqualTo(403);
        assertThat(vic.get("/connections/" + stored).status()).isEqualTo(403);
        assertThat(vic.post("/connections", Api.json("name", "X", "url", "https://x.example", "token", TOKEN))
                .status()).isEqualTo(403);
        assertThat(vic.put("/connections/" + stored + "/sync", Api.json("enabled", false)).status()).isEqualTo(403);
        assertThat(vic.delete("/connections/" + stored).status()).isEqualTo(403);
        assertThat(api.admin().get("/connections/" + stored).status()).isEqualTo(200);
    }

    @Test
    void everyMissingOrBadFieldIsNamedInOneAnswer() {
        Answer empty = api.admin().post("/connections", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactlyInAnyOrder("name", "url", "token");

        Answer bad = api.admin().post("/connections", Api.json("name", "Acme", "url", "ftp://acme.example",
                "email", "not an address", "token", TOKEN, "kind", "SERVER"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("url", "email", "kind");
        assertThat(bad.body()).doesNotContain(TOKEN);
        assertThat(api.admin().get("/connections").array()).hasSize(1);
    }

    @Test
    void aTokenTravelsOnlyOverHttpsExceptOnThisMachine() {
        for (String url : new String[] {"http://jira.acme.example", "http://10.0.0.5:8080/jira",
                "https://user:secret@acme.atlassian.net", "https://acme.atlassian.net/?os_authType=basic",
                "acme.atlassian.net", "https://"}) {
            Answer answer = api.admin().post("/connections", Api.json("name", "Acme", "url", url, "token", TOKEN));
            assertThat(answer.status()).as(url).isEqualTo(400);
            assertThat(answer.errorFields()).as(url).containsExactly("url");
        }
        Answer plain = api.admin().post("/connections", Api.json("name", "Acme", "url", "http://jira.acme.example",
                "token", TOKEN));
        assertThat(plain.body()).contains("\"url must use https: the token travels with every request (plain http is"
                + " accepted for this machine only).\"");
    }

    @Test
    void aNameInUseIsAConflictOnTheName() {
        Answer taken = api.admin().post("/connections", Api.json("name", "Stored", "url", "https://other.example",
                "token", TOKEN));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.errorFields()).containsExactly("name");
        assertThat(taken.body()).doesNotContain(TOKEN);
    }

    @Test
    void syncSettingsOutOfRangeAreNamedAndChangeNothing() {
        Answer bad = api.admin().put("/connections/" + stored + "/sync", Api.json("intervalMinutes", 0,
                "lookBackMinutes", 1441, "permissionMode", "EVERYONE", "jql", "project = DEAL ORDER BY key"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("intervalMinutes", "lookBackMinutes",
                "permissionMode", "jql");

        Answer tooOften = api.admin().put("/connections/" + stored + "/sync", Api.json("intervalMinutes", 1441));
        assertThat(tooOften.errorFields()).containsExactly("intervalMinutes");
        Answer notWhole = api.admin().put("/connections/" + stored + "/sync", Api.json("intervalMinutes", 2.5));
        assertThat(notWhole.errorFields()).containsExactly("intervalMinutes");

        Answer after = api.admin().get("/connections/" + stored);
        assertThat(after.number("sync.intervalMinutes").intValue()).isEqualTo(5);
        assertThat(after.number("sync.lookBackMinutes").intValue()).isEqualTo(5);
        assertThat(after.text("sync.permissionMode")).isEqualTo("PROJECT_MAPPING");
    }

    @Test
    void errorsComeInTheLanguageTheRequestAcceptsWithTheirKeys() {
        String body = Api.json("intervalMinutes", 0, "jql", "project = DEAL ORDER BY key");
        Answer japanese = api.admin().put("/connections/" + stored + "/sync", body, "ja-JP,ja;q=0.9,en;q=0.5");
        assertThat(japanese.status()).isEqualTo(400);
        assertThat(japanese.body()).contains("\"intervalMinutes は 1 分から 1440 分までで指定してください。\"")
                .contains("\"jql に ORDER BY は書けません。同期がページの順序を決めます。\"")
                .contains("\"saleskpi.connection.error.minutesRange\"", "\"saleskpi.connection.error.jqlOrderBy\"");

        Answer english = api.admin().put("/connections/" + stored + "/sync", body, "fr-FR,de;q=0.8");
        assertThat(english.body()).contains("\"intervalMinutes must be from 1 to 1440 minutes.\"")
                .contains("\"jql must have no ORDER BY: the sync orders its pages itself.\"");

        Answer taken = api.admin().post("/connections", Api.json("name", "Stored", "url", "https://other.example",
                "token", TOKEN), "ja");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("\"「Stored」という名前の接続はすでにあります。\"").doesNotContain(TOKEN);
        Answer badUrl = api.admin().post("/connections", Api.json("name", "Acme", "url", "http://jira.acme.example",
                "token", TOKEN), "ja");
        assertThat(badUrl.body()).contains("\"url は https にしてください。トークンはすべてのリクエストで送られます"
                + " (http はこのマシンの場合だけ使えます)。\"");
    }

    @Test
    void nothingSyncsBeforeTheKindIsConfirmedAndWithoutAnyScope() {
        Answer enabled = api.admin().put("/connections/" + stored + "/sync", Api.json("enabled", true));

        assertThat(enabled.status()).isEqualTo(400);
        // No KPI profile on this server: no scope to default to either.
        assertThat(enabled.errorFields()).containsExactlyInAnyOrder("enabled", "jql");
        assertThat(api.admin().get("/connections/" + stored).at("sync.enabled").getAsBoolean()).isFalse();
    }

    @Test
    void theAnswerSaysTheTokenIsSetAndNeverShowsIt() {
        Answer one = api.admin().get("/connections/" + stored);

        assertThat(one.text("token")).isEqualTo("set");
        assertThat(one.text("kind")).isEqualTo("CLOUD");
        assertThat(one.at("kindConfirmed").getAsBoolean()).isFalse();
        assertThat(one.body()).doesNotContain(TOKEN);
        assertThat(api.admin().get("/connections").body()).doesNotContain(TOKEN);
    }

    @Test
    void unknownConnectionsAreNotFound() {
        assertThat(api.admin().get("/connections/424242").status()).isEqualTo(404);
        assertThat(api.admin().put("/connections/424242", Api.json("name", "X")).status()).isEqualTo(404);
        assertThat(api.admin().put("/connections/424242/sync", Api.json("enabled", false)).status()).isEqualTo(404);
        assertThat(api.admin().delete("/connections/424242").status()).isEqualTo(404);
    }
}
