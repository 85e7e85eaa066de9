package org.saleskpi.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.BerlinDeals;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.ReassignedDeals;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * KPIs 16 to 18 worked by hand. Stages Qualification (no probability), Prospecting 0.1, Proposal 0.4,
 * Negotiation 0.7; won in Won, lost in Lost; the close date is customfield_10050; P = April 2026.
 *
 * <pre>
 * D1 Proposal     1000 close 04-20 Commit
 * D2 Negotiation  2000 close 04-28 Best case
 * D3 Prospecting   500 close 04-10 Pipeline
 * D4 Prospecting   300 close 05-15 Commit      (closes after April)
 * D5 Won          1500 close 04-05 Commit      (won in April)
 * D6 Lost          700 close 04-07
 * D7 Negotiation   400 close 04-25 Omitted
 * D8 Qualification 100 close 04-30 (no category)
 * </pre>
 */
class PipelineKpisTest {
    private static final String CLOSE = "customfield_10050";
    private static final String CATEGORY = "customfield_10060";
    private static final Period APRIL = new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
    private static final PipelineSettings STAGES = new PipelineSettings(List.of(Stage.of("Qualification", null),
            Stage.of("Prospecting", "0.1"), Stage.of("Proposal", "0.4"), Stage.of("Negotiation", "0.7")),
            Optional.empty(), Optional.of(CATEGORY), Map.of());

    private static SalesModel model(PipelineSettings pipeline, Optional<String> closeDate) {
        return new SalesModel("project = SALES", Set.of(), Set.of("Deal"), Set.of(), Set.of(), Set.of(), Set.of("Won"),
                Set.of("Lost"), Set.of(), Set.of(), BerlinDeals.AMOUNT.id(), closeDate, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Currency.getInstance("EUR"),
                SalesCalendar.of(BerlinDeals.BERLIN), 14, pipeline);
    }

    private static final SalesModel MODEL = model(STAGES, Optional.of(CLOSE));
    private static final KpiEngine ENGINE = new KpiEngine(MODEL);

    private static IssueTable deals(KpiEngine engine) {
        String[][] rows = {{"Proposal", "1000", "2026-04-20", "Commit"}, {"Negotiation", "2000", "2026-04-28", "Best case"},
            {"Prospecting", "500", "2026-04-10", "Pipeline"}, {"Prospecting", "300", "2026-05-15", "Commit"},
            {"Won", "1500", "2026-04-05", "Commit"}, {"Lost", "700", "2026-04-07", null},
            {"Negotiation", "400", "2026-04-25", "Omitted"}, {"Qualification", "100", "2026-04-30", null}};
        List<IssueRecord> issues = new ArrayList<>();
        for (String[] row : rows) {
            IssueRecord.Builder b = IssueRecord.builder("SALES-" + (issues.size() + 1), "SALES").type("Deal")
                    .status(row[0], StatusCategory.IN_PROGRESS).assignee("alice")
                    .created(Instant.parse("2026-03-02T09:00:00Z")).updated(Instant.parse("2026-03-02T09:00:00Z"))
                    .field(BerlinDeals.AMOUNT.id(), FieldValue.number(row[1]))
                    .field(CLOSE, FieldValue.date(LocalDate.parse(row[2])));
            if (row[3] != null) {
                b.field(CATEGORY, FieldValue.option(row[3]));
            }
            issues.add(b.build());
        }
        Set<Column> columns = engine.columns(List.of(Kpi.values()), Optional.of(engine.catalog().byStage().orElseThrow()));
        return IssueTable.of(BerlinDeals.BERLIN, columns, issues);
    }

    private static Inputs target(String amount) {
        return (name, period, group) -> KpiCatalog.TARGET.equals(name) ? Optional.of(new BigDecimal(amount))
                : Optional.empty();
    }

    private static BigDecimal figure(KpiResult result, String name) {
        return result.figures().get(name).value(0, 0).asNumber().orElseThrow();
    }

