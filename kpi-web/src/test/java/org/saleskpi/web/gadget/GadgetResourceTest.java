package org.saleskpi.web.gadget;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalInput;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetInput;
import org.saleskpi.core.kpi.Quota;
import org.saleskpi.core.period.Period;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.DemoBook;

/** Every gadget type over HTTP on a small generated year of SALES (four reps), today 2023-12-20. */
class GadgetResourceTest {
    private static final Clock CLOCK = DemoBook.CLOCK;
    private static DemoBook book;
    private static ApiServer api;
    private static long profile;
    private static long goal;

    @BeforeAll
    static void start() throws Exception {
        book = DemoBook.start();
        api = book.api();
        profile = book.profile();
        goal = book.goal();
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
    void lineSumsToTheKpiOfTheWholeYearAndComparesWithThePreviousOne() {
        JsonObject line = data("line", "&kpi=won-revenue&period=this-year&bucket=month&comparePrevious=true");

        assertThat(line.getAsJsonArray("buckets")).hasSize(12);
        assertThat(line.getAsJsonArray("previousBuckets")).hasSize(12);
        JsonObject actual = line.getAsJsonArray("series").get(0).getAsJsonObject();
        assertThat(actual.get("kind").getAsString()).isEqualTo("actual");
        assertThat(actual.get("unit").getAsString()).isEqualTo("amount");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonElement value : actual.getAsJsonArray("values")) {
            sum = sum.add(value.getAsBigDecimal());
        }
        JsonObject kpi = api.get("vera", "/kpis/won-revenue?profile=" + profile + "&period=this-year").json()
                .getAsJsonObject();
        assertThat(sum).isPositive().isEqualByComparingTo(kpi.get("value").getAsBigDecimal());
        assertThat(line.getAsJsonArray("series").get(1).getAsJsonObject().get("kind").getAsString())
                .isEqualTo("previous");
    }

    @Test
    void weeksThatBeginAfterTodayHaveNoValueYetWhileTheTargetRunsOn() {
        // Today is 2023-12-20: the weeks of 25 December and 1 January have not begun.
        JsonObject line = data("line", "&kpi=won-revenue&period=this-year&bucket=week&target=1000");

        JsonArray buckets = line.getAsJsonArray("buckets");
        JsonObject actual = line.getAsJsonArray("series").get(0).getAsJsonObject();
        JsonObject target = line.getAsJsonArray("series").get(1).getAsJsonObject();
        int last = buckets.size() - 1;
        assertThat(buckets.get(last).getAsJsonObject().get("from").getAsString()).isEqualTo("2023-12-25");
        assertThat(actual.getAsJsonArray("values").get(last).isJsonNull()).isTrue();
        assertThat(actual.getAsJsonArray("valuesAbsentReasons").get(last).getAsString()).isEqualTo("not-yet");
        assertThat(buckets.get(last - 1).getAsJsonObject().get("from").getAsString()).isEqualTo("2023-12-18");
        assertThat(actual.getAsJsonArray("values").get(last - 1).isJsonNull()).isFalse();
        assertThat(target.getAsJsonArray("values").get(last).getAsInt()).isEqualTo(1000);
    }

    @Test
    void lineGroupedByRepIsLabelledAndCumulativeEndsAtTheTotal() {
        JsonObject line = data("line", "&kpi=won-revenue.count&period=this-year&bucket=quarter&groupBy=rep"
                + "&cumulative=true&target=120");

        JsonArray series = line.getAsJsonArray("series");
        assertThat(series).hasSize(5);
        JsonObject first = series.get(0).getAsJsonObject();
        assertThat(first.get("label").getAsString()).isEqualTo("Rita One");
        JsonArray values = first.getAsJsonArray("values");
        assertThat(values.get(3).getAsBigDecimal()).isGreaterThanOrEqualTo(values.get(0).getAsBigDecimal());
        JsonObject target = series.get(4).getAsJsonObject();
        assertThat(target.get("kind").getAsString()).isEqualTo("target");
        assertThat(target.getAsJsonArray("values").get(0).getAsInt()).isEqualTo(120);
    }

