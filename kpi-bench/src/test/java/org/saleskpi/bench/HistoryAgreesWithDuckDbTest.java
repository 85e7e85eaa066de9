package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saleskpi.bench.KpiFigures.Call;
import org.saleskpi.bench.KpiFigures.Id;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;

/**
 * The history workload at a few thousand issues: the engine over its issue and change tables and the
 * SQL of {@link HistorySql} over DuckDB's changes table must give every figure of every compared month
 * alike. A change to either that breaks a formula of rows 11 to 16 fails here.
 */
class HistoryAgreesWithDuckDbTest {

    @ParameterizedTest(name = "{0} issues, seed {1}, {2}, {3} DuckDB threads")
    @CsvSource({
        "4000, 42, Europe/Berlin, 2",
        // A zone far from UTC moves changes made near midnight into another local day and month.
        "2000, 7, Pacific/Auckland, 1",
    })
    void everyHistoryFigureIsTheSameInDuckDb(int issues, long seed, String zone, int threads) throws Exception {
        HistoryWorkload workload = new HistoryWorkload(Workload.of(seed, issues, ZoneId.of(zone)));
        HistoryLoad load = HistoryLoad.of(workload, threads);
        KpiFigures ours;
        KpiFigures theirs;
        try (HistoryDuckDb duckdb = load.duckdb()) {
            assertThat(duckdb.setting("threads")).isEqualTo(String.valueOf(threads));
            assertThat(duckdb.changeRows()).isEqualTo(load.changeTable().changeCount()).isPositive();
            HistoryEngineRun engine = new HistoryEngineRun(workload, load.table());
            ours = engine.figures(engine.compute());
            theirs = duckdb.compute();
        }
        assertThat(Comparison.compare(ours, theirs)).isEmpty();

        // The comparison only means something if the data exercises the figures: the funnel's 3 stages and
        // won, time in each stage, the velocity's factors, every bar of the movement but "moved out" (no deal
        // stops being one), and a pipeline trend.
        assertThat(ours.ids()).hasSize(new HistorySql(workload.workload().model(), workload.workload().options())
                .ids().size()).hasSize(3 + 6 + 6 + 6 + 9 + 3);
        assertThat(ours.get(monthly(Kpi.STAGE_FUNNEL, "reached")).groups()).containsOnlyKeys("Prospecting",
                "Proposal", "Negotiation", KpiCatalog.WON_STEP);
        assertThat(total(ours, monthly(Kpi.STAGE_FUNNEL, "reached"), KpiCatalog.WON_STEP)).isPositive();
        assertThat(total(ours, monthly(Kpi.TIME_IN_STAGE, "deals"), "Negotiation")).isPositive();
        assertThat(total(ours, monthly(Kpi.TIME_IN_STAGE, "openDeals"), "Prospecting")).isPositive();
        assertThat(total(ours, monthly(Kpi.SALES_VELOCITY, "perDay"), "")).isPositive();
        for (String bar : new String[] {"openAtStart", "new", "increased", "decreased", "won", "lost"}) {
            assertThat(total(ours, monthly(Kpi.PIPELINE_MOVEMENT, bar), "")).as(bar).isPositive();
        }
        Id count = new Id(Call.MONTH_END, Kpi.OPEN_PIPELINE, "count");
        BigDecimal[] trend = ours.get(count).groups().get("");
        assertThat(Arrays.stream(trend).distinct().count()).as("the open deals differ from month to month")
                .isGreaterThan(1);
        // The trend's last month is the movement's open at end of that month, on both sides.
        assertThat(ours.get(new Id(Call.MONTH_END, Kpi.OPEN_PIPELINE, "amount")).groups().get(""))
                .isEqualTo(ours.get(monthly(Kpi.PIPELINE_MOVEMENT, "openAtEnd")).groups().get(""));
    }

    private static Id monthly(Kpi kpi, String figure) {
        return new Id(Call.MONTHLY, kpi, figure);
    }

    private static BigDecimal total(KpiFigures figures, Id id, String group) {
        return Arrays.stream(figures.get(id).groups().get(group)).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
