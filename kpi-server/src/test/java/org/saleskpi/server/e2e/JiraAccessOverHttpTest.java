package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.saleskpi.server.jira.JiraKind;

/**
 * A user links, checks and removes their own Jira token over HTTP (ADR 0036): what is refused is named on its field,
 * the token never comes back, and only administrators read a site's projects with issue security levels. One Cloud
 * connection in per-user mode and one Data Center connection in project-mapping mode, over two fake Jiras.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JiraAccessOverHttpTest {
    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

    private final List<Answer> answers = new ArrayList<>();
    private RunningServer server;
    private Api api;
    private FakeSite site;
    private FakeJira cloud;
    private FakeJira dataCenter;
    private FakeUser admin;
    private FakeUser rep;
    private String perUser;
    private String mapped;

    @BeforeAll
    void start() throws Exception {
        site = FakeSite.generate(15, 40, ZoneId.of("Europe/Berlin"), NOW);
        admin = site.users().get(0);
        rep = site.users().get(2);
        cloud = FakeJira.start(site, JiraKind.CLOUD);
        dataCenter = FakeJira.start(site, JiraKind.DATA_CENTER);
        server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
        api = Api.of(server);
        api.user("kim", "Kim Rep");
        perUser = connection("Acme Cloud", cloud, "CLOUD", "PER_USER");
        mapped = connection("Acme DC", dataCenter, "DATA_CENTER", "PROJECT_MAPPING");
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        cloud.close();
        dataCenter.close();
    }

    @Test
    void aUserLinksChecksAndRemovesTheirOwnTokenWhichNeverComesBack() {
        String token = site.token(rep.accountId());
        Answer before = keep(api.as("kim").get("/connections/" + perUser + "/my-token"));
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.at("linked").getAsBoolean()).isFalse();
        assertThat(before.text("state")).isEqualTo("NOT_LINKED");
        assertThat(before.text("message")).contains("Acme Cloud").contains("link your own Jira token");

        Answer linked = keep(api.as("kim").put("/connections/" + perUser + "/my-token",
                Api.json("email", rep.email(), "token", token)));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.text("state")).isEqualTo("LINKED");
        assertThat(linked.text("email")).isEqualTo(rep.email());
        Answer mine = keep(api.as("kim").get("/jira-access"));
        assertThat(mine.array()).hasSize(1);
        assertThat(mine.array().get(0).getAsJsonObject().get("state").getAsString()).isEqualTo("LINKED");
        // Another user's link is theirs: the administrator has none.
        assertThat(keep(api.admin().get("/connections/" + perUser + "/my-token")).text("state"))
                .isEqualTo("NOT_LINKED");

        Answer removed = keep(api.as("kim").delete("/connections/" + perUser + "/my-token"));
        assertThat(removed.status()).isEqualTo(204);
        assertThat(keep(api.as("kim").get("/connections/" + perUser + "/my-token")).at("linked").getAsBoolean())
                .isFalse();
        for (Answer answer : answers) {
            assertThat(answer.body()).doesNotContain(token);
        }
    }

    @Test
    void whatCannotBeLinkedIsNamedOnItsField() {
        Answer noToken = keep(api.as("kim").put("/connections/" + perUser + "/my-token",
                Api.json("email", rep.email())));
        assertThat(noToken.status()).isEqualTo(400);
        assertThat(noToken.errorFields()).containsExactly("token");

        Answer noEmail = keep(api.as("kim").put("/connections/" + perUser + "/my-token", Api.json("token", "abc")));
        assertThat(noEmail.status()).isEqualTo(400);
        assertThat(noEmail.errorFields()).containsExactly("email");

        Answer notPerUser = keep(api.as("kim").put("/connections/" + mapped + "/my-token", Api.json("token", "abc")));
        assertThat(notPerUser.status()).isEqualTo(400);
        assertThat(notPerUser.errorFields()).containsExactly("permissionMode");

        assertThat(keep(api.as("kim").put("/connections/999999/my-token", Api.json("token", "abc"))).status())
                .isEqualTo(404);
        assertThat(keep(api.as("kim").get("/connections/x/my-token")).status()).isEqualTo(404);
        assertThat(keep(api.anonymous().get("/connections/" + perUser + "/my-token")).status()).isEqualTo(401);
    }

    /**
     * The fake site's ENT project has an issue security scheme, which its administrator (the connections' account) may
     * read: project mapping warns that its levels are not applied; per user, Jira applies them, so no warning.
     */
    @Test
    void onlyAdministratorsReadTheProjectsWithIssueSecurity() {
        Answer forAdmin = keep(api.admin().get("/connections/" + mapped + "/security"));
        assertThat(forAdmin.status()).as(forAdmin.body()).isEqualTo(200);
        assertThat(forAdmin.text("permissionMode")).isEqualTo("PROJECT_MAPPING");
        assertThat(forAdmin.at("levelsApplied").getAsBoolean()).isFalse();
        assertThat(forAdmin.at("projects").getAsJsonArray()).hasSize(1);
        assertThat(forAdmin.at("projects").getAsJsonArray().get(0).getAsJsonObject().get("key").getAsString())
                .isEqualTo("ENT");
        assertThat(forAdmin.text("warning")).contains("issue security levels are not applied");
        Answer perUserSecurity = keep(api.admin().get("/connections/" + perUser + "/security"));
        assertThat(perUserSecurity.at("levelsApplied").getAsBoolean()).isTrue();
        assertThat(perUserSecurity.at("projects").getAsJsonArray()).hasSize(1);
        assertThat(perUserSecurity.at("warning").isJsonNull()).isTrue();

        assertThat(keep(api.as("kim").get("/connections/" + mapped + "/security")).status()).isEqualTo(403);
        assertThat(keep(api.admin().get("/connections/999999/security")).status()).isEqualTo(404);
    }

    private String connection(String name, FakeJira jira, String kind, String mode) {
        String token = site.token(admin.accountId());
        Answer created = api.admin().post("/connections", kind.equals("CLOUD")
                ? Api.json("name", name, "url", jira.uri().toString(), "email", admin.email(), "token", token)
                : Api.json("name", name, "url", jira.uri().toString(), "token", token));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("id");
        assertThat(api.admin().put("/connections/" + id, Api.json("kind", kind)).status()).isEqualTo(200);
        Answer settings = api.admin().put("/connections/" + id + "/sync", Api.json("jql", "project = DEAL",
                "permissionMode", mode));
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        return id;
    }

    private Answer keep(Answer answer) {
        answers.add(answer);
        return answer;
    }
}