    @Test
    void barsPerRepStackedByCustomerAddUp() {
        JsonObject bar = data("bar", "&kpi=won-revenue&period=this-year&groupBy=rep&stackBy=customer&maxStacks=3");

        assertThat(bar.getAsJsonArray("stacks").size()).isBetween(1, 4);
        for (JsonElement element : bar.getAsJsonArray("bars")) {
            JsonObject item = element.getAsJsonObject();
            BigDecimal parts = BigDecimal.ZERO;
            for (JsonElement part : item.getAsJsonArray("stacks")) {
                parts = parts.add(part.getAsBigDecimal());
            }
            assertThat(parts).isEqualByComparingTo(item.get("value").getAsBigDecimal());
            assertThat(item.get("target").isJsonNull()).isTrue();
            assertThat(item.get("targetAbsentReason").getAsString()).isEqualTo("no-target");
        }
        assertThat(bar.getAsJsonArray("bars").get(0).getAsJsonObject().get("label").getAsString()).isEqualTo("Rita One");
    }

    @Test
    void aQuotaInMoneyIsDrawnOnlyAgainstAKpiInMoney() {
        // Rita's June quota: 30 million dollars. As a bar's or line's target on a win rate's axis it
        // would read 3 000 000 000 %; it is left out there and each value says why.
        Period june = new Period(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1));
        api.services().quotas().create(new Quota(0, "SALES", "rep01", june, new BigDecimal("30000000")));
        String inJune = "&period=2023-06-01..2023-07-01&target=quota";

        JsonObject revenue = data("bar", "&kpi=won-revenue" + inJune);
        JsonObject rate = data("bar", "&kpi=win-rate" + inJune);
        JsonObject rateLine = data("line", "&kpi=win-rate&bucket=week" + inJune);

