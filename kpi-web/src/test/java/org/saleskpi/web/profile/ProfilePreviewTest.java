package org.saleskpi.web.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;

/**
 * The preview of an unsaved profile over {@link SalesBook}: today is 2024-04-15, so last month is
 * March 2024, whose values {@code KpiResourceTest} works out by hand. No quota exists here, so
 * target attainment is absent with the reason {@code no-target}.
 */
class ProfilePreviewTest {
    private static ApiServer api;

    @BeforeAll
    static void start() throws Exception {
        api = SalesBook.start();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private static JsonObject body(String scope) {
        return JsonParser.parseString(SalesBook.profileJson("Draft", "SALES", scope)).getAsJsonObject();
    }

    private static Map<String, JsonObject> byKpi(ApiServer.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        Map<String, JsonObject> rows = new LinkedHashMap<>();
        answer.json().getAsJsonArray().forEach(e -> rows.put(e.getAsJsonObject().get("kpi").getAsString(),
                e.getAsJsonObject()));
        return rows;
    }

    private static BigDecimal value(JsonObject row) {
        return row.get("value").getAsBigDecimal().setScale(4, RoundingMode.HALF_EVEN);
    }

    @Test
    void everyKpiOfTheCatalogIsComputedForLastMonth() {
        Map<String, JsonObject> rows = byKpi(api.post("adam", "/profiles/preview", body("project = SALES").toString()));

        JsonArray catalog = api.get("adam", "/kpis").json().getAsJsonArray();
        assertThat(rows.keySet()).containsExactlyElementsOf(
                catalog.asList().stream().map(k -> k.getAsJsonObject().get("key").getAsString()).toList());
        JsonObject won = rows.get("won-revenue");
        assertThat(won.get("name").getAsString()).isEqualTo("Won revenue");
        assertThat(won.get("unit").getAsString()).isEqualTo("amount");
        assertThat(won.get("currency").getAsString()).isEqualTo("USD");
        assertThat(won.get("value").getAsString()).isEqualTo("3500.75");
        assertThat(won.get("absentReason").isJsonNull()).isTrue();
        assertThat(value(rows.get("sales-per-rep"))).isEqualByComparingTo("3500.75");
        assertThat(value(rows.get("sales-cycle"))).isEqualByComparingTo("27.3333");
        assertThat(value(rows.get("win-rate"))).isEqualByComparingTo("0.75");
        assertThat(value(rows.get("new-leads"))).isEqualByComparingTo("3");
        assertThat(value(rows.get("churn-rate"))).isEqualByComparingTo("0.25");
        assertThat(value(rows.get("cac"))).isEqualByComparingTo("300");
        JsonObject attainment = rows.get("target-attainment");
        assertThat(attainment.get("value").isJsonNull()).isTrue();
        assertThat(attainment.get("absentReason").getAsString()).isEqualTo("no-target");
    }

    @Test
    void theUnsavedSettingsAreTheOnesUsed() {
        JsonObject swapped = body("project = SALES");
        swapped.add("wonStatuses", JsonParser.parseString("[\"Lost\"]"));
        swapped.add("lostStatuses", JsonParser.parseString("[\"Won\"]"));
        swapped.addProperty("currency", "EUR");

        Map<String, JsonObject> rows = byKpi(api.post("adam", "/profiles/preview", swapped.toString()));

        // Counted as won now: SALES-4, 700, closed in March; the three real wins count as lost: 1 / 4.
        assertThat(rows.get("won-revenue").get("value").getAsBigDecimal()).isEqualByComparingTo("700");
        assertThat(rows.get("win-rate").get("value").getAsBigDecimal()).isEqualByComparingTo("0.25");
        assertThat(rows.get("won-revenue").get("currency").getAsString()).isEqualTo("EUR");
        assertThat(api.get("adam", "/profiles?project=SALES").json().getAsJsonArray()).isEmpty();
    }

    @Test
    void aBadFieldIsNamedAndNothingIsWritten() {
        JsonObject wrongAmount = body("project = SALES");
        wrongAmount.getAsJsonObject("fields").addProperty("amount", SalesBook.ACCOUNT);
        wrongAmount.add("wonStatuses", JsonParser.parseString("[\"Won\", 7]"));

        ApiServer.Answer answer = api.post("adam", "/profiles/preview", wrongAmount.toString());

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactlyInAnyOrder("fields.amount", "wonStatuses[1]");
        assertThat(api.get("adam", "/profiles?project=SALES").json().getAsJsonArray()).isEmpty();
    }

    @Test
    void aScopeTheHostCannotReadIsAnErrorOnScope() {
        ApiServer.Answer answer = api.post("adam", "/profiles/preview", body("project = SALES AND assignee = alice").toString());

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("scope");
    }

    @Test
    void onlyProjectAdministratorsPreview() {
        String body = body("project = SALES").toString();
        assertThat(api.post("vera", "/profiles/preview", body).status()).isEqualTo(403);
        assertThat(api.post("oscar", "/profiles/preview", body).status()).isEqualTo(404);
        assertThat(api.post(null, "/profiles/preview", body).status()).isEqualTo(401);
        JsonElement noProject = body("project = SALES");
        noProject.getAsJsonObject().remove("project");
        assertThat(api.post("adam", "/profiles/preview", noProject.toString()).errorFields()).containsExactly("project");
    }
}
