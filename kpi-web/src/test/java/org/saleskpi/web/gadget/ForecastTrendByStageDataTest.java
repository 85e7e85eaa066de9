package org.saleskpi.web.gadget;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.TestAccess;

/**
 * {@code /gadgets/<type>/data} of the pipeline gadgets over HTTP, worked by hand. Today is 10 May 2024 (UTC), so
 * this quarter is April to June; close dates in
 * customfield_5; the profile names no stages and no forecast category field (the categories on the deals are
 * then read by nothing), so the forecast has won and pipeline only and grouping by stage is refused.
 * {@code PipelineByStageTest} and {@code ForecastTypeTest} (core) cover a profile with stages and categories. This
 * host keeps no change history.
 *
 * <pre>
 * P-1 Won         1000 close 04-20 Commit
 * P-2 Negotiation 2000 close 06-15 Commit
 * P-3 Proposal     600 close 05-30 Best case
 * P-4 Prospecting  400 close 06-01 -
 * P-5 Prospecting  300 close 08-01 Commit     (next quarter)
 * </pre>
 */
class ForecastTrendByStageDataTest {
    private static final String AMOUNT = "customfield_1";
    private static final String CLOSE = "customfield_5";
    private static final String CATEGORY = "customfield_6";
    private static ApiServer api;
    private static long plain;

    @BeforeAll
    static void start() throws Exception {
        TestAccess access = new TestAccess().administer("alice", "P");
        String[][] rows = {{"Won", "1000", "2024-04-20", "Commit"}, {"Negotiation", "2000", "2024-06-15", "Commit"},
            {"Proposal", "600", "2024-05-30", "Best case"}, {"Prospecting", "400", "2024-06-01", null},
            {"Prospecting", "300", "2024-08-01", "Commit"}};
        List<IssueRecord> issues = new ArrayList<>();
        for (String[] row : rows) {
            boolean won = row[0].equals("Won");
            IssueRecord.Builder deal = IssueRecord.builder("P-" + (issues.size() + 1), "P").type("Deal")
                    .status(row[0], won ? StatusCategory.DONE : StatusCategory.IN_PROGRESS).assignee("bob")
                    .created(Instant.parse("2024-03-01T10:00:00Z")).updated(Instant.parse("2024-03-01T10:00:00Z"))
                    .resolved(won ? Instant.parse("2024-04-20T10:00:00Z") : null)
                    .field(AMOUNT, FieldValue.number(row[1])).field(CLOSE, FieldValue.date(LocalDate.parse(row[2])));
            if (row[3] != null) {
                deal.field(CATEGORY, FieldValue.option(row[3]));
            }
            issues.add(deal.build());
        }
        List<IssueCatalog.FieldInfo> fields = List.of(new IssueCatalog.FieldInfo(AMOUNT, "Amount", FieldType.NUMBER),
                new IssueCatalog.FieldInfo(CLOSE, "Close date", FieldType.DATE),
                new IssueCatalog.FieldInfo(CATEGORY, "Forecast category", FieldType.OPTION));
        api = ApiServer.start(access, issues, fields, Map.of("alice", "Alice Admin", "bob", "Bob Rep"),
                Clock.fixed(Instant.parse("2024-05-10T12:00:00Z"), ZoneOffset.UTC));
        plain = api.services().profiles().create(new KpiProfile(0, "P", "Plain", model(PipelineSettings.none()), 0))
                .id();
    }