        assertThat(bar(revenue, "rep01").get("target").getAsBigDecimal()).isEqualByComparingTo("30000000");
        assertThat(rate.get("unit").getAsString()).isEqualTo("ratio");
        for (JsonElement item : rate.getAsJsonArray("bars")) {
            assertThat(item.getAsJsonObject().get("target").isJsonNull()).isTrue();
            assertThat(item.getAsJsonObject().get("targetAbsentReason").getAsString()).isEqualTo("target-in-other-unit");
        }
        JsonObject target = rateLine.getAsJsonArray("series").get(1).getAsJsonObject();
        assertThat(target.get("kind").getAsString()).isEqualTo("target");
        assertThat(target.getAsJsonArray("values")).isNotEmpty().allMatch(JsonElement::isJsonNull);
        assertThat(target.getAsJsonArray("valuesAbsentReasons"))
                .allMatch(reason -> reason.getAsString().equals("target-in-other-unit"));
    }

    private static JsonObject bar(JsonObject bars, String group) {
        for (JsonElement item : bars.getAsJsonArray("bars")) {
            if (item.getAsJsonObject().get("group").getAsString().equals(group)) {
                return item.getAsJsonObject();
            }
        }
        throw new AssertionError("no bar " + group + " in " + bars);
    }

    @Test
    void pieSharesAddUpToOne() {
        JsonObject pie = data("pie", "&kpi=new-leads&period=this-year&groupBy=rep&topN=2");

        JsonArray slices = pie.getAsJsonArray("slices");
        assertThat(slices).hasSize(3);
        assertThat(slices.get(2).getAsJsonObject().get("other").getAsBoolean()).isTrue();
        BigDecimal shares = BigDecimal.ZERO;
        for (JsonElement slice : slices) {
            shares = shares.add(slice.getAsJsonObject().get("share").getAsBigDecimal());
        }
        assertThat(shares).isEqualByComparingTo("1");
        assertThat(pie.get("total").getAsInt()).isPositive();
    }

    @Test
    void itemsCarryTheDrillDownOfTheIssuesTheyCountComposedWithTheGadgetsJql() {
        String extra = URLEncoder.encode("project = SALES ORDER BY key", StandardCharsets.UTF_8);
        JsonObject calculation = data("calculation", "&kpi=won-revenue&period=last-month&jql=" + extra);
        JsonObject pie = data("pie", "&kpi=new-leads&period=this-year&groupBy=rep&topN=2");

        // (scope) AND (gadget jql) as the issues were loaded, then the figure's population in the period.
        assertThat(calculation.get("jql").getAsString()).contains(") AND (project = SALES)) AND (")
                .doesNotContain("ORDER BY").contains("\"2023-11-01\"").contains("\"2023-12-01\"");
        assertThat(calculation.get("previousJql").getAsString()).contains("\"2023-10-01\"");
        JsonArray slices = pie.getAsJsonArray("slices");
        String rep = slices.get(0).getAsJsonObject().get("group").getAsString();
        assertThat(slices.get(0).getAsJsonObject().get("jql").getAsString()).contains("= \"" + rep + "\"");
        // "other" drills too: the leads of the reps past the top two.
        assertThat(slices.get(2).getAsJsonObject().get("jql").getAsString()).contains("assignee")
                .doesNotContain("= \"" + rep + "\"");
    }

    @Test
    void calculationComparesWithThePreviousPeriod() {
        JsonObject calculation = data("calculation", "&kpi=won-revenue&period=last-month");

        assertThat(calculation.getAsJsonObject("period").get("from").getAsString()).isEqualTo("2023-11-01");
        assertThat(calculation.getAsJsonObject("previousPeriod").get("from").getAsString()).isEqualTo("2023-10-01");
        BigDecimal value = calculation.get("value").getAsBigDecimal();
        BigDecimal previous = calculation.get("previous").getAsBigDecimal();
        assertThat(calculation.get("delta").getAsBigDecimal()).isEqualByComparingTo(value.subtract(previous));
    }

    @Test
    void tableHasARowPerRepAndPooledTotals() {
        JsonObject table = data("table", "&kpi=won-revenue&kpi=win-rate&period=this-year&sort=win-rate.rate"
                + "&descending=true");

        assertThat(table.getAsJsonArray("columns")).hasSize(2);
        assertThat(table.getAsJsonArray("columns").get(1).getAsJsonObject().get("key").getAsString())
                .isEqualTo("win-rate.rate");
        JsonArray rows = table.getAsJsonArray("rows");
        assertThat(rows).hasSize(4);
        BigDecimal first = rows.get(0).getAsJsonObject().getAsJsonArray("values").get(1).getAsBigDecimal();
        BigDecimal last = rows.get(3).getAsJsonObject().getAsJsonArray("values").get(1).getAsBigDecimal();
        assertThat(first).isGreaterThanOrEqualTo(last);
        assertThat(table.getAsJsonObject("totals").getAsJsonArray("values").get(1).getAsBigDecimal())
                .isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Test
    void batteryShowsTheGoalsProgress() {
        JsonObject battery = data("battery", "&goal=" + goal);

        assertThat(battery.get("goalName").getAsString()).isEqualTo("Q4 calls");
        assertThat(battery.get("progress").getAsBigDecimal()).isEqualByComparingTo("0.1");
        assertThat(battery.get("status").getAsString()).isEqualTo("off-track");
        assertThat(battery.get("values").isJsonNull()).isTrue();
    }

    @Test
    void goalsOverviewCountsTheProjectsGoals() {
        JsonObject goals = data("goals", "&order=name");

        assertThat(goals.get("total").getAsInt()).isEqualTo(1);
        JsonObject row = goals.getAsJsonArray("rows").get(0).getAsJsonObject();
        assertThat(row.get("ownerName").getAsString()).isEqualTo("Rita One");
        assertThat(goals.getAsJsonObject("statusCounts").get("off-track").getAsInt()).isEqualTo(1);
    }

    @Test
    void goalGadgetsMeasureComputedTargetsAsTheGoalPageDoes() {
        // An issues target stores no count: the goal page counts the caller's resolved issues now,
        // and the battery and the overview must show the same progress, not the stored zero.
        Goal draft = Goal.create("SALES", new GoalInput(null, "rep02", "Close the SALES backlog", "",
                LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31), "#0052CC"), CLOCK.instant());
        Target backlog = Target.create(0, new TargetInput("Backlog", "issues", null, "project = SALES", null, null,
                null, null, null, null, "rep02", 1.0));
        long measured = api.services().goals().create(draft.withTargets(List.of(backlog))).id();
        try {
            BigDecimal page = api.get("vera", "/goals/" + measured).json().getAsJsonObject().get("progress")
                    .getAsBigDecimal();
            JsonObject battery = data("battery", "&goal=" + measured);
            JsonObject overview = data("goals", "&order=name");
            JsonObject row = null;
            for (var item : overview.getAsJsonArray("rows")) {
                if (item.getAsJsonObject().get("goalId").getAsLong() == measured) {
                    row = item.getAsJsonObject();
                }
            }

            assertThat(page).isGreaterThan(BigDecimal.ZERO).isLessThan(BigDecimal.ONE);
            assertThat(battery.get("progress").getAsBigDecimal()).isEqualByComparingTo(page);
            assertThat(row).isNotNull();
            assertThat(row.get("progress").getAsBigDecimal()).isEqualByComparingTo(page);
        } finally {
            api.services().goals().delete(measured);
        }
    }

    @Test
    void whosBehindListsTheRepBehindOnTheirTarget() {
        JsonObject behind = data("whos-behind", "&staleDays=14");

        JsonObject rita = null;
        for (JsonElement rep : behind.getAsJsonArray("reps")) {
            if (rep.getAsJsonObject().get("rep").getAsString().equals("rep01")) {
                rita = rep.getAsJsonObject();
            }
        }
        assertThat(rita).isNotNull();
        assertThat(rita.get("displayName").getAsString()).isEqualTo("Rita One");
        assertThat(rita.getAsJsonArray("targetsBehind")).hasSize(1);
        JsonObject stale = rita.getAsJsonObject("staleDeals");
        assertThat(stale.getAsJsonArray("keys").size()).isLessThanOrEqualTo(stale.get("count").getAsInt());
    }

    @Test
    void leaderboardRanksTheReps() {
        JsonObject board = data("leaderboard", "&period=this-year&pointsPerWonDeal=5");

        JsonArray entries = board.getAsJsonArray("entries");
        assertThat(entries.size()).isGreaterThanOrEqualTo(4);
        assertThat(entries.get(0).getAsJsonObject().get("rank").getAsInt()).isEqualTo(1);
        assertThat(board.getAsJsonObject("scoring").get("pointsPerWonDeal").getAsInt()).isEqualTo(5);
        BigDecimal top = entries.get(0).getAsJsonObject().get("points").getAsBigDecimal();
        assertThat(top).isGreaterThanOrEqualTo(entries.get(1).getAsJsonObject().get("points").getAsBigDecimal());
    }

    @ParameterizedTest
    @CsvSource({"completed", "worked-on"})
    void activityCountsPerRepAddUpToTheirTotals(String type) {
        JsonObject activity = data(type, "&period=last-quarter&bucket=month");

        assertThat(activity.getAsJsonArray("buckets")).hasSize(3);
        JsonObject rep = activity.getAsJsonArray("reps").get(0).getAsJsonObject();
        int sum = 0;
        for (JsonElement count : rep.getAsJsonArray("counts")) {
            sum += count.getAsInt();
        }
        assertThat(rep.get("total").getAsInt()).isEqualTo(sum);
    }

    @Test
    void periodAllIsReadFromTheLoadedIssues() {
        JsonObject line = data("line", "&kpi=new-leads&period=all&bucket=quarter");

        JsonArray buckets = line.getAsJsonArray("buckets");
        assertThat(buckets.size()).isBetween(4, 5);
        assertThat(buckets.get(0).getAsJsonObject().get("from").getAsString()).startsWith("2023-01");
    }

    @ParameterizedTest(name = "{0}?{1} -> 400 on {2}")
    @CsvSource(delimiter = '|', value = {
        "line|&kpi=won-revenue&cumulative=maybe|cumulative",
        "line|&kpi=win-rate&cumulative=true|cumulative",
        "line|&period=this-year|kpi",
        "line|&kpi=won-revenue&target=lots|target",
        "bar|&kpi=won-revenue&maxStacks=0|maxStacks",
        "bar|&kpi=win-rate&stackBy=customer|stackBy",
        "bar|&kpi=won-revenue&groupBy=planet|groupBy",
        "pie|&kpi=won-revenue&topN=0|topN",
        "pie|&kpi=win-rate|kpi",
        "battery|&target=1|goal",
        "calculation|&kpi=nope|kpi",
        "calculation|&kpi=won-revenue.nope|kpi",
        "table|&kpi=won-revenue&sort=nope|sort",
        "whos-behind|&staleDays=0|staleDays",
        "goals|&order=random|order",
        "goals|&limit=501|limit",
        "leaderboard|&amountUnit=0|amountUnit",
        "leaderboard|&pointsPerWonDeal=-1|pointsPerWonDeal",
        "completed|&bucket=hour|bucket",
        "worked-on|&period=last-0-days|period",
        "worked-on|&period=2000-01-01..2023-01-01&bucket=day|bucket"
    })
    void aBadOptionIsRejectedNamingIt(String type, String query, String field) {
        ApiServer.Answer data = api.get("vera", "/gadgets/" + type + "/data?profile=" + profile + query);
        ApiServer.Answer validate = api.get("vera", "/gadgets/" + type + "/validate?profile=" + profile + query);

        assertThat(data.status()).as(data.text()).isEqualTo(400);
        assertThat(data.errorFields()).containsExactly(field);
        assertThat(validate.status()).isEqualTo(400);
        assertThat(validate.errorFields()).containsExactly(field);
    }

    @Test
    void validateAnswersNoErrorsForGoodOptionsAndChecksTheJql() {
        ApiServer.Answer good = api.get("vera", "/gadgets/bar/validate?profile=" + profile
                + "&kpi=won-revenue&groupBy=customer&jql=" + URLEncoder.encode("project = SALES", StandardCharsets.UTF_8));
        ApiServer.Answer badJql = api.get("vera", "/gadgets/bar/validate?profile=" + profile
                + "&kpi=won-revenue&jql=" + URLEncoder.encode("amount > 5", StandardCharsets.UTF_8));

        assertThat(good.status()).as(good.text()).isEqualTo(200);
        assertThat(good.json().getAsJsonObject().getAsJsonArray("errors")).isEmpty();
        assertThat(badJql.status()).isEqualTo(400);
        assertThat(badJql.errorFields()).containsExactly("jql");
    }

    @Test
    void unknownTypesAndUnseenProfilesOrGoalsAreNotFound() {
        assertThat(api.get("vera", "/gadgets/radar/data?profile=" + profile).status()).isEqualTo(404);
        assertThat(api.get("oscar", "/gadgets/line/data?profile=" + profile + "&kpi=won-revenue").status())
                .isEqualTo(404);
        assertThat(api.get("vera", "/gadgets/battery/data?profile=" + profile + "&goal=424242").status())
                .isEqualTo(404);
        assertThat(api.get(null, "/gadgets/line/data?profile=" + profile).status()).isEqualTo(401);
    }
}
