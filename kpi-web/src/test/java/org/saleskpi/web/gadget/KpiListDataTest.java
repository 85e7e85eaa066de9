package org.saleskpi.web.gadget;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.DemoBook;

/**
 * {@code /gadgets/kpi-list/data} over HTTP on the small demo year (today 2023-12-20): each row holds the value
 * {@code GET /kpis/{key}} answers for the same profile, period and JQL, for every KPI at once.
 */
class KpiListDataTest {
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

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject get(String path) {
        ApiServer.Answer answer = api.get("vera", path);
        assertThat(answer.status()).as(path + ": " + answer.text()).isEqualTo(200);
        return answer.json().getAsJsonObject();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "this-month|",
        "this-year|",
        "last-quarter|",
        "ytd|",
        "2023-03-01..2023-09-15|",
        "this-year|project = SALES",
    })
    void everyKpisRowHoldsWhatTheKpiAnswersForTheSamePeriodAndJql(String period, String jql) {
        String narrowed = jql == null ? "" : "&jql=" + encoded(jql);
        String kpis = Arrays.stream(Kpi.values()).map(kpi -> "&kpi=" + kpi.key()).collect(Collectors.joining());
        JsonObject list = get("/gadgets/kpi-list/data?profile=" + profile + "&period=" + period + narrowed + kpis);

        assertThat(list.get("type").getAsString()).isEqualTo("kpi-list");
        JsonArray rows = list.getAsJsonArray("rows");
        assertThat(rows).hasSize(Kpi.values().length);
        int present = 0;
        for (int i = 0; i < rows.size(); i++) {
            Kpi kpi = Kpi.values()[i];
            JsonObject row = rows.get(i).getAsJsonObject();
            JsonObject answer = get("/kpis/" + kpi.key() + "?profile=" + profile + "&period=" + period + narrowed);
            assertThat(row.get("figure").getAsString()).startsWith(kpi.key() + ".");
            assertThat(row.get("unit")).as(kpi.key()).isEqualTo(answer.get("unit"));
            assertThat(row.get("currency")).as(kpi.key()).isEqualTo(answer.get("currency"));
            assertThat(row.get("absentReason")).as(kpi.key()).isEqualTo(answer.get("absentReason"));
            assertSameNumber(kpi.key(), row.get("value"), answer.get("value"));
            present += row.get("value").isJsonNull() ? 0 : 1;
            if (i == 0) {
                assertThat(list.get("period")).isEqualTo(answer.get("period"));
            }
        }
        // The demo year has deals, leads and won revenue: most rows are numbers, not all reasons.
        assertThat(present).as("rows with a value").isGreaterThan(Kpi.values().length / 2);
    }

    @Test
    void aFigureOtherThanTheHeadlineIsTheKpisMeasure() {
        JsonArray rows = get("/gadgets/kpi-list/data?profile=" + profile
                + "&period=this-year&kpi=won-revenue.count&kpi=won-revenue").getAsJsonArray("rows");
        JsonObject answer = get("/kpis/won-revenue?profile=" + profile + "&period=this-year");

        assertThat(rows.get(0).getAsJsonObject().get("figure").getAsString()).isEqualTo("won-revenue.count");
        assertThat(rows.get(0).getAsJsonObject().get("unit").getAsString()).isEqualTo("count");
        assertSameNumber("count", rows.get(0).getAsJsonObject().get("value"),
                answer.getAsJsonObject("measures").get("count"));
        assertThat(rows.get(0).getAsJsonObject().get("value").getAsInt()).isPositive();
        assertThat(rows.get(1).getAsJsonObject().get("figure").getAsString()).isEqualTo("won-revenue.amount");
    }

    @Test
    void wrongParametersAre400sNamingTheField() {
        List<String[]> cases = List.of(
                new String[] {"&period=this-month", "kpi"},
                new String[] {"&kpi=won-everything", "kpi"},
                new String[] {"&kpi=win-rate&period=next-century", "period"},
                new String[] {"&kpi=win-rate&jql=" + encoded("project = (("), "jql"});
        for (String[] wrong : cases) {
            ApiServer.Answer answer = api.get("vera", "/gadgets/kpi-list/data?profile=" + profile + wrong[0]);
            assertThat(answer.status()).as(wrong[0] + ": " + answer.text()).isEqualTo(400);
            assertThat(answer.errorFields()).as(wrong[0]).containsExactly(wrong[1]);
        }
    }

    private static void assertSameNumber(String what, JsonElement actual, JsonElement expected) {
        if (expected.isJsonNull()) {
            assertThat(actual.isJsonNull()).as(what + " absent").isTrue();
        } else {
            assertThat(actual.isJsonNull()).as(what + " present").isFalse();
            assertThat(actual.getAsBigDecimal()).as(what).isEqualByComparingTo(expected.getAsBigDecimal());
        }
    }
}
