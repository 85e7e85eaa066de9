package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Issue.issue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.RunningServer;

/**
 * The spans a comparison covers, in the gadget JSON of the real server on each database
 * ({@code ComparisonsOverHttpOnH2Test}, {@code ComparisonsOverHttpOnPostgresTest}). ACME won
 * 100 on 15 Jan 2024, 250 on 10 Feb, 4000 on 25 Feb and 700 on 20 Apr (profile zone UTC). Q2 2024
 * is over: 700 against all of Q1, 4350; by month April (700) against January (100), May against
 * February (4250), June against March (0).
 */
abstract class ComparisonsOverHttp {
    private static final String Q2 = "&period=2024-04-01..2024-07-01";

    /** A server without the demo on the database under test. */
    abstract RunningServer start() throws Exception;

    @Test
    void gadgetsAnswerWithTheSpansTheyCompare() throws Exception {
        try (RunningServer server = start()) {
            Client admin = Api.of(server).admin();
            long profile = book(Api.of(server), admin);

            JsonObject calculation = admin.get("/gadgets/calculation/data?profile=" + profile
                    + "&kpi=won-revenue" + Q2).object();
            JsonObject comparison = calculation.getAsJsonObject("comparison");
            assertSpan(comparison.getAsJsonObject("current"), "2024-04-01", "2024-07-01");
            assertSpan(comparison.getAsJsonObject("previous"), "2024-01-01", "2024-04-01");
            assertThat(comparison.get("zone").getAsString()).isEqualTo("UTC");
            assertThat(comparison.get("running").getAsBoolean()).isFalse();
            assertThat(calculation.get("value").getAsBigDecimal()).isEqualByComparingTo("700");
            assertThat(calculation.get("previous").getAsBigDecimal()).isEqualByComparingTo("4350");

            JsonObject line = admin.get("/gadgets/line/data?profile=" + profile
                    + "&kpi=won-revenue&bucket=month&comparePrevious=true" + Q2).object();
            JsonArray comparisons = line.getAsJsonArray("comparisons");
            assertThat(comparisons).hasSize(3);
            assertSpan(comparisons.get(1).getAsJsonObject().getAsJsonObject("current"), "2024-05-01", "2024-06-01");
            assertSpan(comparisons.get(1).getAsJsonObject().getAsJsonObject("previous"), "2024-02-01", "2024-03-01");
            JsonObject previous = line.getAsJsonArray("series").asList().stream().map(s -> s.getAsJsonObject())
                    .filter(s -> s.get("kind").getAsString().equals("previous")).findFirst().orElseThrow();
            assertThat(previous.getAsJsonArray("values").asList().stream().map(v -> v.getAsBigDecimal().intValue()))
                    .containsExactly(100, 4250, 0);
        }
    }

    private static long book(Api api, Client admin) {
        Map<String, String> field = api.defineSalesFields();
        String amount = field.get("Amount");
        List<Issue> deals = List.of(
                won("ACME-1", "2024-01-15").field(amount, 100),
                won("ACME-2", "2024-02-10").field(amount, 250),
                won("ACME-3", "2024-02-25").field(amount, 4000),
                won("ACME-4", "2024-04-20").field(amount, 700));
        for (Issue deal : deals) {
            Answer saved = admin.post("/issues", deal.json());
            assertThat(saved.status()).as(deal.key() + ": " + saved.body()).isIn(200, 201);
        }
        Answer created = admin.post("/profiles", """
                {"name":"ACME sales","project":"ACME","scope":"project = ACME","leadTypes":["Lead"],
                 "dealTypes":["Opportunity"],"wonStatuses":["Won"],"lostStatuses":["Lost"],
                 "fields":{"amount":"%s"},"rep":"assignee","currency":"EUR","timeZone":"UTC"}
                """.formatted(amount));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.number("id").longValue();
    }

    private static Issue won(String key, String day) {
        return issue(key, "Opportunity", "Won").by("admin").created("2024-01-01").resolved(day);
    }

    private static void assertSpan(JsonObject span, String from, String to) {
        assertThat(span.get("from").getAsString()).isEqualTo(from);
        assertThat(span.get("to").getAsString()).isEqualTo(to);
    }
}
