package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saleskpi.bench.KpiFigures.Call;
import org.saleskpi.bench.KpiFigures.Id;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.demo.DemoSpec;

/**
 * The engine and the SQL written independently in {@link KpiSql} must give every figure of every
 * compared month and rep alike, on a generated data set with history before and after the compared
 * months and the hand-made {@link EdgeIssues}. A change to either that breaks a formula fails here.
 */
class EngineAgreesWithDuckDbTest {

    @ParameterizedTest(name = "{0} issues, seed {1}, {2}, churn {3}, DuckDB strings {4}, {5} DuckDB threads")
    @CsvSource({
        "20000, 42, Europe/Berlin, AUTO, ENUM, 2",
        // A zone far from UTC moves issues created near midnight into another local day and month.
        "5000, 7, Pacific/Auckland, AUTO, VARCHAR, 1",
        // Derived churn: lapsed customers, previous-month actives and first-won customers.
        "20000, 42, Europe/Berlin, DERIVED, ENUM, 2",
    })
    void everyFigureIsTheSameInDuckDb(int issues, long seed, String zone, KpiOptions.ChurnMode churn,
            DuckDbRun.Strings strings, int threads) throws Exception {
        Workload workload = Workload.of(seed, issues, ZoneId.of(zone), KpiOptions.defaults().withChurnMode(churn));
        KpiFigures ours = sameOnBothSides(workload, strings, threads);

        // The comparison only means something if the data exercises the figures.
        // Rows 16 to 18 add 12: open pipeline 3, forecast 4 (this demo model has no category field), coverage 5.
        assertThat(ours.ids()).hasSize(churn == KpiOptions.ChurnMode.DERIVED ? 49 : 51);
        assertThat(total(ours, new Id(Call.MONTHLY, Kpi.WON_REVENUE, "count"))).isPositive();
        assertThat(total(ours, new Id(Call.MONTHLY, Kpi.OPEN_PIPELINE, "count"))).isPositive();
        assertThat(total(ours, new Id(Call.MONTHLY, Kpi.CHURN_RATE, "lost"))).isPositive();
        assertThat(total(ours, new Id(Call.MONTHLY, Kpi.CAC, "newCustomers"))).isPositive();
        // History before the first compared month: growth compares it with the month before, and
        // customers at its start and to date count earlier ones.
        assertThat(first(ours, Kpi.SALES_GROWTH, "previousAmount")).isPositive();
        assertThat(first(ours, Kpi.SALES_GROWTH, "growth")).isNotNull();
        assertThat(first(ours, Kpi.CLV, "customers")).isPositive();
        assertThat(first(ours, Kpi.CHURN_RATE, churn == KpiOptions.ChurnMode.DERIVED ? "activeBefore" : "atStart"))
                .isPositive();

        int noTarget = monthIndex(workload, Workload.MONTH_WITHOUT_TARGET);
        assertThat(row(ours, Call.MONTHLY, Kpi.TARGET_ATTAINMENT, "attainment", "")[noTarget]).isNull();
        assertThat(row(ours, Call.MONTHLY, Kpi.TARGET_ATTAINMENT, "target", "")[noTarget]).isNull();
        assertThat(row(ours, Call.MONTHLY, Kpi.TARGET_ATTAINMENT, "actual", "")[noTarget]).isPositive();
        assertThat(row(ours, Call.MONTHLY, Kpi.TARGET_ATTAINMENT, "attainment", "")[noTarget + 1]).isPositive();

        // The deal without an assignee makes a "" rep; reps with no deal closed in the compared months
        // show 0 won and an absent win rate.
        assertThat(ours.get(new Id(Call.BY_REP, Kpi.WIN_RATE, "rate")).groups())
                .containsKeys("", EdgeIssues.NEW_HIRE, EdgeIssues.FORMER_REP);
        for (String rep : new String[] {EdgeIssues.NEW_HIRE, EdgeIssues.FORMER_REP}) {
            assertThat(row(ours, Call.BY_REP, Kpi.SALES_PER_REP, "count", rep)).containsOnly(BigDecimal.ZERO);
            assertThat(row(ours, Call.BY_REP, Kpi.WIN_RATE, "rate", rep)).containsOnlyNulls();
        }
    }

