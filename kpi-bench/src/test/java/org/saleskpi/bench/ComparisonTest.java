package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saleskpi.bench.KpiFigures.Call;
import org.saleskpi.bench.KpiFigures.Id;
import org.saleskpi.bench.KpiFigures.Series;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.period.Period;

/** The comparison is the bench's verdict, so it must catch the differences that matter and no others. */
class ComparisonTest {
    private static final Id AMOUNT = new Id(Call.MONTHLY, Kpi.WON_REVENUE, "amount");
    private static final Id RATE = new Id(Call.BY_REP, Kpi.WIN_RATE, "rate");
    private static final Period JANUARY = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    private static final Period FEBRUARY = new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1));
    private static final List<Period> MONTHS = List.of(JANUARY, FEBRUARY);

    @Test
    void aCentOffInAMoneySumIsAMismatch() {
        List<Comparison.Mismatch> mismatches = Comparison.compare(
                figures(AMOUNT, true, Map.of("", row("100.00", "250.10"))),
                figures(AMOUNT, true, Map.of("", row("100.00", "250.11"))));

        assertThat(mismatches).singleElement().satisfies(m -> {
            assertThat(m.month()).contains(FEBRUARY);
            assertThat(m.engine()).isEqualByComparingTo("250.10");
            assertThat(m.duckdb()).isEqualByComparingTo("250.11");
        });
    }

    @Test
    void exactNumbersMayDifferInScaleOnly() {
        assertThat(Comparison.compare(
                figures(AMOUNT, true, Map.of("", row("100", "2.5"))),
                figures(AMOUNT, true, Map.of("", row("100.00", "2.50"))))).isEmpty();
    }

    @Test
    void ratiosAgreeWithinTheToleranceOnly() {
        // 2/3 in 34 digits against a double: within 1e-9.
        KpiFigures engine = figures(RATE, true, Map.of("rep01", row("0.6666666666666666666666666666666667", "0.5")));
        KpiFigures close = figures(RATE, false, Map.of("rep01", row("0.66666666666666663", "0.5")));
        KpiFigures off = figures(RATE, false, Map.of("rep01", row("0.6666667", "0.5")));

        assertThat(Comparison.compare(engine, close)).isEmpty();
        assertThat(Comparison.compare(engine, off)).hasSize(1);
    }

    @Test
    void absentIsNotZero() {
        assertThat(Comparison.compare(
                figures(RATE, true, Map.of("rep01", row(null, "0.5"))),
                figures(RATE, false, Map.of("rep01", row("0", "0.5")))))
                .singleElement().satisfies(m -> assertThat(m.problem()).contains("absent"));
    }

    @Test
    void aRepOnOneSideOnlyIsAMismatch() {
        assertThat(Comparison.compare(
                figures(RATE, true, Map.of("rep01", row("1", "1"), "rep02", row("1", "1"))),
                figures(RATE, false, Map.of("rep01", row("1", "1")))))
                .singleElement().satisfies(m -> assertThat(m.group()).isEqualTo("rep02"));
    }

    @Test
    void aFigureOnOneSideOnlyIsAMismatch() {
        assertThat(Comparison.compare(figures(AMOUNT, true, Map.of("", row("1", "1"))), new KpiFigures(MONTHS)))
                .singleElement().satisfies(m -> assertThat(m.problem()).contains("missing on the DuckDB side"));
    }

    private static KpiFigures figures(Id id, boolean exact, Map<String, BigDecimal[]> groups) {
        KpiFigures figures = new KpiFigures(MONTHS);
        figures.put(id, new Series(exact, groups));
        return figures;
    }

    private static BigDecimal[] row(String first, String second) {
        return new BigDecimal[] {first == null ? null : new BigDecimal(first), new BigDecimal(second)};
    }
}
