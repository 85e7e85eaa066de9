package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Api.json;
import static org.saleskpi.server.e2e.Issue.issue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saleskpi.server.RunningServer;

/**
 * Every KPI of a small ACME book for March 2024 ({@code 2024-03-01..2024-04-01}, profile zone UTC),
 * posted through {@code POST /issues} and computed by the real JQL and index. Worked out by hand
 * (days between dates; February 2024 has 29 days):
 * <pre>
 * won-revenue        deals won in March: ACME-1 1200.25 (rita) + ACME-2 800.00 (rita) + ACME-3 2499.75 (ralf)
 *                    = 4500.00, count 3
 * target-attainment  quotas rita 3000 + ralf 3000 = 6000; 4500 / 6000 = 0.75
 * sales-per-rep      rita 2000.25 (2 deals, average 1000.125), ralf 2499.75 (1), rosa none
 * sales-cycle        ACME-1 02-05..03-06 = 30 days, ACME-2 03-04..03-18 = 14, ACME-3 02-20..03-25 = 34:
 *                    mean 78 / 3 = 26, median 30
 * email-open-rate    campaigns created in March: ACME-12 100 + ACME-13 75 opened / 400 + 100 sent = 0.35
 *                    (ACME-14, February, 10 of 1000, is left out)
 * new-leads          leads created in March: ACME-8, -9, -11 = 3
 * new-opportunities  deals created in March: ACME-2, -4, -7 = 3
 * lead-conversion    of those 3 leads only ACME-8 is Converted (ACME-11 is Disqualified): 1/3
 * win-rate           won 3 / (won 3 + lost ACME-4 and ACME-5) = 0.6
 * time-to-convert    converted leads resolved in March: ACME-8 03-01..03-08 = 7, ACME-10 02-25..03-04 = 8: 7.5
 * sales-growth       February's win ACME-6 1500: (4500 - 1500) / 1500 = 2
 * clv                won up to March's end 1200.25 + 800 + 2499.75 + 1500 = 6000 over Globex, Initech,
 *                    Hooli = 2000
 * churn-rate         customers at the start: ACME-15, -16, -17 (ACME-18 churned in February) = 3;
 *                    churned in March ACME-16 = 1: 1/3
 * retention-rate     new ACME-19, -20 = 2; at the end 3 + 2 - 1 = 4: (4 - 2) / 3 = 2/3
 * cac                costs created in March ACME-21 450.50 + ACME-22 150 = 600.50 / 2 new customers = 300.25
 * open-pipeline      open deals (neither won nor lost) now: ACME-7 3000
 * forecast           won in March 4500 (no category field: won and pipeline; ACME-7 has no close date yet)
 * pipeline-coverage  open amount closing in March 0 / (6000 - 4500 won) = 0
 * </pre>
 * BETA-1, a 99999 win of rita's in March, is outside the profile's project and in none of them.
 */
class KpisOverHttpTest {
    private static final String MARCH = "&period=2024-03-01..2024-04-01";
    private static RunningServer server;
    private static Client admin;
    private static long profile;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
        Api api = Api.of(server);
        admin = api.admin();
        api.user("rita", "Rita Rep");
        api.user("ralf", "Ralf Rep");
        api.user("rosa", "Rosa Rep");
        Map<String, String> field = api.defineSalesFields();
        String amount = field.get("Amount");
        String customer = field.get("Customer");
        String cost = field.get("Cost");
        String sent = field.get("Emails sent");
        String opened = field.get("Emails opened");

