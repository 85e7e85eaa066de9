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
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiOptions;

/**
 * The engine and the SQL written independently in {@link KpiSql} must give every figure of every
 * month and rep alike, on a generated data set. A change to either that breaks a formula fails here.
 */
class EngineAgreesWithDuckDbTest {

    @ParameterizedTest(name = "{0} issues, seed {1}, {2}, churn {3}, DuckDB strings {4}")
    @CsvSource({
        "20000, 42, Europe/Berlin, AUTO, VARCHAR",
        // A zone far from UTC moves issues created near midnight into another local day and month.
        "5000, 7, Pacific/Auckland, AUTO, ENUM",
        // Derived churn: lapsed customers, previous-month actives and first-won customers.
        "20000, 42, Europe/Berlin, DERIVED, VARCHAR",
    })
    void everyFigureIsTheSameInDuckDb(int issues, long seed, String zone, KpiOptions.ChurnMode churn,
            DuckDbRun.Strings strings) throws Exception {
        Workload workload = Workload.of(seed, issues, ZoneId.of(zone), KpiOptions.defaults().withChurnMode(churn));
        IssueTable table = workload.buildTable();
        EngineRun engine = new EngineRun(workload, table);
        KpiFigures ours = engine.figures(engine.compute());
        KpiFigures theirs;
        try (DuckDbRun duckdb = DuckDbRun.load(workload, table, strings)) {
            assertThat(duckdb.rowCount()).isEqualTo(issues);
            theirs = duckdb.compute();
        }

        assertThat(Comparison.compare(ours, theirs)).isEmpty();

        // The comparison only means something if the data exercises the figures.
        assertThat(ours.ids()).hasSize(churn == KpiOptions.ChurnMode.DERIVED ? 37 : 39);
        assertThat(total(ours, new Id(Call.MONTHLY, Kpi.WON_REVENUE, "count"))).isPositive();
        assertThat(total(ours, new Id(Call.MONTHLY, Kpi.CHURN_RATE, "lost"))).isPositive();
        assertThat(total(ours, new Id(Call.MONTHLY, Kpi.CAC, "newCustomers"))).isPositive();
        assertThat(ours.get(new Id(Call.BY_REP, Kpi.WIN_RATE, "rate")).groups()).hasSizeGreaterThan(1);
        // Growth has no previous month to compare the first bucket with: absent on both sides.
        assertThat(ours.get(new Id(Call.MONTHLY, Kpi.SALES_GROWTH, "growth")).groups().get("")[0]).isNull();
    }

    private static BigDecimal total(KpiFigures figures, Id id) {
        return figures.get(id).groups().values().stream().flatMap(Arrays::stream)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
