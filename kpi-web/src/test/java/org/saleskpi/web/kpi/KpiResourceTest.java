package org.saleskpi.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.Quota;
import org.saleskpi.core.period.Period;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;

/**
 * The KPIs of {@link SalesBook}'s SALES project for March 2024 ({@code 2024-03-01..2024-04-01}),
 * worked out by hand (days between local dates; February 2024 has 29 days):
 * <pre>
 * won-revenue        won deals closed in March: SALES-1 1000.50 + SALES-2 2000.25 + SALES-3 500.00 = 3500.75 (count 3)
 * target-attainment  quotas alice 4000 + bob 3001.50 = 7001.50; 3500.75 / 7001.50 = 0.5
 * sales-per-rep      headline ungrouped 3500.75; alice 3000.75 (2 deals, mean 1500.375), bob 500.00 (1), carol 0
 * sales-cycle        SALES-1 02-01..03-05 = 33 days, SALES-2 03-01..03-11 = 10, SALES-3 02-10..03-20 = 39:
 *                    mean 82/3 = 27.33.., median 33
 * email-open-rate    campaigns created in March: opened 50 + 40 / sent 200 + 100 = 0.3
 * new-leads          leads created in March: SALES-7, -8, -10 = 3
 * new-opportunities  deals created in March: SALES-2, -4, -6 = 3
 * lead-conversion    of those 3 leads, SALES-7 is converted: 1/3
 * win-rate           won 3 / (won 3 + lost SALES-4) = 0.75
 * time-to-convert    converted leads resolved in March: SALES-7 5 days, SALES-9 02-20..03-02 = 11 days: mean 8
 * sales-growth       February won SALES-5 1000: (3500.75 - 1000) / 1000 = 2.50075
 * clv                all time to March's end: 1000.50 + 2000.25 + 500 + 1000 = 4500.75 over Acme, Beta, Delta = 1500.25
 * churn-rate         customers at start: SALES-13, -14, -16, -19, -20 created before March, less SALES-16
 *                    churned in February = 4; lost in March SALES-14 = 1: 1/4 = 0.25
 * retention-rate     new SALES-15 = 1, end 4 + 1 - 1 = 4: (4 - 1) / 4 = 0.75
 * cac                cost created in March SALES-17 300 / new customers 1 = 300
 * </pre>
 * OTHER's won deals (99999 by dave, 55555 by alice) appear in none of them.
 */
class KpiResourceTest {
    private static final String MARCH = "&period=2024-03-01..2024-04-01";
    private static ApiServer api;
    private static long sales;
    private static long other;
    private static long salesScopedToOther;