        List<Issue> book = List.of(
                deal("ACME-1", "Won", "rita", "2024-02-05", "2024-03-06").field(amount, 1200.25).field(customer, "Globex"),
                deal("ACME-2", "Won", "rita", "2024-03-04", "2024-03-18").field(amount, 800.00).field(customer, "Initech"),
                deal("ACME-3", "Won", "ralf", "2024-02-20", "2024-03-25").field(amount, 2499.75).field(customer, "Globex"),
                deal("ACME-4", "Lost", "ralf", "2024-03-07", "2024-03-21").field(amount, 600).field(customer, "Umbrella"),
                deal("ACME-5", "Lost", "rosa", "2024-02-01", "2024-03-02").field(amount, 900).field(customer, "Hooli"),
                deal("ACME-6", "Won", "rosa", "2024-01-10", "2024-02-14").field(amount, 1500).field(customer, "Hooli"),
                deal("ACME-7", "Negotiation", "rita", "2024-03-12", null).field(amount, 3000).field(customer, "Stark"),
                lead("ACME-8", "Converted", "rita", "2024-03-01", "2024-03-08"),
                lead("ACME-9", "Open", "ralf", "2024-03-10", null),
                lead("ACME-10", "Converted", "ralf", "2024-02-25", "2024-03-04"),
                lead("ACME-11", "Disqualified", "rosa", "2024-03-15", "2024-03-20"),
                issue("ACME-12", "Campaign", "Sent").by("rita").created("2024-03-03").field(sent, 400).field(opened, 100),
                issue("ACME-13", "Campaign", "Sent").by("rosa").created("2024-03-20").field(sent, 100).field(opened, 75),
                issue("ACME-14", "Campaign", "Sent").by("ralf").created("2024-02-10").field(sent, 1000).field(opened, 10),
                customer("ACME-15", "Active", "2023-11-01", null),
                customer("ACME-16", "Churned", "2023-12-01", "2024-03-15"),
                customer("ACME-17", "Active", "2024-01-10", null),
                customer("ACME-18", "Churned", "2024-01-15", "2024-02-10"),
                customer("ACME-19", "Active", "2024-03-05", null),
                customer("ACME-20", "Active", "2024-03-22", null),
                issue("ACME-21", "Expense", "Approved").by("rita").created("2024-03-12").field(cost, 450.50),
                issue("ACME-22", "Expense", "Approved").by("ralf").created("2024-03-28").field(cost, 150),
                issue("ACME-23", "Expense", "Approved").by("rosa").created("2024-02-12").field(cost, 999),
                deal("BETA-1", "Won", "rita", "2024-03-01", "2024-03-10").field(amount, 99999).field(customer, "Globex"));
        for (Issue issue : book) {
            Answer saved = admin.post("/issues", issue.json());
            assertThat(saved.status()).as(issue.key() + ": " + saved.body()).isIn(200, 201);
        }

