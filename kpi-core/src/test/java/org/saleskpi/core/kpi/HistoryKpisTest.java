package org.saleskpi.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.PipelineStories;
import org.saleskpi.core.metric.Story;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * KPIs 11 to 15 as catalog presets, on the hand-worked Berlin tables of {@link PipelineStories} (their
 * comments work out each deal's story): per stage in the profile's order, not configured without stages
 * or a close date field, absent with "no history" on a table without history.
 */
class HistoryKpisTest {
    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    private static final MathContext M = MathContext.DECIMAL128;

    private static SalesModel model(boolean closeDateField) {
        return new SalesModel("project = S", Set.of("Lead"), Set.of("Deal"), Set.of(), Set.of(), Set.of(),
                Set.of("Won"), Set.of("Lost"), Set.of(), Set.of(), Story.AMOUNT.id(),
                closeDateField ? Optional.of(Story.CLOSE.id()) : Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Currency.getInstance("EUR"),
                SalesCalendar.of(PipelineStories.BERLIN), 14);
    }

    private static SalesModel withStages() {
        return model(true).withPipeline(new PipelineSettings(List.of(Stage.of("Qualification", "0.1"),
                Stage.of("Proposal", "0.4"), Stage.of("Negotiation", "0.7")), Optional.empty(), Optional.empty(), Map.of()));
    }

    private static KpiResult march(SalesModel model, KpiOptions options, IssueTable table, Kpi kpi) {
        return new KpiEngine(model, options).compute(table, kpi, MARCH, Inputs.none());
    }

    private static BigDecimal number(Value value) {
        return value.asNumber().orElseThrow(() -> new AssertionError("absent: " + value));
    }

    @Test
    void theFunnelHasTheStagesInTheProfilesOrderThenWon() {
        // Deals created in March: S-1 (reached won, Negotiation skipped), S-2 (Negotiation, Proposal skipped),
        // S-4 (Qualification): reached 3, 2, 2, 1; from start 1, 2/3, 2/3, 1/3.
        KpiResult result = march(withStages(), KpiOptions.defaults(), PipelineStories.stagesAndPushes(), Kpi.STAGE_FUNNEL);
        Grid reached = result.figures().get("reached");

        assertThat(reached.groups()).containsExactly("Qualification", "Proposal", "Negotiation", KpiCatalog.WON_STEP);
        assertThat(reached.row(0)).containsExactly(Value.of(3, Unit.COUNT));
        assertThat(reached.row(3)).containsExactly(Value.of(1, Unit.COUNT));
        assertThat(number(result.figures().get("fromStartConversion").value(2, 0)))
                .isEqualByComparingTo(BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), M));
        assertThat(result.figures().get("stepConversion").value(3, 0)).isEqualTo(Value.absent(AbsentReason.NO_DATA));
    }

    @Test
    void theStrictFunnelAndTheEntryCohortAreOptions() {
        // Strict: Q 3, P 1 (S-1 only), N 0, won 0. Entered Qualification in March: also S-6, so Q 4, P 3, N 2, won 1.
        IssueTable table = PipelineStories.stagesAndPushes();
        Grid strict = march(withStages(), KpiOptions.defaults().withFunnel(KpiOptions.FunnelCohort.CREATED,
                KpiOptions.FunnelOrder.STRICT), table, Kpi.STAGE_FUNNEL).figures().get("reached");
        Grid entered = march(withStages(), KpiOptions.defaults().withFunnel(KpiOptions.FunnelCohort.ENTERED_FIRST_STAGE,
                KpiOptions.FunnelOrder.CUMULATIVE), table, Kpi.STAGE_FUNNEL).figures().get("reached");

        assertThat(List.of(strict.value(0, 0), strict.value(1, 0), strict.value(2, 0), strict.value(3, 0)))
                .containsExactly(Value.of(3, Unit.COUNT), Value.of(1, Unit.COUNT), Value.of(0, Unit.COUNT),
                        Value.of(0, Unit.COUNT));
        assertThat(List.of(entered.value(0, 0), entered.value(1, 0), entered.value(2, 0), entered.value(3, 0)))
                .containsExactly(Value.of(4, Unit.COUNT), Value.of(3, Unit.COUNT), Value.of(2, Unit.COUNT),
                        Value.of(1, Unit.COUNT));
    }

    @Test
    void timeInStageIsPerStageWithMedianAndItsCurrentAge() {
        // Median of pairs ended in March: Qualification [1.5, 2, 3] -> 2; Proposal [59 h, 264 h] -> 161.5 h;
        // Negotiation [5 d] -> 5. Current age at the end of March: Negotiation S-3, 611 h.
        KpiResult result = march(withStages(), KpiOptions.defaults(), PipelineStories.stagesAndPushes(), Kpi.TIME_IN_STAGE);
        Grid median = result.figures().get("medianDays");

        assertThat(median.groups()).containsExactly("Qualification", "Proposal", "Negotiation");
        assertThat(number(median.value(0, 0))).isEqualByComparingTo("2");
        assertThat(number(median.value(1, 0))).isEqualByComparingTo(new BigDecimal("161.5").divide(BigDecimal.valueOf(24), M));
        assertThat(number(median.value(2, 0))).isEqualByComparingTo("5");
        assertThat(result.figures().get("deals").row(0)).containsExactly(Value.of(3, Unit.COUNT));
        assertThat(number(result.figures().get("currentAgeMedianDays").value(2, 0)))
                .isEqualByComparingTo(new BigDecimal("611").divide(BigDecimal.valueOf(24), M));
    }

    @Test
    void slippageCountsPushesOfOpenDeals() {
        // March: 5 deals open at some instant, 4 pushed: 0.8; 6 pushes of 157 days in all; S-3 slipping.
        KpiResult result = march(withStages(), KpiOptions.defaults(), PipelineStories.stagesAndPushes(),
                Kpi.CLOSE_DATE_SLIPPAGE);

        assertThat(number(result.figures().get("pushedShare").single())).isEqualByComparingTo("0.8");
        assertThat(result.figures().get("pushes").single()).isEqualTo(Value.of(6, Unit.COUNT));
        assertThat(number(result.figures().get("meanDaysPerPush").single()))
                .isEqualByComparingTo(BigDecimal.valueOf(157).divide(BigDecimal.valueOf(6), M));
        assertThat(result.figures().get("slipping").single()).isEqualTo(Value.of(1, Unit.COUNT));
    }

    @Test
    void movementIsTheWaterfallOfTheOpenPipeline() {
        // Table C: open at start 2500, open at end 1500: the net change is -1000.
        KpiResult result = march(model(true), KpiOptions.defaults(), PipelineStories.movement(), Kpi.PIPELINE_MOVEMENT);

        assertThat(number(result.figures().get("netChange").single())).isEqualByComparingTo("-1000");
        assertThat(number(result.figures().get("won").single())).isEqualByComparingTo("750");
        assertThat(number(result.figures().get("movedOut").single())).isEqualByComparingTo("100");
    }

    @Test
    void velocityMultipliesOpenDealsWinRateAndDealSizeOverTheCycle() {
        // Table C in March. Open deals at the start: M-1, M-2, M-6, M-7, M-8 (a deal then), M-10 = 6.
        // Won in March (won now, close date in March): M-5 1200 (03-27 -> 03-31, 4 days) and M-6 750
        // (01-15 -> 03-12, 56 days); lost in March: M-3, M-7. Win rate 2 / 4 = 0.5, average deal 975,
        // mean cycle 30 days. Per day 6 x 0.5 x 975 / 30 = 97.5; over March's 31 days 3022.5.
        KpiResult result = march(model(true), KpiOptions.defaults(), PipelineStories.movement(), Kpi.SALES_VELOCITY);

        assertThat(number(result.figures().get("perDay").single())).isEqualByComparingTo("97.5");
        assertThat(number(result.figures().get("perPeriod").single())).isEqualByComparingTo("3022.5");
        assertThat(result.figures().get("openAtStart").single()).isEqualTo(Value.of(6, Unit.COUNT));
        assertThat(number(result.figures().get("cycleDays").single())).isEqualByComparingTo("30");
    }

    @Test
    void withoutStagesOrCloseDateFieldTheyAreNotConfigured() {
        IssueTable table = PipelineStories.stagesAndPushes();
        SalesModel noStages = model(true);

        assertThat(march(noStages, KpiOptions.defaults(), table, Kpi.STAGE_FUNNEL).figures().get("reached").single())
                .isEqualTo(Value.absent(AbsentReason.NOT_CONFIGURED));
        assertThat(march(noStages, KpiOptions.defaults(), table, Kpi.TIME_IN_STAGE).figures().get("medianDays").single())
                .isEqualTo(Value.absent(AbsentReason.NOT_CONFIGURED));
        assertThat(march(model(false), KpiOptions.defaults(), table, Kpi.CLOSE_DATE_SLIPPAGE).figures()
                .get("pushedShare").single()).isEqualTo(Value.absent(AbsentReason.NOT_CONFIGURED));
    }

    @Test
    void withoutHistoryEveryFigureThatReadsThePastSaysSo() {
        IssueTable withHistory = PipelineStories.movement();
        IssueTable bare = IssueTable.of(PipelineStories.BERLIN, withHistory.columns(),
                PipelineStories.STAGES_AND_PUSHES.stream().map(Story::record).toList());

        assertThat(march(withStages(), KpiOptions.defaults(), bare, Kpi.STAGE_FUNNEL).figures().get("reached")
                .value(0, 0)).isEqualTo(Value.absent(AbsentReason.NO_HISTORY));
        assertThat(march(withStages(), KpiOptions.defaults(), bare, Kpi.TIME_IN_STAGE).figures().get("medianDays")
                .value(0, 0)).isEqualTo(Value.absent(AbsentReason.NO_HISTORY));
        assertThat(march(withStages(), KpiOptions.defaults(), bare, Kpi.CLOSE_DATE_SLIPPAGE).figures().get("pushedShare")
                .single()).isEqualTo(Value.absent(AbsentReason.NO_HISTORY));
        assertThat(march(withStages(), KpiOptions.defaults(), bare, Kpi.PIPELINE_MOVEMENT).figures().get("netChange")
                .single()).isEqualTo(Value.absent(AbsentReason.NO_HISTORY));
        assertThat(march(withStages(), KpiOptions.defaults(), bare, Kpi.SALES_VELOCITY).figures().get("perDay")
                .single()).isEqualTo(Value.absent(AbsentReason.NO_HISTORY));
    }

    @Test
    void hostsAreToldToLoadTheChangesTheKpisReplay() {
        KpiEngine engine = new KpiEngine(withStages());

        assertThat(engine.catalog().define(Kpi.TIME_IN_STAGE).figures()).hasSize(6);
        assertThat(org.saleskpi.core.metric.MetricEngine.historyColumns(engine.catalog().define(Kpi.CLOSE_DATE_SLIPPAGE)
                .figures().stream().map(Figure::metric).toList()))
                .containsExactlyInAnyOrder(org.saleskpi.core.issue.Column.ISSUE_TYPE,
                        org.saleskpi.core.issue.Column.STATUS, Story.CLOSE);
    }
}
