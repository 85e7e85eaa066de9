package org.saleskpi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiEngine;
import org.saleskpi.core.kpi.KpiResult;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

/**
 * Every KPI per fiscal quarter (fiscal year from February, so the first quarter is clipped to
 * January) on one seeded demo data set. The figures are pinned: a change to the engine, the
 * catalog or the generator that moves any of them must be deliberate and re-pinned here.
 */
class KpiGoldenTest {
    private static final Set<Kpi> TEN_KPIS = EnumSet.range(Kpi.WON_REVENUE, Kpi.CAC);
    private static Map<Kpi, KpiResult> results;

    @BeforeAll
    static void compute() {
        DemoSpec spec = DemoSpec.of(7, 20_000, LocalDate.of(2023, 1, 1), ZoneId.of("Europe/Berlin"));
        SalesModel model = DemoSalesModel.of(spec);
        KpiEngine engine = new KpiEngine(model);
        IssueTable table = IssueTable.of(spec.zone(),
                engine.columns(List.of(Kpi.values()), Optional.of(engine.catalog().byRep())),
                DemoIssues.generateList(spec));
        List<Period> quarters = model.calendar().buckets(spec.window(), Bucket.FISCAL_QUARTER);
        results = engine.compute(table, List.of(Kpi.values()), quarters, Optional.empty(),
                (name, period, group) -> Optional.of(new BigDecimal("1000000")));
    }

    private static Value total(Kpi kpi, int quarter) {
        Grid grid = results.get(kpi).headline();
        return grid.value(grid.groups().size() - 1, quarter);
    }

    @Test
    void pinnedFigures() {
        assertThat(results.get(Kpi.WON_REVENUE).headline().periods()).hasSize(9);
        assertThat(total(Kpi.WON_REVENUE, 1).asNumber()).hasValue(new BigDecimal("1746615.81"));
        assertThat(total(Kpi.TARGET_ATTAINMENT, 1).asNumber().orElseThrow()).isEqualByComparingTo("1.74661581");
        assertThat(total(Kpi.WIN_RATE, 2).asNumber().orElseThrow().toPlainString())
                .startsWith("0.56653992395437262357414448669");
        assertThat(total(Kpi.NEW_LEADS, 2)).isEqualTo(Value.of(965, org.saleskpi.core.metric.Unit.COUNT));
        assertThat(total(Kpi.CHURN_RATE, 0)).isEqualTo(Value.absent(AbsentReason.ZERO_DENOMINATOR));
        assertThat(total(Kpi.SALES_GROWTH, 0)).isEqualTo(Value.absent(AbsentReason.NO_PREVIOUS_VALUE));
        assertThat(total(Kpi.CLV, 4).asNumber()).hasValue(new BigDecimal("35413.07"));
        assertThat(total(Kpi.CAC, 4).asNumber()).hasValue(new BigDecimal("3936.3435"));
    }

    @Test
    void everyFigureOfEveryQuarterIsUnchanged() throws Exception {
        StringBuilder text = new StringBuilder();
        // The KPIs of rows 1 to 10; those that read history (rows 11 to 18) are pinned in KpiHistoryGoldenTest.
        results.entrySet().stream().filter(e -> TEN_KPIS.contains(e.getKey())).forEach(e -> e.getValue().figures()
                .forEach((name, grid) -> text.append(e.getKey().key()).append('.').append(name).append('\n')
                        .append(grid)));
        String digest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(digest).isEqualTo("d693b0d530f51e5237e96670f4020141a1103c21f1b18fd7cd8a8ab104e03978");
    }
}
