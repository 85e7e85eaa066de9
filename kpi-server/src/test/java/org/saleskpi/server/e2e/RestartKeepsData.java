package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Api.json;
import static org.saleskpi.server.e2e.Issue.issue;

import com.google.gson.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.RunningServer;

/**
 * What a user set up over HTTP is all there after a restart: people and their passwords, project
 * roles, custom fields, posted issues, a KPI profile and its numbers, sessions and tokens (a revoked
 * one stays revoked). {@code RestartKeepsDataOnH2Test} and {@code RestartKeepsDataOnPostgresTest} run it.
 */
abstract class RestartKeepsData {

    /** A server without the demo on the database under test. */
    abstract RunningServer start() throws Exception;

    @Test
    void everythingSetUpOverHttpIsThereAfterARestart() throws Exception {
        try (RunningServer server = start()) {
            Api api = Api.of(server);
            api.user("pia", "Pia Persistent");
            api.role("ACME", "pia", "admin");
            Map<String, String> fields = api.defineSalesFields();
            String amount = fields.get("Amount");
            Client pia = api.as("pia");
            for (Issue issue : new Issue[] {
                issue("ACME-1", "Opportunity", "Won").by("pia").created("2024-03-01").resolved("2024-03-10")
                        .field(amount, 1234.56).label("kept"),
                issue("ACME-2", "Opportunity", "Won").by("pia").created("2024-03-02").resolved("2024-03-12")
                        .field(amount, 100)}) {
                Answer saved = pia.post("/issues", issue.json());
                assertThat(saved.status()).as(saved.body()).isIn(200, 201);
            }
            Answer profile = pia.post("/profiles", json("name", "Kept profile", "project", "ACME",
                    "dealTypes", new Api.Raw("[\"Opportunity\"]"), "wonStatuses", new Api.Raw("[\"Won\"]"),
                    "fields", new Api.Raw(json("amount", amount))));
            assertThat(profile.status()).as(profile.body()).isEqualTo(201);
            String kpi = "/kpis/won-revenue?profile=" + profile.number("id") + "&period=2024-03-01..2024-04-01";
            assertThat(pia.get(kpi).number("value")).isEqualByComparingTo("1334.56");
            String kept = pia.post("/tokens", json("name", "kept")).text("token");
            Answer revoked = pia.post("/tokens", json("name", "revoked"));
            assertThat(pia.delete("/tokens/" + revoked.number("id")).status()).isEqualTo(204);

            server.restart();

            assertThat(pia.get("/session").text("username")).describedAs("the session cookie still signs in")
                    .isEqualTo("pia");
            assertThat(api.bearer(kept).get("/session").status()).isEqualTo(200);
            assertThat(api.bearer(revoked.text("token")).get("/session").status()).isEqualTo(401);
            JsonObject signedIn = api.signIn("pia", Api.PASSWORD).get("/session").object();
            assertThat(signedIn.getAsJsonArray("roles").toString()).contains("\"projectKey\":\"ACME\"")
                    .contains("\"role\":\"admin\"");
            assertThat(pia.get("/fields").body()).contains("\"id\":\"" + amount + "\",\"name\":\"Amount\"");
            Answer issues = pia.get("/issues?jql=" + Api.query("labels = kept"));
            assertThat(issues.number("total").intValue()).isEqualTo(1);
            JsonObject first = issues.object().getAsJsonArray("issues").get(0).getAsJsonObject();
            assertThat(first.get("key").getAsString()).isEqualTo("ACME-1");
            assertThat(first.getAsJsonObject("fields").get(amount).getAsBigDecimal()).isEqualByComparingTo("1234.56");
            assertThat(first.getAsJsonObject("fields").get("resolutiondate").getAsString())
                    .isEqualTo("2024-03-10T15:00:00Z");
            assertThat(pia.get("/profiles/" + profile.number("id")).text("name")).isEqualTo("Kept profile");
            assertThat(pia.get(kpi).number("value")).describedAs("the index is loaded again from the tables")
                    .isEqualByComparingTo("1334.56");
            assertThat(pia.post("/issues", issue("ACME-3", "Lead", "Open").created("2024-03-05").json()).status())
                    .describedAs("the role still lets pia write").isEqualTo(201);
        }
    }
}