    @BeforeAll
    static void start() throws Exception {
        api = SalesBook.start();
        sales = create("adam", SalesBook.profileJson("Sales", "SALES", "project = SALES"));
        other = create("oscar", SalesBook.profileJson("Other", "OTHER", "project = OTHER"));
        salesScopedToOther = create("adam", SalesBook.profileJson("Looks elsewhere", "SALES", "project = OTHER"));
        Period march = new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
        api.services().quotas().create(new Quota(0, "SALES", "alice", march, new BigDecimal("4000")));
        api.services().quotas().create(new Quota(0, "SALES", "bob", march, new BigDecimal("3001.50")));
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private static long create(String user, String json) {
        ApiServer.Answer answer = api.post(user, "/profiles", json);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.json().getAsJsonObject().get("id").getAsLong();
    }

    private static JsonObject kpi(String user, String key, long profile, String query) {
        ApiServer.Answer answer = api.get(user, "/kpis/" + key + "?profile=" + profile + query);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().getAsJsonObject();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "won-revenue, 3500.75, amount",
        "target-attainment, 0.5, ratio",
        "sales-per-rep, 3500.75, amount",
        "sales-cycle, 27.3333, days",
        "email-open-rate, 0.3, ratio",
        "new-leads, 3, count",
        "new-opportunities, 3, count",
        "lead-conversion, 0.3333, ratio",
        "win-rate, 0.75, ratio",
        "time-to-convert, 8, days",
        "sales-growth, 2.50075, ratio",
        "clv, 1500.25, amount",
        "churn-rate, 0.25, ratio",
        "retention-rate, 0.75, ratio",
        "cac, 300, amount"
    })
    void everyKpiOfMarchAsWorkedOutByHand(String key, BigDecimal expected, String unit) {
        JsonObject json = kpi("vera", key, sales, MARCH);

        assertThat(json.get("kpi").getAsString()).isEqualTo(key);
        assertThat(json.get("unit").getAsString()).isEqualTo(unit);
        assertThat(json.get("currency").getAsString()).isEqualTo("USD");
        assertThat(json.getAsJsonObject("period").get("from").getAsString()).isEqualTo("2024-03-01");
        assertThat(json.getAsJsonObject("period").get("to").getAsString()).isEqualTo("2024-04-01");
        assertThat(json.get("value").getAsBigDecimal().setScale(4, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo(expected.setScale(4, java.math.RoundingMode.HALF_EVEN));
        assertThat(json.get("absentReason").isJsonNull()).isTrue();
    }

    @Test
    void measuresCarryEveryFigureAndMoneyIsExact() {
        JsonObject won = kpi("vera", "won-revenue", sales, MARCH);
        assertThat(won.getAsJsonObject("measures").get("amount").getAsString()).isEqualTo("3500.75");
        assertThat(won.getAsJsonObject("measures").get("count").getAsInt()).isEqualTo(3);

        JsonObject cycle = kpi("vera", "sales-cycle", sales, MARCH).getAsJsonObject("measures");
        assertThat(cycle.get("medianDays").getAsBigDecimal()).isEqualByComparingTo("33");

        JsonObject churn = kpi("vera", "churn-rate", sales, MARCH).getAsJsonObject("measures");
        assertThat(churn.get("atStart").getAsInt()).isEqualTo(4);
        assertThat(churn.get("lost").getAsInt()).isEqualTo(1);
        assertThat(churn.get("gained").getAsInt()).isEqualTo(1);
        assertThat(churn.get("atEnd").getAsInt()).isEqualTo(4);

        JsonObject growth = kpi("vera", "sales-growth", sales, MARCH).getAsJsonObject("measures");
        assertThat(growth.get("previousAmount").getAsBigDecimal()).isEqualByComparingTo("1000");
    }

    @Test
    void monthlyBucketsSplitTheRange() {
        JsonObject json = kpi("vera", "won-revenue", sales, "&period=2024-02-01..2024-04-01&bucket=month");

        JsonArray buckets = json.getAsJsonArray("buckets");
        assertThat(buckets).hasSize(2);
        JsonObject february = buckets.get(0).getAsJsonObject();
        assertThat(february.get("from").getAsString()).isEqualTo("2024-02-01");
        assertThat(february.get("to").getAsString()).isEqualTo("2024-03-01");
        assertThat(february.get("value").getAsBigDecimal()).isEqualByComparingTo("1000");
        assertThat(buckets.get(1).getAsJsonObject().get("value").getAsBigDecimal()).isEqualByComparingTo("3500.75");
        assertThat(buckets.get(1).getAsJsonObject().getAsJsonObject("measures").get("count").getAsInt()).isEqualTo(3);
        assertThat(json.get("value").getAsBigDecimal()).isEqualByComparingTo("4500.75");
        assertThat(json.getAsJsonArray("groups")).isEmpty();
    }

    @Test
    void groupsByRepCarryDisplayNamesAndRepsWithoutAWinShowZero() {
        JsonObject json = kpi("vera", "won-revenue", sales, MARCH + "&groupBy=rep");

        List<String> labels = new ArrayList<>();
        json.getAsJsonArray("groups").forEach(g -> labels.add(g.getAsJsonObject().get("label").getAsString()));
        assertThat(labels).containsExactly("Alice Adams", "Bob Brown", "Carol Clark");
        JsonObject alice = group(json, "alice");
        assertThat(alice.get("value").getAsBigDecimal()).isEqualByComparingTo("3000.75");
        assertThat(alice.getAsJsonObject("measures").get("count").getAsInt()).isEqualTo(2);
        assertThat(group(json, "carol").get("value").getAsBigDecimal()).isEqualByComparingTo("0");
    }

    @Test
    void salesPerRepIsGroupedByRepWithoutBeingAsked() {
        JsonObject json = kpi("vera", "sales-per-rep", sales, MARCH);

        assertThat(group(json, "alice").getAsJsonObject("measures").get("averageDealSize").getAsBigDecimal())
                .isEqualByComparingTo("1500.375");
        JsonObject carol = group(json, "carol");
        assertThat(carol.getAsJsonObject("measures").get("averageDealSize").isJsonNull()).isTrue();
    }

    @Test
    void groupsByCustomerAndStatusAreLabelledByTheirValue() {
        JsonObject json = kpi("vera", "won-revenue", sales, MARCH + "&groupBy=customer");
        assertThat(group(json, "Acme").get("value").getAsBigDecimal()).isEqualByComparingTo("1500.50");
        assertThat(group(json, "Acme").get("label").getAsString()).isEqualTo("Acme");

        JsonObject byType = kpi("vera", "new-leads", sales, MARCH + "&groupBy=issuetype");
        assertThat(group(byType, "Lead").get("value").getAsInt()).isEqualTo(3);
    }

    @Test
    void anAbsentValueIsNullWithItsReason() {
        JsonObject json = kpi("vera", "target-attainment", sales, "&period=2024-01-01..2024-02-01");

        assertThat(json.get("value").isJsonNull()).isTrue();
        assertThat(json.get("absentReason").getAsString()).isEqualTo("no-target");
    }

    @Test
    void relativePeriodsResolveAgainstTheServerClockInTheProfileZone() {
        JsonObject lastMonth = kpi("vera", "won-revenue", sales, "&period=last-month");
        assertThat(lastMonth.getAsJsonObject("period").get("from").getAsString()).isEqualTo("2024-03-01");
        assertThat(lastMonth.get("value").getAsBigDecimal()).isEqualByComparingTo("3500.75");

        JsonObject days = kpi("vera", "won-revenue", sales, "&period=last-30-days");
        assertThat(days.getAsJsonObject("period").get("from").getAsString()).isEqualTo("2024-03-17");
        assertThat(days.getAsJsonObject("period").get("to").getAsString()).isEqualTo("2024-04-16");
        assertThat(days.get("value").getAsBigDecimal()).isEqualByComparingTo("500.00");

        JsonObject ytd = kpi("vera", "won-revenue", sales, "&period=ytd");
        assertThat(ytd.get("value").getAsBigDecimal()).isEqualByComparingTo("4500.75");
    }

    @Test
    void allSpansTheDatesTheKpiReads() {
        JsonObject json = kpi("vera", "won-revenue", sales, "&period=all");

        // Won revenue reads the close (resolution) date: SALES-5 on 2024-02-15 to SALES-3 on 2024-03-20.
        assertThat(json.getAsJsonObject("period").get("from").getAsString()).isEqualTo("2024-02-15");
        assertThat(json.getAsJsonObject("period").get("to").getAsString()).isEqualTo("2024-03-21");
        assertThat(json.get("value").getAsBigDecimal()).isEqualByComparingTo("4500.75");
    }

    @Test
    void extraJqlNarrowsTheScope() {
        JsonObject json = kpi("vera", "won-revenue", sales, MARCH + "&jql=" + encode("project = SALES"));
        assertThat(json.get("value").getAsBigDecimal()).isEqualByComparingTo("3500.75");

        JsonObject none = kpi("vera", "won-revenue", sales, MARCH + "&jql=" + encode("project = OTHER"));
        assertThat(none.get("value").getAsBigDecimal()).isEqualByComparingTo("0");
    }

    @Test
    void gadgetSourcesReachTheHostBeforeTheScopeIsComposed() {
        // jql-<query> is Jira's gadget form of plain JQL; this host has no saved filters or project ids.
        JsonObject json = kpi("vera", "won-revenue", sales, MARCH + "&jql=" + encode("jql-project = SALES"));
        assertThat(json.get("value").getAsBigDecimal()).isEqualByComparingTo("3500.75");
        assertThat(errorField("/kpis/won-revenue?profile=" + sales + "&jql=filter-10100")).isEqualTo("jql");
        assertThat(errorField("/kpis/won-revenue?profile=" + sales + "&jql=project-10000")).isEqualTo("jql");
    }

    @Test
    void aViewerOfSalesNeverSeesOthersProfileNorItsNumbers() {
        assertThat(api.get("vera", "/kpis/won-revenue?profile=" + other + MARCH).status()).isEqualTo(404);
        assertThat(api.get("vera", "/profiles/" + other).status()).isEqualTo(404);
        // A SALES profile whose scope points at OTHER still computes only from what vera may browse.
        JsonObject json = kpi("vera", "won-revenue", salesScopedToOther, MARCH);
        assertThat(json.get("value").getAsBigDecimal()).isEqualByComparingTo("0");
        assertThat(json.getAsJsonObject("measures").get("count").getAsInt()).isZero();
        // Whoever may browse OTHER sees its numbers through the same profile.
        JsonObject oscars = kpi("oscar", "won-revenue", other, MARCH);
        assertThat(oscars.get("value").getAsBigDecimal()).isEqualByComparingTo("155554");
    }

    @Test
    void badParametersAreRejectedNamingThem() {
        assertThat(errorField("/kpis/won-revenue?profile=" + sales + "&period=last-0-days")).isEqualTo("period");
        assertThat(errorField("/kpis/won-revenue?profile=" + sales + "&period=last-3661-days")).isEqualTo("period");
        assertThat(errorField("/kpis/won-revenue?profile=" + sales + "&period=2024-04-01..2024-03-01"))
                .isEqualTo("period");
        assertThat(errorField("/kpis/won-revenue?profile=" + sales + "&period=this-day")).isEqualTo("period");
        assertThat(errorField("/kpis/won-revenue?profile=" + sales + "&bucket=fortnight")).isEqualTo("bucket");
        assertThat(errorField("/kpis/won-revenue?profile=" + sales + "&period=2000-01-01..2024-01-01&bucket=day"))
                .isEqualTo("bucket");
        assertThat(errorField("/kpis/won-revenue?profile=" + sales + "&groupBy=planet")).isEqualTo("groupBy");
        assertThat(errorField("/kpis/won-revenue?profile=" + sales + "&groupBy=field:customfield_99"))
                .isEqualTo("groupBy");
        assertThat(errorField("/kpis/won-revenue?profile=" + sales + "&groupBy=field:" + SalesBook.AMOUNT))
                .isEqualTo("groupBy");
        assertThat(errorField("/kpis/won-revenue?profile=" + sales + "&jql=" + encode("status = Won")))
                .isEqualTo("jql");
        assertThat(errorField("/kpis/won-revenue")).isEqualTo("profile");
    }

    @Test
    void unknownKpiOrProfileIsNotFoundAndAnonymousIsUnauthorized() {
        assertThat(api.get("vera", "/kpis/happiness?profile=" + sales).status()).isEqualTo(404);
        assertThat(api.get("vera", "/kpis/won-revenue?profile=987654").status()).isEqualTo(404);
        assertThat(api.get("vera", "/kpis/won-revenue?profile=abc").status()).isEqualTo(404);
        assertThat(api.get(null, "/kpis/won-revenue?profile=" + sales).status()).isEqualTo(401);
    }

    @Test
    void theCatalogListsEveryKpiWithItsTextAndKeys() {
        ApiServer.Answer answer = api.get("vera", "/kpis");

        assertThat(answer.status()).isEqualTo(200);
        JsonArray kpis = answer.json().getAsJsonArray();
        assertThat(kpis).hasSize(Kpi.values().length);
        JsonObject first = kpis.get(0).getAsJsonObject();
        assertThat(first.get("key").getAsString()).isEqualTo("won-revenue");
        assertThat(first.get("name").getAsString()).isEqualTo("Won revenue");
        assertThat(first.get("nameKey").getAsString()).isEqualTo("saleskpi.kpi.won-revenue.name");
        assertThat(first.get("unit").getAsString()).isEqualTo("amount");
        for (JsonElement kpi : kpis) {
            assertThat(kpi.getAsJsonObject().get("description").getAsString()).isNotBlank();
        }
    }

    @Test
    void forAProfileTheCatalogSaysWhichKpisAddUp() {
        JsonArray plain = api.get("vera", "/kpis").json().getAsJsonArray();
        JsonArray kpis = api.get("vera", "/kpis?profile=" + sales).json().getAsJsonArray();

        assertThat(plain.get(0).getAsJsonObject().has("additive")).isFalse();
        Map<String, Boolean> additive = new HashMap<>();
        for (JsonElement kpi : kpis) {
            additive.put(kpi.getAsJsonObject().get("key").getAsString(), kpi.getAsJsonObject().get("additive").getAsBoolean());
        }
        // Counts and sums add up; rates, means and per-customer values do not.
        assertThat(additive).containsEntry("won-revenue", true).containsEntry("new-leads", true)
                .containsEntry("win-rate", false).containsEntry("sales-cycle", false).containsEntry("clv", false)
                .containsEntry("target-attainment", false)
                // The open pipeline is a state at an instant: months of it do not add up.
                .containsEntry("open-pipeline", false).hasSize(Kpi.values().length);
        assertThat(api.get("vera", "/kpis?profile=" + other).status()).isEqualTo(404);
    }

    @Test
    void forAProfileTheCatalogListsEachKpisFiguresHeadlineFirst() {
        JsonArray plain = api.get("vera", "/kpis").json().getAsJsonArray();
        JsonArray kpis = api.get("vera", "/kpis?profile=" + sales).json().getAsJsonArray();

        assertThat(plain.get(0).getAsJsonObject().has("figures")).isFalse();
        Map<String, List<String>> figures = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        Map<String, Boolean> additive = new HashMap<>();
        for (JsonElement kpi : kpis) {
            String key = kpi.getAsJsonObject().get("key").getAsString();
            List<String> names = new ArrayList<>();
            for (JsonElement figure : kpi.getAsJsonObject().getAsJsonArray("figures")) {
                String name = figure.getAsJsonObject().get("name").getAsString();
                names.add(name);
                units.put(key + "." + name, figure.getAsJsonObject().get("unit").getAsString());
                additive.put(key + "." + name, figure.getAsJsonObject().get("additive").getAsBoolean());
            }
            figures.put(key, names);
        }
        assertThat(figures.get("won-revenue")).containsExactly("amount", "count");
        assertThat(figures.get("win-rate")).containsExactly("rate");
        assertThat(figures.get("sales-per-rep")).startsWith("amount").contains("count", "averageDealSize");
        // A figure other than the headline has its own unit and may add up where the headline does not.
        assertThat(units).containsEntry("won-revenue.amount", "amount").containsEntry("won-revenue.count", "count");
        assertThat(additive).containsEntry("won-revenue.count", true).containsEntry("win-rate.rate", false)
                .containsEntry("sales-per-rep.averageDealSize", false);
    }

    private static JsonObject group(JsonObject json, String key) {
        for (JsonElement group : json.getAsJsonArray("groups")) {
            if (group.getAsJsonObject().get("key").getAsString().equals(key)) {
                return group.getAsJsonObject();
            }
        }
        throw new AssertionError("no group " + key + " in " + json);
    }

    private static String errorField(String path) {
        ApiServer.Answer answer = api.get("vera", path);
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.errorFields()).hasSize(1);
        return answer.errorFields().get(0);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
