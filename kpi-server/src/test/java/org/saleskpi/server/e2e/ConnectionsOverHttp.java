package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.fakejira.FakeJira;
import org.saleskpi.server.fakejira.FakeSite;
import org.saleskpi.server.fakejira.FakeUser;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.server.jira.JiraKind;

/**
 * An administrator connects the server to a Jira Cloud site and a Jira Data Center site (two fake Jiras over
 * HTTP), confirms their kinds, chooses what to sync, syncs now, follows the status and removes a connection with its
 * issues. No answer and no log line of the whole run holds a token. {@code ConnectionsOverHttpOnH2Test} and
 * {@code ConnectionsOverHttpOnPostgresTest} run it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConnectionsOverHttp {
    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final List<Answer> answers = new ArrayList<>();
    private PrintStream originalErr;
    private RunningServer server;
    private Api api;
    private FakeSite site;
    private FakeJira cloud;
    private FakeJira dataCenter;
    private FakeUser sync;

    /** Options of a server without the demo on the database under test. */
    abstract ServerOptions options() throws Exception;

    @BeforeAll
    void start() throws Exception {
        // The server logs through slf4j-simple to System.err, looked up at every line: keep a copy to search.
        originalErr = System.err;
        System.setErr(new PrintStream(new Tee(originalErr, logged), true, StandardCharsets.UTF_8));
        site = FakeSite.generate(15, 240, ZoneId.of("Europe/Berlin"), NOW);
        sync = site.users().get(0);
        cloud = FakeJira.start(site, JiraKind.CLOUD);
        dataCenter = FakeJira.start(site, JiraKind.DATA_CENTER);
        server = RunningServer.start(options(), true);
        api = Api.of(server);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            server.close();
            cloud.close();
            dataCenter.close();
        } finally {
            System.setErr(originalErr);
        }
    }

    @Test
    void aCloudSiteIsDetectedConfirmedSyncedAndRemovedWithItsIssues() throws Exception {
        String token = site.token(sync.accountId());
        Answer created = keep(api.admin().post("/connections", Api.json("name", "Acme Cloud", "url",
                cloud.uri().toString(), "email", sync.email(), "token", token)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("detectedKind")).isEqualTo("CLOUD");
        assertThat(created.text("kind")).isEqualTo("CLOUD");
        assertThat(created.at("kindConfirmed").getAsBoolean()).isFalse();
        assertThat(created.text("token")).isEqualTo("set");
        String id = created.text("id");

        Answer early = keep(api.admin().post("/connections/" + id + "/sync-now", "{}"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("Confirm the site's kind first.");

        Answer confirmed = keep(api.admin().put("/connections/" + id, Api.json("kind", "CLOUD")));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.at("kindConfirmed").getAsBoolean()).isTrue();

        Answer fields = keep(api.admin().get("/connections/" + id + "/fields"));
        assertThat(fields.status()).as(fields.body()).isEqualTo(200);
        assertThat(names(fields)).contains("Amount", "Close date", "Forecast category", "Status");

        Answer unknown = keep(api.admin().put("/connections/" + id + "/sync", "{\"jql\":\"project = DEAL\","
                + "\"fields\":[\"Amount\",\"Deal size\",\"Stage name\"],\"enabled\":true}"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("fields");
        assertThat(unknown.body()).contains("\"fields name fields the site does not have: Deal size, Stage name.\"");
        Answer badJql = keep(api.admin().put("/connections/" + id + "/sync", Api.json("jql", "project ~ DEAL")));
        assertThat(badJql.status()).isEqualTo(400);
        assertThat(badJql.errorFields()).containsExactly("jql");

        // Names are matched as Jira matches them, whatever their case, and stored as the site spells them.
        Answer settings = keep(api.admin().put("/connections/" + id + "/sync", "{\"jql\":\"project = DEAL\","
                + "\"fields\":[\"amount\",\"Close date\"],\"enabled\":true,\"intervalMinutes\":60}"));
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        assertThat(settings.at("sync.fields").toString()).isEqualTo("[\"Amount\",\"Close date\"]");
        assertThat(settings.number("sync.intervalMinutes").intValue()).isEqualTo(60);

        Answer status = syncNowAndWait(id);
        long deals = site.issues().stream().filter(issue -> issue.project().equals("DEAL"))
                .filter(issue -> site.canSee(sync.accountId(), issue)).count();
        assertThat(deals).isPositive();
        assertThat(status.at("lastError").isJsonNull()).as(status.body()).isTrue();
        assertThat(status.number("issues").longValue()).isEqualTo(deals);
        assertThat(status.number("pages").longValue()).isPositive();
        assertThat(local("project = DEAL")).isEqualTo(deals);

        Answer kept = keep(api.admin().delete("/connections/" + id));
        assertThat(kept.number("removedIssues").intValue()).isZero();
        assertThat(local("project = DEAL")).describedAs("removing a connection keeps its issues unless asked")
                .isEqualTo(deals);
        assertThat(keep(api.admin().get("/connections/" + id)).status()).isEqualTo(404);
        assertSecretsNeverShown(token);
    }

    @Test
    void aDataCenterSiteTakesAPersonalAccessTokenAloneAndItsIssuesGoWhenAsked() throws Exception {
        String token = site.token(sync.accountId());
        Answer withEmail = keep(api.admin().post("/connections", Api.json("name", "Acme DC", "url",
                dataCenter.uri().toString(), "email", sync.email(), "token", token, "kind", "DATA_CENTER")));
        assertThat(withEmail.status()).isEqualTo(400);
        assertThat(withEmail.errorFields()).containsExactly("email");

        Answer created = keep(api.admin().post("/connections", Api.json("name", "Acme DC", "url",
                dataCenter.uri() + "/", "token", token)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("detectedKind")).isEqualTo("DATA_CENTER");
        assertThat(created.text("url")).isEqualTo(dataCenter.uri().toString());
        assertThat(created.at("email").isJsonNull()).isTrue();
        String id = created.text("id");
        Answer wrongToken = keep(api.admin().put("/connections/" + id, Api.json("kind", "DATA_CENTER", "token",
                "fake-not-a-token-of-anyone")));
        assertThat(wrongToken.status()).isEqualTo(400);
        assertThat(wrongToken.errorFields()).containsExactly("token");
        assertThat(keep(api.admin().get("/connections/" + id)).at("kindConfirmed").getAsBoolean())
                .describedAs("a refused edit changes nothing").isFalse();
        Answer confirmed = keep(api.admin().put("/connections/" + id, Api.json("kind", "DATA_CENTER")));
        assertThat(confirmed.at("kindConfirmed").getAsBoolean()).isTrue();
        Answer settings = keep(api.admin().put("/connections/" + id + "/sync", Api.json("jql", "project = SMB",
                "enabled", true, "permissionMode", "PER_USER")));
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        assertThat(settings.text("sync.permissionMode")).isEqualTo("PER_USER");

        Answer status = syncNowAndWait(id);
        long smb = site.issues().stream().filter(issue -> issue.project().equals("SMB"))
                .filter(issue -> site.canSee(sync.accountId(), issue)).count();
        assertThat(status.number("issues").longValue()).as(status.body()).isEqualTo(smb);
        // Per user: the administrator sees the copies only through a Jira token of their own (ADR 0036).
        assertThat(local("project = SMB")).isZero();
        Answer unlinked = keep(api.admin().get("/jira-access"));
        assertThat(unlinked.array().get(0).getAsJsonObject().get("state").getAsString()).isEqualTo("NOT_LINKED");
        Answer linked = keep(api.admin().put("/connections/" + id + "/my-token", Api.json("token", token)));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.text("state")).isEqualTo("LINKED");
        assertThat(linked.at("linked").getAsBoolean()).isTrue();
        assertThat(local("project = SMB")).isEqualTo(smb);

        Answer removed = keep(api.admin().delete("/connections/" + id + "?removeIssues=true"));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.number("removedIssues").longValue()).isEqualTo(smb);
        assertThat(local("project = SMB")).isZero();
        assertSecretsNeverShown(token);
    }

    @Test
    void whatTheSiteRefusesIsNamedOnTheFieldToFix() {
        String token = site.token(sync.accountId());
        Answer wrongToken = keep(api.admin().post("/connections", Api.json("name", "Wrong token", "url",
                cloud.uri().toString(), "email", sync.email(), "token", "fake-not-a-token-of-anyone")));
        assertThat(wrongToken.status()).isEqualTo(400);
        assertThat(wrongToken.errorFields()).containsExactly("token");

        Answer noEmail = keep(api.admin().post("/connections", Api.json("name", "No e-mail", "url",
                cloud.uri().toString(), "token", token, "kind", "CLOUD")));
        assertThat(noEmail.status()).isEqualTo(400);
        assertThat(noEmail.errorFields()).containsExactly("email");

        // The address of something else on the site (Confluence's, say): its serverInfo is not there.
        Answer notJira = keep(api.admin().post("/connections", Api.json("name", "Not Jira", "url",
                cloud.uri() + "/wiki", "email", sync.email(), "token", token)));
        assertThat(notJira.status()).as(notJira.body()).isEqualTo(400);
        assertThat(notJira.errorFields()).containsExactly("url");
        assertThat(notJira.body()).contains("\"url does not look like a Jira site: /rest/api/2/serverInfo answered"
                + " HTTP 404.\"");

        Answer nobody = keep(api.admin().post("/connections", Api.json("name", "Nobody", "url",
                "http://127.0.0.1:9", "token", token)));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.errorFields()).containsExactly("url");
        assertThat(nobody.body()).contains("\"url did not answer: http://127.0.0.1:9 (");

        assertThat(keep(api.admin().get("/connections")).array()).isEmpty();
        assertSecretsNeverShown(token);
    }

    private Answer syncNowAndWait(String id) throws InterruptedException {
        Answer queued = keep(api.admin().post("/connections/" + id + "/sync-now", "{}"));
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Answer status = keep(api.admin().get("/connections/" + id + "/status"));
            boolean done = !status.at("running").getAsBoolean() && !status.at("lastFinished").isJsonNull();
            if (done || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(100);
        }
    }

    /** How many issues the server holds for a JQL, as its issue search counts them for the administrator. */
    private long local(String jql) {
        Answer found = keep(api.admin().get("/issues?maxResults=0&jql=" + URLEncoder.encode(jql,
                StandardCharsets.UTF_8)));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.number("total").longValue();
    }

    private static List<String> names(Answer fields) {
        List<String> names = new ArrayList<>();
        fields.array().forEach(field -> names.add(field.getAsJsonObject().get("name").getAsString()));
        return names;
    }

    private Answer keep(Answer answer) {
        answers.add(answer);
        return answer;
    }

    /** No answer so far and no line the server logged holds the token, its Basic header or its Bearer header. */
    private void assertSecretsNeverShown(String token) {
        String basic = java.util.Base64.getEncoder().encodeToString((sync.email() + ":" + token)
                .getBytes(StandardCharsets.UTF_8));
        for (Answer answer : answers) {
            assertThat(answer.body()).doesNotContain(token).doesNotContain(basic);
            assertThat(answer.headers().map().toString()).doesNotContain(token);
        }
        String log = logged.toString(StandardCharsets.UTF_8);
        assertThat(log).doesNotContain(token).doesNotContain(basic);
        assertThat(cloud.requestLog().toString() + dataCenter.requestLog()).doesNotContain(token);
    }

    /** Writes to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