        Answer created = admin.post("/profiles", """
                {"name":"ACME sales","project":"ACME","scope":"project = ACME","leadTypes":["Lead"],
                 "dealTypes":["Opportunity"],"customerTypes":["Customer"],"campaignTypes":["Campaign"],
                 "costTypes":["Expense"],"wonStatuses":["Won"],"lostStatuses":["Lost"],
                 "convertedStatuses":["Converted"],"churnedStatuses":["Churned"],
                 "fields":{"amount":"%s","customer":"%s","cost":"%s","emailsSent":"%s","emailsOpened":"%s"},
                 "rep":"assignee","currency":"EUR","timeZone":"UTC"}
                """.formatted(amount, customer, cost, sent, opened));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        profile = created.number("id").longValue();
        quota("rita", 3000);
        quota("ralf", 3000);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theBookIsStoredAsPosted() {
        Answer acme = admin.get("/issues?maxResults=100&jql=" + Api.query("project = ACME"));

        assertThat(acme.number("total").intValue()).isEqualTo(23);
        assertThat(admin.get("/issues?jql=" + Api.query("project = BETA")).number("total").intValue()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "won-revenue, 4500, amount",
        "target-attainment, 0.75, ratio",
        "sales-per-rep, 4500, amount",
        "sales-cycle, 26, days",
        "email-open-rate, 0.35, ratio",
        "new-leads, 3, count",
        "new-opportunities, 3, count",
        "lead-conversion, 0.3333, ratio",
        "win-rate, 0.6, ratio",
        "time-to-convert, 7.5, days",
        "sales-growth, 2, ratio",
        "clv, 2000, amount",
        "churn-rate, 0.3333, ratio",
        "retention-rate, 0.6667, ratio",
        "cac, 300.25, amount",
        "open-pipeline, 3000, amount",
        "forecast, 4500, amount",
        "pipeline-coverage, 0, ratio"
    })
    void everyKpiOfMarchAsWorkedOutByHand(String key, BigDecimal expected, String unit) {
        JsonObject json = kpi(key, MARCH);

        assertThat(json.get("unit").getAsString()).isEqualTo(unit);
        assertThat(json.get("currency").getAsString()).isEqualTo("EUR");
        assertThat(json.get("absentReason").isJsonNull()).as(json.toString()).isTrue();
        assertThat(json.get("value").getAsBigDecimal().setScale(4, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo(expected.setScale(4, RoundingMode.HALF_EVEN));
    }

    @Test
    void theListOfKpisHoldsExactlyThoseCheckedHere() {
        List<String> keys = new ArrayList<>();
        admin.get("/kpis").json().getAsJsonArray().forEach(k -> keys.add(k.getAsJsonObject().get("key").getAsString()));

        assertThat(keys).containsExactlyInAnyOrder("won-revenue", "target-attainment", "sales-per-rep", "sales-cycle",
                "email-open-rate", "new-leads", "new-opportunities", "lead-conversion", "win-rate", "time-to-convert",
                "sales-growth", "clv", "churn-rate", "retention-rate", "cac", "stage-funnel", "time-in-stage",
                "sales-velocity", "close-date-slippage", "pipeline-movement", "open-pipeline", "forecast",
                "pipeline-coverage");
    }

    @Test
    void moneyStaysExactAndTheMeasuresCarryEveryFigure() {
        JsonObject won = kpi("won-revenue", MARCH).getAsJsonObject("measures");
        assertThat(won.get("amount").getAsString()).isEqualTo("4500.00");
        assertThat(won.get("count").getAsInt()).isEqualTo(3);

        assertThat(kpi("sales-cycle", MARCH).getAsJsonObject("measures").get("medianDays").getAsBigDecimal())
                .isEqualByComparingTo("30");
        JsonObject churn = kpi("churn-rate", MARCH).getAsJsonObject("measures");
        assertThat(List.of(churn.get("atStart").getAsInt(), churn.get("lost").getAsInt(),
                churn.get("gained").getAsInt(), churn.get("atEnd").getAsInt())).containsExactly(3, 1, 2, 4);
    }

    @Test
    void salesPerRepGroupsByRepWithTheirAverageDealSize() {
        JsonObject json = kpi("sales-per-rep", MARCH);

        Map<String, JsonObject> reps = groups(json);
        assertThat(reps.get("rita").get("label").getAsString()).isEqualTo("Rita Rep");
        assertThat(reps.get("rita").get("value").getAsBigDecimal()).isEqualByComparingTo("2000.25");
        assertThat(reps.get("rita").getAsJsonObject("measures").get("averageDealSize").getAsBigDecimal())
                .isEqualByComparingTo("1000.125");
        assertThat(reps.get("ralf").get("value").getAsBigDecimal()).isEqualByComparingTo("2499.75");
        assertThat(reps.get("ralf").getAsJsonObject("measures").get("count").getAsInt()).isEqualTo(1);
        assertThat(reps.get("rosa").get("value").getAsBigDecimal()).describedAs("a rep without a win shows 0")
                .isEqualByComparingTo("0");
    }

    @Test
    void wonRevenueByMonthSplitsFebruaryFromMarch() {
        JsonObject json = kpi("won-revenue", "&period=2024-02-01..2024-04-01&bucket=month");

        assertThat(json.getAsJsonArray("buckets")).hasSize(2);
        assertThat(json.getAsJsonArray("buckets").get(0).getAsJsonObject().get("value").getAsBigDecimal())
                .isEqualByComparingTo("1500");
        assertThat(json.getAsJsonArray("buckets").get(1).getAsJsonObject().get("value").getAsBigDecimal())
                .isEqualByComparingTo("4500");
        assertThat(json.get("value").getAsBigDecimal()).isEqualByComparingTo("6000");
    }

    @Test
    void aJqlNarrowingRunsThroughTheRealParser() {
        JsonObject json = kpi("won-revenue", MARCH + "&jql=" + Api.query("assignee = ralf"));

        assertThat(json.get("value").getAsBigDecimal()).isEqualByComparingTo("2499.75");
        // A query copied from Jira's issue search keeps its sort order; the narrowing drops it before composing.
        JsonObject sorted = kpi("won-revenue", MARCH + "&jql=" + Api.query("assignee = ralf ORDER BY created DESC"));
        assertThat(sorted.get("value").getAsBigDecimal()).isEqualByComparingTo("2499.75");
    }

    @ParameterizedTest(name = "jql: {0}")
    @CsvSource(delimiter = '|', value = {"''", "assignee = ralf", "assignee = rita ORDER BY created DESC"})
    void theKpiListsRowsAreTheKpisValuesThroughTheRealParser(String jql) {
        String narrowed = MARCH + (jql.isEmpty() ? "" : "&jql=" + Api.query(jql));
        // Every KPI's headline, and one figure that is not a headline.
        StringBuilder kpis = new StringBuilder();
        admin.get("/kpis").json().getAsJsonArray()
                .forEach(k -> kpis.append("&kpi=").append(k.getAsJsonObject().get("key").getAsString()));
        kpis.append("&kpi=won-revenue.count");
        Answer list = admin.get("/gadgets/kpi-list/data?profile=" + profile + narrowed + kpis);
        assertThat(list.status()).as(list.body()).isEqualTo(200);

        List<String> checked = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        list.object().getAsJsonArray("rows").forEach(element -> {
            JsonObject row = element.getAsJsonObject();
            String figure = row.get("figure").getAsString();
            JsonObject kpi = kpi(figure.substring(0, figure.indexOf('.')), narrowed);
            // A headline is the KPI's value; another figure is one of its measures.
            JsonElement expected = figure.equals("won-revenue.count")
                    ? kpi.getAsJsonObject("measures").get("count") : kpi.get("value");
            if (!figure.equals("won-revenue.count")) {
                assertThat(row.get("unit")).as(figure).isEqualTo(kpi.get("unit"));
                assertThat(row.get("absentReason")).as(figure).isEqualTo(kpi.get("absentReason"));
            }
            assertThat(row.get("value").isJsonNull()).as(figure).isEqualTo(expected.isJsonNull());
            if (!expected.isJsonNull()) {
                assertThat(row.get("value").getAsBigDecimal()).as(figure)
                        .isEqualByComparingTo(expected.getAsBigDecimal());
            }
            if (row.get("unit").getAsString().equals("count") && !row.get("value").isJsonNull()) {
                // A count's drill-down selects exactly the issues it counted (the funnel without stages counts none).
                assertThat(row.has("jql")).as(figure).isTrue();
                Answer issues = admin.get("/issues?maxResults=1&jql=" + Api.query(row.get("jql").getAsString()));
                assertThat(issues.number("total").intValue()).as(figure + ": " + row.get("jql"))
                        .isEqualTo(row.get("value").getAsInt());
                counts.add(figure);
            }
            checked.add(figure);
        });
        assertThat(checked).hasSize(24).contains("won-revenue.amount", "win-rate.rate", "stage-funnel.reached");
        assertThat(counts).containsExactly("new-leads.count", "new-opportunities.count", "won-revenue.count");
        JsonObject won = list.object().getAsJsonArray("rows").get(checked.indexOf("won-revenue.amount"))
                .getAsJsonObject();
        assertThat(won.get("value").getAsBigDecimal()).isEqualByComparingTo(
                jql.isEmpty() ? "4500" : jql.startsWith("assignee = ralf") ? "2499.75" : "2000.25");
    }

    @ParameterizedTest(name = "{0} = {1} of {2}")
    @CsvSource({
        "win-rate, 3, 5",
        "lead-conversion, 1, 3",
        "email-open-rate, 175, 500",
        "churn-rate, 1, 3",
        "retention-rate, 2, 3",
    })
    void aRateAnswersTheCountsItDividesAsWorkedOutByHand(String key, int numerator, int denominator) {
        JsonObject json = kpi(key, MARCH);

        assertThat(json.get("numerator").getAsInt()).as(json.toString()).isEqualTo(numerator);
        assertThat(json.get("denominator").getAsInt()).isEqualTo(denominator);
        String rate = json.getAsJsonObject("measures").keySet().iterator().next();
        assertThat(json.getAsJsonObject("measureParts").getAsJsonObject(rate).get("numerator").getAsInt())
                .isEqualTo(numerator);
        assertThat(json.get("value").getAsBigDecimal().setScale(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo(
                BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_EVEN));
    }

    @Test
    void aWinRatesCountsAreTheWonDealsAndTheIssuesItsDrillDownLists() {
        JsonObject team = kpi("win-rate", MARCH + "&groupBy=rep");
        Map<String, JsonObject> wins = groups(kpi("won-revenue", MARCH + "&groupBy=rep"));
        Map<String, JsonObject> reps = groups(team);

        assertThat(team.get("numerator").getAsInt())
                .isEqualTo(kpi("won-revenue", MARCH).getAsJsonObject("measures").get("count").getAsInt());
        // rita won both her closed deals, ralf one of two, rosa none of one.
        assertThat(List.of(reps.get("rita").get("numerator").getAsInt(), reps.get("rita").get("denominator").getAsInt(),
                reps.get("ralf").get("numerator").getAsInt(), reps.get("ralf").get("denominator").getAsInt(),
                reps.get("rosa").get("numerator").getAsInt(), reps.get("rosa").get("denominator").getAsInt()))
                .containsExactly(2, 2, 1, 2, 0, 1);
        reps.forEach((rep, group) -> assertThat(group.get("numerator").getAsInt()).as(rep)
                .isEqualTo(wins.get(rep).getAsJsonObject("measures").get("count").getAsInt()));

        // The calculation gadget drills into the closed deals: its list holds the denominator's issues.
        Answer calculation = admin.get("/gadgets/calculation/data?profile=" + profile + MARCH + "&kpi=win-rate"
                + "&jql=" + Api.query("assignee = ralf"));
        assertThat(calculation.status()).as(calculation.body()).isEqualTo(200);
        JsonObject ralf = calculation.object();
        assertThat(List.of(ralf.get("numerator").getAsInt(), ralf.get("denominator").getAsInt())).containsExactly(1, 2);
        assertThat(admin.get("/issues?maxResults=1&jql=" + Api.query(ralf.get("jql").getAsString())).number("total")
                .intValue()).isEqualTo(ralf.get("denominator").getAsInt());
    }

    @Test
    void theCalculationsPreviousWinRateCarriesFebruarysCountsAndItsDrillListsThem() {
        // February: ACME-6 (rosa) won, nothing lost: 1 won of 1 closed; March 3 of 5.
        Answer answer = admin.get("/gadgets/calculation/data?profile=" + profile + MARCH + "&kpi=win-rate");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject calculation = answer.object();

        assertThat(List.of(calculation.get("numerator").getAsInt(), calculation.get("denominator").getAsInt(),
                calculation.get("previousNumerator").getAsInt(), calculation.get("previousDenominator").getAsInt()))
                .containsExactly(3, 5, 1, 1);
        assertThat(total(calculation.get("previousJql").getAsString()))
                .isEqualTo(calculation.get("previousDenominator").getAsInt());
        Answer amount = admin.get("/gadgets/calculation/data?profile=" + profile + MARCH + "&kpi=new-leads");
        assertThat(amount.object().has("previousNumerator")).as("a count is no rate").isFalse();
    }

    @Test
    void eachPointOfAWinRateLineCarriesItsBucketsCountsAndItsDrillListsThem() {
        // By rep, February then March: rosa 1 of 1 (ACME-6) then 0 of 1 (ACME-5 lost); ralf 0 of 0 then 1 of 2;
        // rita 0 of 0 then 2 of 2.
        Answer answer = admin.get("/gadgets/line/data?profile=" + profile + "&period=2024-02-01..2024-04-01"
                + "&kpi=win-rate&bucket=month&groupBy=rep");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Map<String, JsonObject> lines = series(answer.object(), "actual");

        assertThat(counts(lines.get("rosa"))).containsExactly(1, 1, 0, 1);
        assertThat(counts(lines.get("ralf"))).containsExactly(0, 0, 1, 2);
        assertThat(counts(lines.get("rita"))).containsExactly(0, 0, 2, 2);
        lines.forEach((rep, line) -> {
            for (int i = 0; i < 2; i++) {
                assertThat(total(line.getAsJsonArray("jql").get(i).getAsString())).as(rep + " bucket " + i)
                        .isEqualTo(line.getAsJsonArray("denominators").get(i).getAsInt());
            }
        });

        // March compared with February: the dashed line's point carries February's counts.
        Answer compared = admin.get("/gadgets/line/data?profile=" + profile + MARCH
                + "&kpi=win-rate&bucket=month&comparePrevious=true");
        assertThat(compared.status()).as(compared.body()).isEqualTo(200);
        JsonObject previous = series(compared.object(), "previous").get("");
        assertThat(counts(previous)).containsExactly(1, 1);
        assertThat(total(previous.getAsJsonArray("jql").get(0).getAsString())).isEqualTo(1);
        assertThat(counts(series(compared.object(), "actual").get(""))).containsExactly(3, 5);
        Answer revenue = admin.get("/gadgets/line/data?profile=" + profile + MARCH + "&kpi=won-revenue&bucket=month");
        assertThat(series(revenue.object(), "actual").get("").has("numerators")).as("an amount is no rate").isFalse();
    }

    @Test
    void eachBarOfAWinRateByRepCarriesItsCountsAndItsDrillListsThem() {
        Answer answer = admin.get("/gadgets/bar/data?profile=" + profile + MARCH + "&kpi=win-rate&groupBy=rep");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Map<String, JsonObject> bars = new HashMap<>();
        answer.object().getAsJsonArray("bars").forEach(b -> bars.put(b.getAsJsonObject().get("group").getAsString(),
                b.getAsJsonObject()));

        assertThat(List.of(bars.get("rita").get("numerator").getAsInt(), bars.get("rita").get("denominator").getAsInt(),
                bars.get("ralf").get("numerator").getAsInt(), bars.get("ralf").get("denominator").getAsInt(),
                bars.get("rosa").get("numerator").getAsInt(), bars.get("rosa").get("denominator").getAsInt()))
                .containsExactly(2, 2, 1, 2, 0, 1);
        bars.forEach((rep, bar) -> assertThat(total(bar.get("jql").getAsString())).as(rep)
                .isEqualTo(bar.get("denominator").getAsInt()));
    }

    @Test
    void ratesOfMoneyAnswerTheAmountsTheyDivide() {
        // March: won 4500 of quotas 6000; coverage: open amount closing in March 0 of 6000 - 4500 = 1500 to win.
        JsonObject attainment = kpi("target-attainment", MARCH);
        JsonObject coverage = kpi("pipeline-coverage", MARCH);

        assertThat(List.of(attainment.get("numerator").getAsBigDecimal(), attainment.get("denominator").getAsBigDecimal()))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("4500"), new BigDecimal("6000"));
        assertThat(attainment.get("partsUnit").getAsString()).isEqualTo("amount");
        assertThat(List.of(coverage.get("numerator").getAsBigDecimal(), coverage.get("denominator").getAsBigDecimal()))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.ZERO, new BigDecimal("1500"));
        assertThat(coverage.get("partsUnit").getAsString()).isEqualTo("amount");
        assertThat(kpi("win-rate", MARCH).has("partsUnit")).as("counts are no money").isFalse();

        Answer calculation = admin.get("/gadgets/calculation/data?profile=" + profile + MARCH
                + "&kpi=target-attainment");
        assertThat(calculation.status()).as(calculation.body()).isEqualTo(200);
        assertThat(calculation.object().get("denominator").getAsBigDecimal()).isEqualByComparingTo("6000");
        assertThat(calculation.object().get("partsUnit").getAsString()).isEqualTo("amount");
        assertThat(calculation.object().get("numerator").getAsBigDecimal()).isEqualByComparingTo("4500");
    }

    @Test
    void theTablesRateCellsAndTotalsCarryTheirCountsAndOtherCellsNone() {
        Answer answer = admin.get("/gadgets/table/data?profile=" + profile + MARCH
                + "&kpi=won-revenue&kpi=win-rate&groupBy=rep");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject table = answer.object();
        Map<String, JsonObject> rows = new HashMap<>();
        table.getAsJsonArray("rows").forEach(r -> rows.put(r.getAsJsonObject().get("group").getAsString(),
                r.getAsJsonObject()));

        assertThat(rows.get("ralf").getAsJsonArray("numerators").get(0).isJsonNull()).isTrue();
        assertThat(rows.get("ralf").getAsJsonArray("numerators").get(1).getAsInt()).isEqualTo(1);
        assertThat(rows.get("ralf").getAsJsonArray("denominators").get(1).getAsInt()).isEqualTo(2);
        assertThat(rows.get("rosa").getAsJsonArray("numerators").get(1).getAsInt()).isZero();
        JsonObject totals = table.getAsJsonObject("totals");
        assertThat(List.of(totals.getAsJsonArray("numerators").get(1).getAsInt(),
                totals.getAsJsonArray("denominators").get(1).getAsInt())).containsExactly(3, 5);
    }

    @Test
    void aRateOfNothingAnswersZeroOfZeroBesideItsReason() {
        // No deal closed in June 2023: no win rate, and the counts say why.
        String june = "&period=2023-06-01..2023-07-01";
        JsonObject json = kpi("win-rate", june);

        assertThat(json.get("value").isJsonNull()).isTrue();
        assertThat(json.get("absentReason").getAsString()).isEqualTo("zero-denominator");
        assertThat(List.of(json.get("numerator").getAsInt(), json.get("denominator").getAsInt())).containsExactly(0, 0);
        Answer list = admin.get("/gadgets/kpi-list/data?profile=" + profile + june + "&kpi=win-rate&kpi=won-revenue");
        JsonObject rate = list.object().getAsJsonArray("rows").get(0).getAsJsonObject();
        assertThat(List.of(rate.get("numerator").getAsInt(), rate.get("denominator").getAsInt())).containsExactly(0, 0);
        assertThat(list.object().getAsJsonArray("rows").get(1).getAsJsonObject().has("numerator"))
                .as("an amount is no rate").isFalse();
    }

    /** How many issues a drill-down's JQL lists. */
    private static int total(String jql) {
        return admin.get("/issues?maxResults=1&jql=" + Api.query(jql)).number("total").intValue();
    }

    /** A line gadget's series of one kind by group ("" when not grouped). */
    private static Map<String, JsonObject> series(JsonObject line, String kind) {
        Map<String, JsonObject> series = new HashMap<>();
        line.getAsJsonArray("series").forEach(s -> {
            if (s.getAsJsonObject().get("kind").getAsString().equals(kind)) {
                series.put(s.getAsJsonObject().get("group").getAsString(), s.getAsJsonObject());
            }
        });
        return series;
    }

    /** A line's counts bucket by bucket: numerator then denominator of each. */
    private static List<Integer> counts(JsonObject line) {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < line.getAsJsonArray("values").size(); i++) {
            counts.add(line.getAsJsonArray("numerators").get(i).getAsInt());
            counts.add(line.getAsJsonArray("denominators").get(i).getAsInt());
        }
        return counts;
    }

