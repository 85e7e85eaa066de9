package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Api.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.saleskpi.server.RunningServer;

/**
 * People named in JQL as a Jira user names them, over people that a Jira CSV export brought in
 * ({@code people-export.csv}, imported through {@code POST /imports}): the import makes "Jane Doe"
 * {@code jane.doe}, "José Núñez" {@code jos.n.ez}, "Max Mustermann" {@code max.mustermann}; "jane doe"
 * and "JOSÉ NÚÑEZ" are the same people again; "Kim Lee" is the user {@code kim@example.com} who signs
 * in with her address. Deals of March 2024 (won, with Amount):
 * <pre>
 * PPL-1 Jane Doe        1000  reporter Max Mustermann  Account manager Jane Smith
 * PPL-2 Jane Smith      2000  reporter Jane Doe        Account manager José Núñez
 * PPL-3 José Núñez       400  reporter Jane Doe        Account manager José Núñez
 * PPL-4 Max Mustermann  open  reporter José Núñez
 * PPL-5 Kim Lee          300  reporter Kim Lee
 * PPL-6 unassigned      lost  reporter Max Mustermann
 * </pre>
 * Then the administrator adds a second "Jane Doe" ({@code jdoe}): the name no longer says whom it means.
 * {@code UserNamesInJqlOnH2Test} and {@code UserNamesInJqlOnPostgresTest} run it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class UserNamesInJql {
    private static final String MARCH = "&period=2024-03-01..2024-04-01";
    private RunningServer server;
    private Api api;
    private Client admin;
    private long profile;

    /** A server without the demo on the database under test. */
    abstract RunningServer start() throws Exception;

    @BeforeAll
    void importPeopleFromAJiraExport() throws Exception {
        server = start();
        api = Api.of(server);
        admin = api.admin();
        api.user("kim@example.com", "Kim Lee");
        String amount = field("Amount", "number");
        field("Account manager", "user");
        byte[] csv;
        try (InputStream file = UserNamesInJql.class.getResourceAsStream("people-export.csv")) {
            csv = file.readAllBytes();
        }
        Answer job = api.importCsv(admin, "timeZone=UTC", csv);
        assertThat(job.text("state")).as(job.body()).isEqualTo("DONE");
        assertThat(job.number("report.created").intValue()).as(job.body()).isEqualTo(6);

        Answer created = admin.post("/profiles", """
                {"name":"People sales","project":"PPL","scope":"project = PPL","dealTypes":["Opportunity"],
                 "wonStatuses":["Won"],"lostStatuses":["Lost"],"fields":{"amount":"%s"},
                 "rep":"assignee","currency":"EUR","timeZone":"UTC"}
                """.formatted(amount));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        profile = created.number("id").longValue();
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }

    @Test
    @Order(1)
    void theImportedPeopleAreFoundByFullNameInAnyCaseAndByUsername() {
        assertThat(keys("assignee = \"Jane Doe\"")).containsExactly("PPL-1");
        assertThat(keys("assignee = \"jane doe\"")).containsExactly("PPL-1");
        assertThat(keys("assignee = jane.doe")).containsExactly("PPL-1");
        assertThat(keys("assignee in (\"Jane Doe\", \"Max Mustermann\")")).containsExactlyInAnyOrder("PPL-1", "PPL-4");
        assertThat(keys("assignee = \"Jane Smith\"")).describedAs("same first name, another person")
                .containsExactly("PPL-2");
        assertThat(keys("reporter = \"JANE DOE\"")).containsExactlyInAnyOrder("PPL-2", "PPL-3");
    }

    @Test
    @Order(1)
    void accentedNamesMatchAsWrittenInAnyCaseButNotWithoutTheirAccents() {
        assertThat(keys("assignee = \"José Núñez\"")).containsExactly("PPL-3");
        assertThat(keys("assignee = \"JOSÉ NÚÑEZ\"")).containsExactly("PPL-3");
        assertThat(keys("\"Account manager\" = \"josé núñez\"")).containsExactlyInAnyOrder("PPL-2", "PPL-3");

        Answer unaccented = search("assignee = \"Jose Nunez\"");
        assertThat(unaccented.status()).as(unaccented.body()).isEqualTo(400);
        assertThat(unaccented.errorFields()).containsExactly("jql");
        assertThat(unaccented.body()).contains("The value 'Jose Nunez' does not exist for the field 'assignee'.");
    }

    @Test
    @Order(1)
    void anAddressUsedAsUsernameAndTheFullNameFindTheSamePerson() {
        assertThat(keys("assignee = \"KIM@example.com\"")).containsExactly("PPL-5");
        assertThat(keys("reporter = \"Kim Lee\"")).containsExactly("PPL-5");
    }

    @Test
    @Order(1)
    void negationsAndEmptyKeepJirasRules() {
        assertThat(keys("assignee != \"Jane Doe\"")).containsExactlyInAnyOrder("PPL-2", "PPL-3", "PPL-4", "PPL-5");
        assertThat(keys("assignee not in (\"jane doe\", \"Jane Smith\")")).containsExactlyInAnyOrder("PPL-3", "PPL-4",
                "PPL-5");
        assertThat(keys("assignee is EMPTY")).containsExactly("PPL-6");
        assertThat(keys("\"Account manager\" is EMPTY")).containsExactlyInAnyOrder("PPL-4", "PPL-5", "PPL-6");
    }

    @Test
    @Order(1)
    void aKpiNarrowedByFullNamesSumsThosePeoplesDeals() {
        assertThat(wonRevenue("assignee in (\"Jane Doe\", \"José Núñez\")").number("value"))
                .isEqualByComparingTo("1400");
        assertThat(wonRevenue("\"Account manager\" = \"josé núñez\"").number("value")).isEqualByComparingTo("2400");
    }

    @Test
    @Order(2)
    void aSecondJaneDoeMakesTheNameAQuestionNotAGuess() {
        // Loaded once above and kept; a new person of the same name must not answer from that table.
        assertThat(wonRevenue("assignee in (\"Jane Doe\", \"José Núñez\")").number("value"))
                .isEqualByComparingTo("1400");
        api.user("jdoe", "Jane Doe");

        for (String jql : List.of("assignee = \"Jane Doe\"", "assignee in (\"Jane Doe\", \"José Núñez\")")) {
            for (Answer answer : List.of(search(jql), admin.get("/kpis/won-revenue?profile=" + profile + MARCH
                    + "&jql=" + Api.query(jql)))) {
                assertThat(answer.status()).as(jql + ": " + answer.body()).isEqualTo(400);
                assertThat(answer.errorFields()).containsExactly("jql");
                assertThat(answer.body()).contains("The value 'Jane Doe' for field 'assignee' names 2 users"
                        + " (jane.doe, jdoe): use the username of the one you mean.");
            }
        }
        assertThat(keys("assignee = jane.doe")).containsExactly("PPL-1");
        assertThat(keys("assignee = jdoe")).isEmpty();
        assertThat(keys("assignee = \"Jane Smith\"")).containsExactly("PPL-2");
    }

    private String field(String name, String type) {
        Answer field = admin.post("/fields", json("name", name, "type", type));
        assertThat(field.status()).as(field.body()).isEqualTo(201);
        return field.text("id");
    }

    private Answer search(String jql) {
        return admin.get("/issues?maxResults=100&jql=" + Api.query(jql));
    }

    private List<String> keys(String jql) {
        Answer answer = search(jql);
        assertThat(answer.status()).as(jql + ": " + answer.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        answer.object().getAsJsonArray("issues").forEach(i -> keys.add(i.getAsJsonObject().get("key").getAsString()));
        return keys;
    }

    private Answer wonRevenue(String jql) {
        Answer answer = admin.get("/kpis/won-revenue?profile=" + profile + MARCH + "&jql=" + Api.query(jql));
        assertThat(answer.status()).as(jql + ": " + answer.body()).isEqualTo(200);
        return answer;
    }
}
