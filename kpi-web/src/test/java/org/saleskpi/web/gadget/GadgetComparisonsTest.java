package org.saleskpi.web.gadget;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.DemoBook;

/**
 * The spans a gadget's comparison covers, in its JSON (docs/period-comparisons.md): today is
 * 2023-12-20 in the profile's zone (UTC), so Q4 is running and compared up to the same day.
 */
class GadgetComparisonsTest {
    private static DemoBook book;
    private static ApiServer api;
    private static long profile;

    @BeforeAll
    static void start() throws Exception {
        book = DemoBook.start();
        api = book.api();
        profile = book.profile();
    }

    @AfterAll
    static void stop() throws Exception {
        book.close();
    }

    private static JsonObject get(String path) {
        ApiServer.Answer answer = api.get("vera", path);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().getAsJsonObject();
    }

    @Test
    void aRunningQuarterIsComparedWithThePreviousQuarterUpToTheSameDay() {
        JsonObject calculation = get("/gadgets/calculation/data?profile=" + profile
                + "&kpi=won-revenue&period=this-quarter");

        JsonObject comparison = calculation.getAsJsonObject("comparison");
        assertSpan(comparison.getAsJsonObject("current"), "2023-10-01", "2023-12-21");
        assertSpan(comparison.getAsJsonObject("previous"), "2023-07-01", "2023-09-21");
        assertThat(comparison.get("zone").getAsString()).isEqualTo("UTC");
        assertThat(comparison.get("running").getAsBoolean()).isTrue();
        assertSpan(calculation.getAsJsonObject("period"), "2023-10-01", "2023-12-21");
        assertSpan(calculation.getAsJsonObject("previousPeriod"), "2023-07-01", "2023-09-21");
        // The values are those of the two spans, as the KPI endpoint computes them over the same dates.
        assertThat(calculation.get("value").getAsBigDecimal()).isPositive()
                .isEqualByComparingTo(wonRevenue("2023-10-01..2023-12-21"));
        assertThat(calculation.get("previous").getAsBigDecimal()).isPositive()
                .isEqualByComparingTo(wonRevenue("2023-07-01..2023-09-21"));
    }

    @Test
    void aFinishedMonthIsComparedWithTheWholeMonthBefore() {
        JsonObject comparison = get("/gadgets/calculation/data?profile=" + profile
                + "&kpi=won-revenue&period=last-month").getAsJsonObject("comparison");

        assertSpan(comparison.getAsJsonObject("current"), "2023-11-01", "2023-12-01");
        assertSpan(comparison.getAsJsonObject("previous"), "2023-10-01", "2023-11-01");
        assertThat(comparison.get("running").getAsBoolean()).isFalse();
    }

    @Test
    void everyPointOfAYearToDateLineSaysWhichSpansItCompares() {
        JsonObject line = get("/gadgets/line/data?profile=" + profile
                + "&kpi=won-revenue&period=ytd&bucket=month&comparePrevious=true");

        JsonArray comparisons = line.getAsJsonArray("comparisons");
        assertThat(comparisons).hasSize(12);
        // January against all of January 2022, not against days counted back from 1 January.
        JsonObject january = comparisons.get(0).getAsJsonObject();
        assertSpan(january.getAsJsonObject("current"), "2023-01-01", "2023-02-01");
        assertSpan(january.getAsJsonObject("previous"), "2022-01-01", "2022-02-01");
        assertThat(january.get("running").getAsBoolean()).isFalse();
        // December is running: 1 - 20 December against 1 - 20 December 2022.
        JsonObject december = comparisons.get(11).getAsJsonObject();
        assertSpan(december.getAsJsonObject("current"), "2023-12-01", "2023-12-21");
        assertSpan(december.getAsJsonObject("previous"), "2022-12-01", "2022-12-21");
        assertThat(december.get("running").getAsBoolean()).isTrue();
        assertSpan(line.getAsJsonArray("previousBuckets").get(11).getAsJsonObject(), "2022-12-01", "2022-12-21");
        JsonObject whole = line.getAsJsonObject("comparison");
        assertSpan(whole.getAsJsonObject("current"), "2023-01-01", "2023-12-21");
        assertSpan(whole.getAsJsonObject("previous"), "2022-01-01", "2022-12-21");
        assertThat(whole.get("zone").getAsString()).isEqualTo("UTC");
    }

    @Test
    void periodSalesGrowthOfTheRunningQuarterComparesTheSameElapsedSpan() {
        JsonObject growth = get("/kpis/sales-growth?profile=" + profile + "&period=this-quarter");

        BigDecimal previous = wonRevenue("2023-07-01..2023-09-21");
        BigDecimal current = wonRevenue("2023-10-01..2023-12-21");
        JsonObject figures = growth.getAsJsonObject("measures");
        assertThat(figures.get("previousAmount").getAsBigDecimal()).isEqualByComparingTo(previous);
        assertThat(figures.get("growth").getAsBigDecimal())
                .isEqualByComparingTo(current.subtract(previous).divide(previous, java.math.MathContext.DECIMAL128));
    }

    @Test
    void targetAttainmentYearToDateFindsLastYearsQuotasFromItsFirstDay() {
        // A quota of rep01 for 1 - 10 January 2022 only: year to date on 20 December 2023 is compared
        // with 1 January - 20 December 2022, which holds it (nothing was won then: attainment 0). The
        // 354 days before 1 January 2023 start on 12 January 2022 and would miss it.
        ApiServer.Answer quota = api.put("adam", "/quotas", "{\"profileId\":" + profile + ",\"repKey\":\"rep01\","
                + "\"startDate\":\"2022-01-01\",\"endDate\":\"2022-01-10\",\"amount\":1000}");
        assertThat(quota.status()).as(quota.text()).isEqualTo(200);

        JsonObject calculation = get("/gadgets/calculation/data?profile=" + profile
                + "&kpi=target-attainment&period=ytd");

        assertSpan(calculation.getAsJsonObject("previousPeriod"), "2022-01-01", "2022-12-21");
        assertThat(calculation.get("previous").isJsonNull()).as(calculation.toString()).isFalse();
        assertThat(calculation.get("previous").getAsBigDecimal()).isEqualByComparingTo("0");
    }

    @Test
    void aLineWithoutComparisonCarriesNoSpans() {
        JsonObject line = get("/gadgets/line/data?profile=" + profile + "&kpi=won-revenue&period=ytd&bucket=month");

        assertThat(line.getAsJsonArray("comparisons")).isEmpty();
        assertThat(line.has("comparison")).isFalse();
    }

    private BigDecimal wonRevenue(String range) {
        return get("/kpis/won-revenue?profile=" + profile + "&period=" + range).get("value").getAsBigDecimal();
    }

    private static void assertSpan(JsonObject span, String from, String to) {
        assertThat(span.get("from").getAsString()).isEqualTo(from);
        assertThat(span.get("to").getAsString()).isEqualTo(to);
    }
}
