package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.saleskpi.server.RunningServer;

/**
 * The import's dry run over HTTP ({@code POST /imports/checks}): it writes nothing, lists every problem with its
 * line and column, reads numbers in the chosen language's format, reports a project without KPI profile with a
 * profile guessed from the file; then {@code POST /imports/checks/{id}/import} imports the checked file without a
 * second upload, and a profile made of the offer makes the next dry run check the statuses against it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportDryRunOverHttpTest {
    /** German numbers, a bad date, a number of another format, an unknown person, a key twice. */
    static final String EXPORT = "Summary,Issue key,Issue Type,Status,Status Category,Resolution,Assignee,Created,"
            + "Resolved,Custom field (Amount),Custom field (Customer)\n"
            + "Acme renewal,DRY-1,Opportunity,Closed Won,Done,Done,Ann Dry,01/Mar/24 9:00 AM,20/Mar/24 4:30 PM,"
            + "\"1.234,56\",Acme\n"
            + "Globex,DRY-2,Opportunity,Closed Lost,Done,Won't Do,Ann Dry,02/Mar/24 9:00 AM,21/Mar/24 9:00 AM,"
            + "\"12.500\",Globex\n"
            + "Initech,DRY-3,Opportunity,Negotiation,In Progress,,Ann Dry,2024-03-03,,\"7.999,99\",Initech\n"
            + "Umbrella,DRY-4,Opportunity,Proposal,In Progress,,Ann Dry,04/Mar/24 9:00 AM,,\"1,234.56\",Umbrella\n"
            + "Inbound,DRY-5,Lead,Open,To Do,,Ann Dry,05/Mar/24 9:00 AM,,,\n"
            + "Again,DRY-1,Opportunity,Proposal,In Progress,,Ann Dry,06/Mar/24 9:00 AM,,\"1,00\",Acme\n";

    private static RunningServer server;
    private static Api api;
    private static Client admin;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
        api = Api.of(server);
        admin = api.admin();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    @Order(1)
    void aDryRunWritesNothing() {
        int users = admin.get("/users").array().size();
        int fields = admin.get("/fields").array().size();
        int jobs = admin.get("/imports").array().size();

        Answer check = check("numberFormat=de&timeZone=Europe/Berlin");

        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(check.number("created").intValue()).isEqualTo(3);
        assertThat(admin.get("/issues?jql=").number("total").intValue()).isZero();
        assertThat(admin.get("/users").array().size()).describedAs("Ann Dry is not added").isEqualTo(users);
        assertThat(admin.get("/fields").array().size()).describedAs("Amount and Customer are not defined")
                .isEqualTo(fields);
        assertThat(admin.get("/imports").array().size()).describedAs("a dry run is no import").isEqualTo(jobs);
    }

    @Test
    @Order(1)
    void everyProblemHasItsLineAndColumn() {
        Answer check = check("numberFormat=de&timeZone=Europe/Berlin");

        List<String> problems = new ArrayList<>();
        for (JsonElement element : check.at("problems").getAsJsonArray()) {
            JsonObject problem = element.getAsJsonObject();
            problems.add(problem.get("line").getAsLong() + " " + problem.get("column").getAsString() + " "
                    + problem.get("severity").getAsString() + " " + problem.get("messageKey").getAsString());
        }
        assertThat(problems).containsExactly(
                "2 Assignee WARNING saleskpi.import.problem.person.new",
                "4 Created ERROR saleskpi.import.problem.dateTime",
                "5 Custom field (Amount) ERROR saleskpi.import.problem.number.otherStyle",
                "7 Issue key ERROR saleskpi.import.problem.duplicate");
        JsonObject number = check.at("problems").getAsJsonArray().get(2).getAsJsonObject();
        assertThat(number.get("message").getAsString()).isEqualTo("Custom field (Amount) '1,234.56' is not a number"
                + " written like 1.234,56; it reads as 1234.56 (en) in another number format");
        assertThat(number.get("params").toString()).isEqualTo("[\"1,234.56\",\"1.234,56\",\"1234.56 (en)\"]");
        assertThat(check.number("skipped").intValue()).isEqualTo(3);
        assertThat(check.number("problemCount").intValue()).isEqualTo(4);
    }

    @Test
    @Order(1)
    void numbersAreReadInTheChosenFormat() {
        Answer check = check("numberFormat=de&timeZone=Europe/Berlin");

        JsonArray rows = check.at("firstRows").getAsJsonArray();
        assertThat(rows).hasSize(3);
        JsonObject first = rows.get(0).getAsJsonObject();
        assertThat(first.get("key").getAsString()).isEqualTo("DRY-1");
        assertThat(first.get("amount").getAsString()).isEqualTo("1234.56");
        assertThat(first.get("customer").getAsString()).isEqualTo("Acme");
        assertThat(first.get("closeDate").getAsString()).isEqualTo("2024-03-20");
        assertThat(first.get("kind").getAsString()).isEqualTo("deal");
        assertThat(first.get("ownerIsNew").getAsBoolean()).isTrue();
        assertThat(rows.get(1).getAsJsonObject().get("amount").getAsString()).isEqualTo("12500");

        Answer english = check("numberFormat=en&timeZone=Europe/Berlin");
        JsonObject firstInEnglish = english.at("firstRows").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(firstInEnglish.get("key").getAsString()).describedAs("1.234,56 is no English number: its row is out")
                .isEqualTo("DRY-2");
        assertThat(firstInEnglish.get("amount").getAsString()).describedAs("what English reads, shown before importing")
                .isEqualTo("12.500");
        JsonObject german = english.at("problems").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(german.get("line").getAsLong()).isEqualTo(2);
        assertThat(german.get("message").getAsString()).isEqualTo("Custom field (Amount) '1.234,56' is not a number"
                + " written like 1,234.56; it reads as 1234.56 (de) in another number format");
    }

    @Test
    @Order(1)
    void aProjectWithoutProfileIsReportedWithAGuessedProfile() {
        Answer check = check("numberFormat=de&timeZone=Europe/Berlin");

        JsonObject project = check.at("projects").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(project.get("key").getAsString()).isEqualTo("DRY");
        assertThat(project.getAsJsonArray("profiles")).isEmpty();
        JsonObject offer = project.getAsJsonObject("offer");
        assertThat(offer.get("amount").getAsString()).isEqualTo("Amount");
        assertThat(offer.get("customer").getAsString()).isEqualTo("Customer");
        JsonObject deals = offer.getAsJsonArray("types").get(0).getAsJsonObject();
        assertThat(deals.get("name").getAsString()).isEqualTo("Opportunity");
        assertThat(deals.get("kind").getAsString()).isEqualTo("deal");
        List<String> roles = new ArrayList<>();
        deals.getAsJsonArray("statuses").forEach(status -> roles.add(status.getAsJsonObject().get("name").getAsString()
                + "=" + status.getAsJsonObject().get("role").getAsString()));
        assertThat(roles).describedAs("the statuses of the rows that will be stored")
                .containsExactly("Closed Won=won", "Closed Lost=lost");
        assertThat(offer.getAsJsonArray("types").get(1).getAsJsonObject().get("kind").getAsString()).isEqualTo("lead");
    }

    @Test
    @Order(1)
    void anUnknownNumberFormatIsRefusedByName() {
        Answer refused = admin.postFile("/imports/checks?numberFormat=xx", "text/csv",
                EXPORT.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("numberFormat");
    }

    @Test
    @Order(2)
    void theCheckedFileIsImportedWithoutASecondUploadThenItsProfileIsCreated() {
        Answer check = check("numberFormat=de&timeZone=Europe/Berlin");
        Answer started = admin.post("/imports/checks/" + check.text("checkId") + "/import", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        Answer job = await(started.text("id"));
        assertThat(job.text("state")).as(job.body()).isEqualTo("DONE");
        assertThat(job.number("report.created").intValue()).isEqualTo(3);
        assertThat(admin.get("/issues?jql=" + Api.query("Amount = 1234.56")).number("total").intValue()).isEqualTo(1);
        Answer again = admin.post("/imports/checks/" + check.text("checkId") + "/import", "");
        assertThat(again.status()).describedAs("a checked file is imported once").isEqualTo(404);
        assertThat(again.body()).contains("saleskpi.import.check.gone");

        String amount = fieldId("Amount");
        Answer profile = admin.post("/profiles", """
                {"name":"DRY sales","project":"DRY","dealTypes":["Opportunity"],"leadTypes":["Lead"],
                 "wonStatuses":["Closed Won"],"lostStatuses":["Closed Lost"],"fields":{"amount":"%s"},
                 "currency":"EUR","timeZone":"Europe/Berlin"}""".formatted(amount));
        assertThat(profile.status()).as(profile.body()).isEqualTo(201);

        Answer next = check("numberFormat=de&timeZone=Europe/Berlin");
        JsonObject project = next.at("projects").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(project.getAsJsonArray("profiles").toString()).isEqualTo("[\"DRY sales\"]");
        assertThat(project.get("offer").isJsonNull()).isTrue();
        JsonObject first = next.at("firstRows").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(first.get("currency").getAsString()).isEqualTo("EUR");
        assertThat(next.number("unchanged").intValue()).isEqualTo(3);
        // The profile names no converted status: its lead (line 6) would never count as converted.
        List<String> warnings = new ArrayList<>();
        for (JsonElement element : next.at("problems").getAsJsonArray()) {
            JsonObject problem = element.getAsJsonObject();
            warnings.add(problem.get("line").getAsLong() + " " + problem.get("messageKey").getAsString() + " "
                    + problem.get("params"));
        }
        assertThat(warnings).contains("6 saleskpi.import.problem.status.noConverted [\"DRY sales\",\"Open\"]");
        Answer guide = admin.get("/imports/guide");
        assertThat(guide.at("profiles").toString()).contains("\"amount\":\"Custom field (Amount)\"")
                .contains("\"closeDate\":\"Resolved\"").contains("\"wonStatuses\":[\"Closed Won\"]");
    }

    @Test
    @Order(3)
    void aDoneStatusTheProfileDoesNotNameIsAWarning() {
        String file = "Summary,Issue key,Issue Type,Status,Status Category,Resolution,Created,Resolved\n"
                + "Signed,DRY-9,Opportunity,Closed-Won,Done,Done,01/Mar/24 9:00 AM,02/Mar/24 9:00 AM\n";
        Answer check = admin.postFile("/imports/checks?timeZone=UTC", "text/csv", file.getBytes(StandardCharsets.UTF_8));

        JsonObject problem = check.at("problems").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(problem.get("messageKey").getAsString()).isEqualTo("saleskpi.import.problem.status.closed");
        assertThat(problem.get("column").getAsString()).isEqualTo("Status");
        assertThat(problem.get("params").toString()).isEqualTo("[\"Closed-Won\",\"DRY sales\",\"Closed Won\",\"Closed Lost\"]");
    }

    /**
     * The profile's converted and churned statuses are checked against the statuses of the file's leads and
     * customers: none of them in one is a warning on the first such row, naming the profile's statuses and the
     * file's, so a "Converted" the file calls "Qualified" is caught before importing; a file with one is not.
     */
    @Test
    @Order(4)
    void convertedAndChurnedStatusesTheFileDoesNotHaveAreWarnings() {
        Answer profile = admin.post("/profiles", """
                {"name":"Funnel","project":"FUN","dealTypes":["Opportunity"],"leadTypes":["Lead"],
                 "customerTypes":["Customer"],"wonStatuses":["Won"],"convertedStatuses":["Converted"],
                 "churnedStatuses":["Churned"],"fields":{"amount":"%s"},"timeZone":"UTC"}""".formatted(fieldId("Amount")));
        assertThat(profile.status()).as(profile.body()).isEqualTo(201);
        String header = "Summary,Issue key,Issue Type,Status,Status Category,Created\n";
        String file = header
                + "Inbound,FUN-1,Lead,New,To Do,01/Mar/24 9:00 AM\n"
                + "Acme,FUN-2,Customer,Active,In Progress,01/Mar/24 9:00 AM\n"
                + "Web form,FUN-3,Lead,Qualified,Done,02/Mar/24 9:00 AM\n";

        Answer check = admin.postFile("/imports/checks?timeZone=UTC", "text/csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(check.status()).as(check.body()).isEqualTo(200);
        List<String> problems = new ArrayList<>();
        for (JsonElement element : check.at("problems").getAsJsonArray()) {
            JsonObject problem = element.getAsJsonObject();
            problems.add(problem.get("line").getAsLong() + " " + problem.get("column").getAsString() + " "
                    + problem.get("severity").getAsString() + " " + problem.get("messageKey").getAsString() + " "
                    + problem.get("params"));
        }
        assertThat(problems).containsExactly(
                "2 Status WARNING saleskpi.import.problem.status.converted [\"Funnel\",\"Converted\",\"New, Qualified\"]",
                "3 Status WARNING saleskpi.import.problem.status.churned [\"Funnel\",\"Churned\",\"Active\"]");
        assertThat(check.at("problems").getAsJsonArray().get(0).getAsJsonObject().get("message").getAsString())
                .isEqualTo("no lead of the file is in a converted status of profile Funnel (Converted); they are in"
                        + " New, Qualified: if one of these means converted, add it to the profile");

        String withConverted = file + "Referral,FUN-4,Lead,Converted,Done,03/Mar/24 9:00 AM\n"
                + "Gone,FUN-5,Customer,Churned,Done,03/Mar/24 9:00 AM\n";
        Answer fine = admin.postFile("/imports/checks?timeZone=UTC", "text/csv",
                withConverted.getBytes(StandardCharsets.UTF_8));
        assertThat(fine.at("problems").getAsJsonArray()).isEmpty();
    }

    private static Answer check(String query) {
        return admin.postFile("/imports/checks?" + query, "text/csv", EXPORT.getBytes(StandardCharsets.UTF_8));
    }

    private static String fieldId(String name) {
        for (JsonElement field : admin.get("/fields").array()) {
            if (field.getAsJsonObject().get("name").getAsString().equals(name)) {
                return field.getAsJsonObject().get("id").getAsString();
            }
        }
        throw new AssertionError("no field " + name);
    }

    private static Answer await(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Answer job = admin.get("/imports/" + id);
            if (!"RUNNING".equals(job.text("state")) || System.nanoTime() > deadline) {
                return job;
            }
            Thread.onSpinWait();
        }
    }
}
