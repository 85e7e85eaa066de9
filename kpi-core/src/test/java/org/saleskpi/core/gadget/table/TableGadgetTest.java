package org.saleskpi.core.gadget.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.GroupBy;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.RateParts;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;

class TableGadgetTest {
    private static final Period MARCH = Period.inclusive(date("2025-03-01"), date("2025-03-31"));
    private static final String WIN_RATE = "win-rate.rate";
    private static final String AMOUNT = "won-revenue.amount";
    private final TableGadget gadget = new TableGadget(GadgetScope.of(Pipeline.model()));

    /*
     * Closed in March, per rep:
     *   ann   won 1000, 2000; lost 500          -> amount 3000, win rate 2/3, average deal 1500
     *   bob   won 600; lost 400, 200, 800       -> amount 600,  win rate 1/4, average deal 600
     *   carol only an open deal                 -> amount 0,    win rate absent, average absent
     *   dave  won 900                           -> amount 900,  win rate 1,   average deal 900
     * Totals, pooled over everyone: amount 4500, win rate 4 won / 8 closed = 0.5 (the mean of the
     * reps' rates would be (2/3 + 1/4 + 1) / 3 = 23/36), average deal 4500 / 4 = 1125.
     */
    private static IssueTable march() {
        return Pipeline.table(
                deal("S-1").rep("ann").amount("1000").won("2025-03-03"),
                deal("S-2").rep("ann").amount("2000").won("2025-03-04"),
                deal("S-3").rep("ann").amount("500").lost("2025-03-05"),
                deal("S-4").rep("bob").amount("600").won("2025-03-06"),
                deal("S-5").rep("bob").amount("400").lost("2025-03-07"),
                deal("S-6").rep("bob").amount("200").lost("2025-03-08"),
                deal("S-7").rep("bob").amount("800").lost("2025-03-09"),
                deal("S-8").rep("carol").amount("5000"),
                deal("S-9").rep("dave").amount("900").won("2025-03-31"));
    }

    private static TableOptions options() {
        return TableOptions.of(MARCH, GroupBy.REP.dimension(Pipeline.model()),
                FigureChoice.of(Kpi.WON_REVENUE, "amount"), FigureChoice.headline(Kpi.WIN_RATE),
                FigureChoice.of(Kpi.SALES_PER_REP, "averageDealSize"));
    }

    @Test
    void aRowPerRepAndPooledTotals() {
        TableDataset dataset = gadget.dataset(march(), options(), Inputs.none());

        assertThat(dataset.currency()).isEqualTo("EUR");
        assertThat(dataset.columns()).containsExactly(new TableDataset.Heading(AMOUNT, Unit.AMOUNT),
                new TableDataset.Heading(WIN_RATE, Unit.RATIO),
                new TableDataset.Heading("sales-per-rep.averageDealSize", Unit.AMOUNT));
        assertThat(dataset.rows()).extracting(TableDataset.Row::group).containsExactly("ann", "bob", "carol", "dave");
        assertThat(cells(dataset.rows().get(0))).containsExactly("3000", fraction(2, 3), "1500");
        assertThat(cells(dataset.rows().get(1))).containsExactly("600", "0.25", "600");
        assertThat(dataset.rows().get(2).values()).containsExactly(Value.of(BigDecimal.ZERO, Unit.AMOUNT),
                Value.absent(AbsentReason.ZERO_DENOMINATOR), Value.absent(AbsentReason.NO_DATA));
        assertThat(cells(dataset.rows().get(3))).containsExactly("900", "1", "900");
        assertThat(dataset.totals().group()).isEmpty();
        assertThat(cells(dataset.totals())).containsExactly("4500", "0.5", "1125");
    }

    @Test
    void aRateColumnCarriesTheCountsItDividesPerRepAndPooled() {
        TableDataset dataset = gadget.dataset(march(), options().sortBy(WIN_RATE, true), Inputs.none());

        // dave 1 of 1, ann 2 of 3, bob 1 of 4, carol 0 of 0; pooled 4 of 8. Amount columns carry none.
        assertThat(dataset.rows()).extracting(row -> counts(row.rateParts().get(1)))
                .containsExactly("1/1", "2/3", "1/4", "0/0");
        assertThat(counts(dataset.totals().rateParts().get(1))).isEqualTo("4/8");
        assertThat(dataset.totals().rateParts().get(0)).isEmpty();
        assertThat(dataset.totals().rateParts().get(2)).isEmpty();
    }

    private static String counts(Optional<RateParts.Counts> parts) {
        RateParts.Counts counts = parts.orElseThrow();
        return counts.numerator().asNumber().orElseThrow().stripTrailingZeros().toPlainString() + "/"
                + counts.denominator().asNumber().orElseThrow().stripTrailingZeros().toPlainString();
    }

    @Test
    void sortedByWinRateDescendingWithAbsentLast() {
        TableDataset dataset = gadget.dataset(march(), options().sortBy(WIN_RATE, true), Inputs.none());

        assertThat(dataset.rows()).extracting(TableDataset.Row::group).containsExactly("dave", "ann", "bob", "carol");
    }

    @Test
    void sortedByWinRateAscendingStillPutsAbsentLast() {
        TableDataset dataset = gadget.dataset(march(), options().sortBy(WIN_RATE, false), Inputs.none());

        assertThat(dataset.rows()).extracting(TableDataset.Row::group).containsExactly("bob", "ann", "dave", "carol");
    }

    @Test
    void sortedByAmountAscending() {
        TableDataset dataset = gadget.dataset(march(), options().sortBy(AMOUNT, false), Inputs.none());

        assertThat(dataset.rows()).extracting(TableDataset.Row::group).containsExactly("carol", "bob", "dave", "ann");
    }

    @Test
    void emptyTableHasNoRowsAndAbsentRates() {
        TableDataset dataset = gadget.dataset(Pipeline.table(), options(), Inputs.none());

        assertThat(dataset.rows()).isEmpty();
        assertThat(dataset.totals().values()).containsExactly(Value.of(BigDecimal.ZERO, Unit.AMOUNT),
                Value.absent(AbsentReason.ZERO_DENOMINATOR), Value.absent(AbsentReason.NO_DATA));
    }

    @Test
    void sortingByAColumnTheTableDoesNotHaveIsRejected() {
        assertThatThrownBy(() -> gadget.dataset(march(), options().sortBy("clv.value", true), Inputs.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sort column clv.value is not one of the table's columns");
    }

    @Test
    void aTableNeedsAColumn() {
        assertThatThrownBy(() -> TableOptions.of(MARCH, GroupBy.REP.dimension(Pipeline.model())))
                .hasMessageStartingWith("columns must name at least one figure");
    }

    private static String fraction(int numerator, int denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128)
                .stripTrailingZeros().toPlainString();
    }

    private static List<String> cells(TableDataset.Row row) {
        return row.values().stream()
                .map(v -> v.asNumber().map(n -> n.stripTrailingZeros().toPlainString()).orElse("absent"))
                .toList();
    }
}