    private static SalesModel model(PipelineSettings pipeline) {
        return new SalesModel("project = P", Set.of(), Set.of("Deal"), Set.of(), Set.of(), Set.of(), Set.of("Won"),
                Set.of("Lost"), Set.of(), Set.of(), AMOUNT, Optional.of(CLOSE), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Currency.getInstance("EUR"),
                SalesCalendar.of(ZoneId.of("UTC")), 14, pipeline);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private static JsonObject data(String type, long profile, String query) {
        ApiServer.Answer answer = api.get("alice", "/gadgets/" + type + "/data?profile=" + profile + query);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().getAsJsonObject();
    }

    private static BigDecimal number(JsonObject json, String name) {
        return json.get(name).getAsBigDecimal();
    }

    private static List<String> strings(JsonArray array, String member) {
        List<String> values = new ArrayList<>();
        for (JsonElement item : array) {
            values.add(item.getAsJsonObject().get(member).getAsBigDecimal().stripTrailingZeros().toPlainString());
        }
        return values;
    }

    @Test
    void theForecastOfThisQuarterAgainstATeamTarget() {
        JsonObject forecast = data("forecast", plain, "&period=this-quarter&target=5000");

        assertThat(forecast.getAsJsonObject("period").get("from").getAsString()).isEqualTo("2024-04-01");
        assertThat(forecast.get("categories").getAsBoolean()).isFalse();
        assertThat(forecast.getAsJsonArray("parts").toString()).isEqualTo("[\"won\",\"pipeline\"]");
        JsonObject total = forecast.getAsJsonObject("total");
        // Won P-1 1000; every open deal closing in Q2 is pipeline: P-2 2000 + P-3 600 + P-4 400 = 3000 (P-5: August).
        assertThat(number(total, "won")).isEqualByComparingTo("1000");
        assertThat(number(total, "pipeline")).isEqualByComparingTo("3000");
        assertThat(number(total, "target")).isEqualByComparingTo("5000");
        // 1000 of 5000.
        assertThat(number(total, "wonAttainment")).isEqualByComparingTo("0.2");
        assertThat(total.get("wonJql").getAsString()).contains("project = P").contains("Won");
        assertThat(total.get("pipelineJql").getAsString()).contains("project = P").contains("2024-04-01");
    }

    @Test
    void theForecastOfNextQuarterPerRepWithoutQuotas() {
        JsonObject forecast = data("forecast", plain, "&period=next-quarter&byRep=true");

        JsonObject bob = forecast.getAsJsonArray("reps").get(0).getAsJsonObject();
        assertThat(bob.get("label").getAsString()).isEqualTo("Bob Rep");
        // P-5 closes 1 August: 300 in the pipeline of July to September; nothing won there yet.
        assertThat(number(bob, "pipeline")).isEqualByComparingTo("300");
        assertThat(number(bob, "won")).isEqualByComparingTo("0");
        // No quota in this store: the target is absent and says why.
        assertThat(bob.get("target").isJsonNull()).isTrue();
        assertThat(bob.get("targetAbsentReason").getAsString()).isEqualTo("no-target");
    }

    @Test
    void theOpenPipelineOfTheWholeProfileInABar() {
        JsonArray bars = data("bar", plain, "&kpi=open-pipeline&groupBy=rep&period=this-quarter")
                .getAsJsonArray("bars");
        // Open now, whatever the close date: P-2 2000 + P-3 600 + P-4 400 + P-5 300 = 3300, all bob's.
        assertThat(strings(bars, "value")).containsExactly("3300");
    }

    @Test
    void withoutHistoryTheTrendSaysSo() {
        JsonObject trend = data("pipeline-trend", plain, "&period=this-quarter&bucket=month");

        assertThat(trend.get("absentReason").getAsString()).isEqualTo("no-history");
        assertThat(trend.getAsJsonArray("buckets")).hasSize(3);
    }

    @Test
    void aBadOptionIsA400NamingIt() {
        for (String[] bad : new String[][] {{"forecast", "&period=last-quarter", "period"},
            {"forecast", "&target=lots", "target"}, {"pipeline-trend", "&bucket=day", "bucket"},
            {"bar", "&kpi=open-pipeline&groupBy=stage", "groupBy"}}) {
            long profile = plain;
            ApiServer.Answer answer = api.get("alice", "/gadgets/" + bad[0] + "/data?profile=" + profile + bad[1]);
            assertThat(answer.status()).as(bad[1]).isEqualTo(400);
            assertThat(answer.json().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject().get("field")
                    .getAsString()).as(bad[1]).isEqualTo(bad[2]);
        }
    }
}