    private static JsonObject kpi(String key, String query) {
        Answer answer = admin.get("/kpis/" + key + "?profile=" + profile + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.object();
    }

    private static Map<String, JsonObject> groups(JsonObject json) {
        Map<String, JsonObject> groups = new HashMap<>();
        json.getAsJsonArray("groups").forEach(g -> groups.put(g.getAsJsonObject().get("key").getAsString(),
                g.getAsJsonObject()));
        return groups;
    }

    private static void quota(String rep, int amount) {
        Answer set = admin.put("/quotas", json("profileId", profile, "repKey", rep, "startDate", "2024-03-01",
                "endDate", "2024-03-31", "amount", amount));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    private static Issue deal(String key, String status, String rep, String created, String resolved) {
        return withResolution(issue(key, "Opportunity", status).by(rep).created(created), resolved);
    }

    private static Issue lead(String key, String status, String rep, String created, String resolved) {
        return withResolution(issue(key, "Lead", status).by(rep).created(created), resolved);
    }

    private static Issue customer(String key, String status, String created, String resolved) {
        return withResolution(issue(key, "Customer", status).by("rosa").created(created), resolved);
    }

    private static Issue withResolution(Issue issue, String resolved) {
        return resolved == null ? issue : issue.resolved(resolved);
    }
}