    @Test
    void openPipelineNowAndByStage() {
        KpiResult now = ENGINE.compute(deals(ENGINE), Kpi.OPEN_PIPELINE, APRIL, Inputs.none());
        // Open (neither won nor lost): D1, D2, D3, D4, D7, D8 whatever their close date.
        assertThat(figure(now, "count")).isEqualByComparingTo("6");
        // 1000 + 2000 + 500 + 300 + 400 + 100 = 4300.
        assertThat(figure(now, "amount")).isEqualByComparingTo("4300");
        // 1000 x 0.4 + 2000 x 0.7 + 500 x 0.1 + 300 x 0.1 + 400 x 0.7 + 100 x 0 (no probability) = 2160.
        assertThat(figure(now, "weighted")).isEqualByComparingTo("2160");

        Grid amountByStage = ENGINE.compute(deals(ENGINE), List.of(Kpi.OPEN_PIPELINE), List.of(APRIL),
                ENGINE.catalog().byStage(), Inputs.none()).get(Kpi.OPEN_PIPELINE).figures().get("amount");
        // In the profile's order: Qualification D8 100, Prospecting D3 + D4 800, Proposal D1 1000, Negotiation 2400.
        assertThat(amountByStage.groups()).containsExactly("Qualification", "Prospecting", "Proposal", "Negotiation");
        assertThat(List.of(0, 1, 2, 3).stream().map(g -> amountByStage.value(g, 0).asNumber().orElseThrow()).toList())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal(100),
                        new BigDecimal(800), new BigDecimal(1000), new BigDecimal(2400));
    }

    @Test
    void forecastStacksWonCommitBestCaseAndPipelineAgainstTheTarget() {
        KpiResult forecast = ENGINE.compute(deals(ENGINE), Kpi.FORECAST, APRIL, target("5000"));
        // Won in April: D5 1500. Open closing in April: D1 Commit 1000, D2 Best case 2000, D3 Pipeline 500,
        // D7 Omitted (nowhere), D8 without a category (pipeline) 100. D4 closes in May.
        assertThat(figure(forecast, "won")).isEqualByComparingTo("1500");
        assertThat(figure(forecast, "commit")).isEqualByComparingTo("1000");
        assertThat(figure(forecast, "bestCase")).isEqualByComparingTo("2000");
        assertThat(figure(forecast, "pipeline")).isEqualByComparingTo("600");
        // Most likely 1500 + 1000 = 2500; best case 2500 + 2000 = 4500; against 5000: 0.3, 0.5, 0.9.
        assertThat(figure(forecast, "mostLikely")).isEqualByComparingTo("2500");
        assertThat(figure(forecast, "bestCaseTotal")).isEqualByComparingTo("4500");
        assertThat(figure(forecast, "wonAttainment")).isEqualByComparingTo("0.3");
        assertThat(figure(forecast, "mostLikelyAttainment")).isEqualByComparingTo("0.5");
        assertThat(figure(forecast, "bestCaseAttainment")).isEqualByComparingTo("0.9");

        // Without the category field: won, and every open deal closing in April as pipeline (1000 + 2000
        // + 500 + 400 + 100 = 4000).
        KpiEngine plain = new KpiEngine(model(new PipelineSettings(STAGES.stages(), Optional.empty(), Optional.empty(),
                Map.of()), Optional.of(CLOSE)));
        KpiResult bare = plain.compute(deals(ENGINE), Kpi.FORECAST, APRIL, target("5000"));
        assertThat(bare.figures()).containsOnlyKeys("won", "pipeline", "target", "wonAttainment");
        assertThat(figure(bare, "pipeline")).isEqualByComparingTo("4000");
    }

    @Test
    void aProfileMapsItsOwnOptionsToCategories() {
        // This team demotes "Commit" to pipeline and maps "Best case" itself: D1 (and D4, in May) move.
        PipelineSettings mapped = new PipelineSettings(STAGES.stages(), Optional.empty(), Optional.of(CATEGORY),
                Map.of("Commit", ForecastCategory.PIPELINE, "Best case", ForecastCategory.BEST_CASE));
        KpiResult forecast = new KpiEngine(model(mapped, Optional.of(CLOSE))).compute(deals(ENGINE), Kpi.FORECAST,
                APRIL, target("5000"));
        // Commit: none. Pipeline: D1 1000 + D3 500 + D8 100 = 1600. Best case: D2 2000.
        assertThat(figure(forecast, "commit")).isEqualByComparingTo("0");
        assertThat(figure(forecast, "pipeline")).isEqualByComparingTo("1600");
        assertThat(figure(forecast, "bestCase")).isEqualByComparingTo("2000");
    }

    @Test
    void coverageIsOpenAmountOverWhatRemainsOfTheTarget() {
        IssueTable table = deals(ENGINE);
        // Open closing in April 4000 / (5000 - 1500 won) = 4000 / 3500 = 1.142857...
        KpiResult coverage = ENGINE.compute(table, Kpi.PIPELINE_COVERAGE, APRIL, target("5000"));
        assertThat(figure(coverage, "pipeline")).isEqualByComparingTo("4000");
        assertThat(figure(coverage, "remaining")).isEqualByComparingTo("3500");
        assertThat(figure(coverage, "coverage")).isEqualByComparingTo(new BigDecimal(4000).divide(new BigDecimal(3500),
                java.math.MathContext.DECIMAL128));
        // Won 1500 meets a target of 1500 or less: nothing remains to cover.
        assertThat(ENGINE.compute(table, Kpi.PIPELINE_COVERAGE, APRIL, target("1500")).figures().get("coverage")
                .value(0, 0)).isEqualTo(Value.absent(AbsentReason.TARGET_MET));
        assertThat(ENGINE.compute(table, Kpi.PIPELINE_COVERAGE, APRIL, target("1000")).figures().get("coverage")
                .value(0, 0)).isEqualTo(Value.absent(AbsentReason.TARGET_MET));
        assertThat(ENGINE.compute(table, Kpi.PIPELINE_COVERAGE, APRIL, Inputs.none()).figures().get("coverage")
                .value(0, 0)).isEqualTo(Value.absent(AbsentReason.NO_TARGET));
    }

    @Test
    void withoutStagesOrAProbabilityFieldTheWeightedAmountIsNotConfigured() {
        KpiEngine plain = new KpiEngine(model(PipelineSettings.none(), Optional.of(CLOSE)));
        KpiResult now = plain.compute(deals(ENGINE), Kpi.OPEN_PIPELINE, APRIL, Inputs.none());
        assertThat(figure(now, "amount")).isEqualByComparingTo("4300");
        assertThat(now.figures().get("weighted").value(0, 0)).isEqualTo(Value.absent(AbsentReason.NOT_CONFIGURED));
    }

    /**
     * Any KPI as of an instant, over {@link BerlinDeals} (won in Won, closed on the resolution date, stages
     * Prospecting 0.1, Proposal 0.4, Negotiation 0.7). SALES-3 (2000) was won at 00:30 CET on 29 March,
     * reopened on 3 April and won again on 10 April.
     */
    @Test
    void anyKpiAsOfAnInstant() {
        SalesModel berlin = new SalesModel("project = SALES", Set.of(), Set.of("Deal"), Set.of(), Set.of(), Set.of(),
                Set.of("Won"), Set.of(), Set.of(), Set.of(), BerlinDeals.AMOUNT.id(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Currency.getInstance("EUR"), SalesCalendar.of(BerlinDeals.BERLIN), 14,
                new PipelineSettings(List.of(Stage.of("Prospecting", "0.1"), Stage.of("Proposal", "0.4"),
                        Stage.of("Negotiation", "0.7")), Optional.empty(), Optional.empty(), Map.of()));
        KpiEngine engine = new KpiEngine(berlin);
        List<KpiEngine.KpiRequest> asked = List.of(new KpiEngine.KpiRequest(Kpi.OPEN_PIPELINE, Optional.empty()),
                new KpiEngine.KpiRequest(Kpi.WON_REVENUE, Optional.empty()));
        Period march = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        IssueTable table = BerlinDeals.table();
        assertThat(engine.historyColumnsAsOf(List.of(Kpi.OPEN_PIPELINE, Kpi.WON_REVENUE), Optional.empty()))
                .contains(Column.STATUS, Column.RESOLUTION, BerlinDeals.AMOUNT);

        List<KpiResult> atSwitch = engine.computeAsOf(BerlinDeals.SWITCH, table, asked, List.of(march), Inputs.none());
        // At the switch: SALES-1 Prospecting 1500, SALES-2 Negotiation 800, SALES-5 Proposal 50 are open:
        // 3 deals, 2350, weighted 150 + 560 + 20 = 730. SALES-3's win on 29 March counts in March: 2000.
        assertThat(figure(atSwitch.get(0), "count")).isEqualByComparingTo("3");
        assertThat(figure(atSwitch.get(0), "amount")).isEqualByComparingTo("2350");
        assertThat(figure(atSwitch.get(0), "weighted")).isEqualByComparingTo("730");
        assertThat(figure(atSwitch.get(1), "amount")).isEqualByComparingTo("2000");
        // On 5 April SALES-3 is reopened: March has no win then; today it is won on 10 April, not in March.
        List<KpiResult> reopened = engine.computeAsOf(Instant.parse("2026-04-05T00:00:00Z"), table, asked,
                List.of(march), Inputs.none());
        assertThat(figure(reopened.get(1), "amount")).isEqualByComparingTo("0");
        assertThat(figure(engine.compute(table, Kpi.WON_REVENUE, march, Inputs.none()), "amount"))
                .isEqualByComparingTo("0");
        // Without history every figure as of an instant is absent, saying so.
        IssueTable bare = IssueTable.of(BerlinDeals.BERLIN, BerlinDeals.COLUMNS, List.of());
        assertThat(engine.computeAsOf(BerlinDeals.SWITCH, bare, asked, List.of(march), Inputs.none()).get(1)
                .figures().get("amount").value(0, 0)).isEqualTo(Value.absent(AbsentReason.NO_HISTORY));
    }

    /**
     * Grouped by rep as of an instant, over {@link ReassignedDeals}: each open deal counts for the rep who held
     * it then, and the reps are those of then. At the end of February (Berlin): alice D-2 400 + D-5 100, bob D-1
     * 1000, erin D-3 700; erin owns nothing today, frank (D-4, created in March) did not hold a deal yet.
     */
    @Test
    void byRepAsOfAnInstantTheRepsAreThoseOfThen() {
        KpiEngine engine = new KpiEngine(model(PipelineSettings.none(), Optional.empty()));
        Optional<Dimension> byRep = Optional.of(engine.catalog().byRep());
        // A host loads the rep's changes to group a past state by it.
        assertThat(engine.historyColumnsAsOf(List.of(Kpi.OPEN_PIPELINE), byRep)).contains(Column.ASSIGNEE);
        Instant endOfFebruary = Instant.parse("2026-02-28T22:59:59Z");
        Period february = new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));

        KpiResult then = engine.computeAsOf(endOfFebruary, ReassignedDeals.table(),
                List.of(new KpiEngine.KpiRequest(Kpi.OPEN_PIPELINE, byRep)), List.of(february), Inputs.none()).get(0);

        Grid amount = then.figure("amount");
        assertThat(amount.groups()).containsExactly("alice", "bob", "erin");
        assertThat(amount.row(0).get(0).asNumber()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("500"));
        assertThat(amount.row(1).get(0).asNumber()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000"));
        assertThat(amount.row(2).get(0).asNumber()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("700"));
        assertThat(then.figure("count").value("alice", 0).asNumber()).contains(BigDecimal.valueOf(2));
        assertThat(then.figure("count").value("erin", 0).asNumber()).contains(BigDecimal.ONE);
        // Without stages or a probability field the weighted amount is not configured, in the same groups.
        assertThat(then.figure("weighted").groups()).isEqualTo(amount.groups());
        assertThat(then.figure("weighted").value("erin", 0)).isEqualTo(Value.absent(AbsentReason.NOT_CONFIGURED));
    }
}