    /**
     * The generator's smallest data set leaves months without leads, campaigns, closed deals, new
     * customers or (derived) active customers: every ratio over them must be absent on both sides,
     * never NaN or infinite in DuckDB.
     */
    @ParameterizedTest(name = "churn {0}")
    @CsvSource({"AUTO", "DERIVED"})
    void zeroDenominatorsAreAbsentOnBothSides(KpiOptions.ChurnMode churn) throws Exception {
        Workload workload = Workload.of(2, DemoSpec.MIN_ISSUE_COUNT, ZoneId.of("Europe/Berlin"),
                KpiOptions.defaults().withChurnMode(churn));

        KpiFigures ours = sameOnBothSides(workload, DuckDbRun.Strings.ENUM, 1);

        assertThat(row(ours, Call.MONTHLY, Kpi.LEAD_CONVERSION, "rate", "")).containsNull();
        assertThat(row(ours, Call.MONTHLY, Kpi.WIN_RATE, "rate", "")).containsNull();
        assertThat(row(ours, Call.MONTHLY, Kpi.EMAIL_OPEN_RATE, "rate", "")).containsNull();
        assertThat(row(ours, Call.MONTHLY, Kpi.SALES_GROWTH, "growth", "")).containsNull();
        assertThat(row(ours, Call.MONTHLY, Kpi.CAC, "cost", "")).containsNull();
        if (churn == KpiOptions.ChurnMode.DERIVED) {
            assertThat(row(ours, Call.MONTHLY, Kpi.CHURN_RATE, "churn", "")).containsNull();
            assertThat(row(ours, Call.MONTHLY, Kpi.RETENTION_RATE, "retention", "")).containsNull();
        }
    }

    /**
     * Adding a KPI means writing its SQL in {@link KpiSql} too: a figure of a KPI that the SQL does not
     * give fails here by name, before any data is generated (and the comparison above fails on it too).
     */
    @ParameterizedTest(name = "churn {0}")
    @CsvSource({"AUTO", "DERIVED"})
    void everyFigureOfEveryKpiHasItsSql(KpiOptions.ChurnMode churn) {
        Workload workload = Workload.of(1, DemoSpec.MIN_ISSUE_COUNT, ZoneId.of("Europe/Berlin"),
                KpiOptions.defaults().withChurnMode(churn));
        KpiSql sql = new KpiSql(workload.model(), workload.options(), workload.months());
        Set<Id> written = new HashSet<>();
        Stream.concat(sql.monthlyOutputs().stream(), sql.byRepOutputs().stream()).forEach(o -> written.addAll(o.ids()));
        List<String> missing = new ArrayList<>();
        for (Call call : Call.values()) {
            for (Kpi kpi : call == Call.MONTHLY ? Workload.MONTHLY : Workload.BY_REP) {
                workload.engine().catalog().define(kpi).figures().stream()
                        .map(figure -> new Id(call, kpi, figure.name())).filter(id -> !written.contains(id))
                        .forEach(id -> missing.add(id.toString()));
            }
        }
        assertThat(missing).as("figures of the catalog with no SQL in KpiSql").isEmpty();
        assertThat(written).contains(new Id(Call.MONTHLY, Kpi.CAC, "newCustomers"));
    }

    /** Computes the workload on both sides, asserts that they agree and gives the engine's figures. */
    private static KpiFigures sameOnBothSides(Workload workload, DuckDbRun.Strings strings, int threads)
            throws Exception {
        IssueTable table = workload.buildTable();
        EngineRun engine = new EngineRun(workload, table);
        KpiFigures ours = engine.figures(engine.compute());
        KpiFigures theirs;
        try (DuckDbRun duckdb = DuckDbRun.load(workload, table, strings, threads)) {
            assertThat(duckdb.rowCount()).isEqualTo(workload.issueCount()).isGreaterThan(workload.spec().issueCount());
            assertThat(duckdb.setting("threads")).isEqualTo(String.valueOf(threads));
            theirs = duckdb.compute();
        }
        assertThat(Comparison.compare(ours, theirs)).isEmpty();
        return ours;
    }

    private static BigDecimal total(KpiFigures figures, Id id) {
        return figures.get(id).groups().values().stream().flatMap(Arrays::stream)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal first(KpiFigures figures, Kpi kpi, String figure) {
        return row(figures, Call.MONTHLY, kpi, figure, "")[0];
    }

    private static BigDecimal[] row(KpiFigures figures, Call call, Kpi kpi, String figure, String group) {
        return figures.get(new Id(call, kpi, figure)).groups().get(group);
    }

    private static int monthIndex(Workload workload, YearMonth month) {
        for (int i = 0; i < workload.months().size(); i++) {
            if (YearMonth.from(workload.months().get(i).start()).equals(month)) {
                return i;
            }
        }
        throw new IllegalArgumentException(month + " is not compared");
    }
}
