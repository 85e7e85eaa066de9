package org.saleskpi.web.gadget;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.DemoBook;

/**
 * The pipeline gadgets over HTTP ({@code /gadgets/<type>/data}): the demo profile of this build has no stages and
 * the test host records no history, so each answers 200 with the reason it shows in place of its chart, and a bad
 * option is a 400 naming it. Their figures are pinned in kpi-core ({@code FunnelTypeTest} and the others), over
 * deals told with their history.
 */
class PipelineGadgetsResourceTest {
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

    private static JsonObject data(String type, String query) {
        ApiServer.Answer answer = api.get("vera", "/gadgets/" + type + "/data?profile=" + profile + query);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonObject json = answer.json().getAsJsonObject();
        assertThat(json.get("type").getAsString()).isEqualTo(type);
        return json;
    }

    @Test
    void withoutStagesTheFunnelAndTimeInStageSayTheProfileDoesNotConfigureThem() {
        JsonObject funnel = data("funnel", "&period=this-year&funnelOrder=strict&cohort=entered");
        JsonObject time = data("time-in-stage", "&period=this-year&mean=true&perRep=true");

        assertThat(funnel.get("absentReason").getAsString()).isEqualTo("not-configured");
        assertThat(funnel.get("funnelOrder").getAsString()).isEqualTo("strict");
        assertThat(funnel.get("cohort").getAsString()).isEqualTo("entered");
        assertThat(funnel.getAsJsonArray("steps")).isEmpty();
        assertThat(funnel.getAsJsonObject("period").get("from").getAsString()).isEqualTo("2023-01-01");
        assertThat(time.get("absentReason").getAsString()).isEqualTo("not-configured");
        assertThat(time.getAsJsonArray("stages")).isEmpty();
    }

    @Test
    void withoutHistoryTheMovementSaysSoInTheProfilesCurrency() {
        JsonObject movement = data("pipeline-movement", "&period=last-month");

        assertThat(movement.get("absentReason").getAsString()).isEqualTo("no-history");
        assertThat(movement.get("currency").getAsString()).isEqualTo("USD");
        assertThat(movement.get("unit").getAsString()).isEqualTo("amount");
        assertThat(movement.getAsJsonArray("bars")).isEmpty();
    }

    @Test
    void whosBehindStatesTheSlippingThresholdAndWhyNoDealIsJudged() {
        JsonObject behind = data("whos-behind", "&staleDays=14");

        assertThat(behind.get("slippingPushes").getAsInt()).isEqualTo(3);
        // The demo profile of this build names no close date field.
        assertThat(behind.get("slippingAbsentReason").getAsString()).isEqualTo("not-configured");
        behind.getAsJsonArray("reps").forEach(rep -> assertThat(rep.getAsJsonObject().getAsJsonObject("slippingDeals")
                .get("count").getAsInt()).isZero());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "funnel|&funnelOrder=sideways|funnelOrder",
        "funnel|&cohort=everyone|cohort",
        "funnel|&period=last-0-days|period",
        "time-in-stage|&mean=perhaps|mean",
        "time-in-stage|&perRep=2|perRep",
        "pipeline-movement|&period=nope|period"
    })
    void aBadOptionIsRejectedNamingIt(String type, String query, String field) {
        ApiServer.Answer data = api.get("vera", "/gadgets/" + type + "/data?profile=" + profile + query);
        ApiServer.Answer validate = api.get("vera", "/gadgets/" + type + "/validate?profile=" + profile + query);

        assertThat(data.status()).as(data.text()).isEqualTo(400);
        assertThat(data.errorFields()).containsExactly(field);
        assertThat(validate.status()).isEqualTo(400);
        assertThat(validate.errorFields()).containsExactly(field);
    }
}
