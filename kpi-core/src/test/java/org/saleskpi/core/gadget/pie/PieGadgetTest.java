package org.saleskpi.core.gadget.pie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.GroupBy;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

class PieGadgetTest {
    private static final Period MARCH = Period.inclusive(date("2025-03-01"), date("2025-03-31"));
    private static final FigureChoice WON_AMOUNT = FigureChoice.of(Kpi.WON_REVENUE, "amount");
    private static final Dimension BY_REP = GroupBy.REP.dimension(Pipeline.model());

    private final PieGadget gadget = new PieGadget(GadgetScope.of(Pipeline.model()));

    /*
     * Won in March by rep: ann 1000 + 2000 = 3000, bob 1500, carol 1000, dave 500, a deal without
     * rep 500, erin 0 (her deal is open). ann's 9999 was won in February and does not count.
     * Total 6500.
     */
    private static IssueTable march() {
        return Pipeline.table(
                deal("S-1").rep("ann").amount("1000").won("2025-03-03"),
                deal("S-2").rep("ann").amount("2000").won("2025-03-20"),
                deal("S-3").rep("bob").amount("1500").won("2025-03-11"),
                deal("S-4").rep("carol").amount("1000").won("2025-03-30"),
                deal("S-5").rep("dave").amount("500").won("2025-03-01"),
                deal("S-6").amount("500").won("2025-03-15"),
                deal("S-7").rep("erin").amount("700"),
                deal("S-8").rep("ann").amount("9999").won("2025-02-27"));
    }

    @Test
    void topThreeAndTheRestAsOther() {
        // ann 3000 / 6500 = 6/13, bob 3/13, carol 2/13; other = dave 500 + no rep 500 + erin 0 = 1000, 2/13.
        PieDataset pie = gadget.dataset(march(), new PieOptions(WON_AMOUNT, MARCH, BY_REP, 3));

        assertThat(pie.currency()).isEqualTo("EUR");
        assertThat(pie.unit()).isEqualTo(Unit.AMOUNT);
        assertThat(pie.total()).isEqualTo(Value.of(new BigDecimal("6500"), Unit.AMOUNT));
        assertThat(pie.slices()).extracting(PieDataset.Slice::group).containsExactly("ann", "bob", "carol", "");
        assertThat(pie.slices()).extracting(PieDataset.Slice::other).containsExactly(false, false, false, true);
        assertThat(pie.slices().get(3).value()).isEqualTo(Value.of(new BigDecimal("1000"), Unit.AMOUNT));
        assertThat(share(pie, 0)).isCloseTo(thirteenths(6), within(new BigDecimal("1e-30")));
        assertThat(share(pie, 1)).isCloseTo(thirteenths(3), within(new BigDecimal("1e-30")));
        assertThat(share(pie, 3)).isCloseTo(thirteenths(2), within(new BigDecimal("1e-30")));
        assertThat(share(pie, 0).add(share(pie, 1)).add(share(pie, 2)).add(share(pie, 3))).isEqualByComparingTo("1");
    }

    @Test
    void equalSlicesKeepTheGroupOrderAndTheGroupWithoutValueComesLast() {
        // Counting won deals: ann 2, then bob, carol, dave and the deal without rep at 1 each, erin 0.
        PieDataset pie = gadget.dataset(march(), new PieOptions(FigureChoice.of(Kpi.WON_REVENUE, "count"), MARCH,
                BY_REP));

        assertThat(pie.slices()).extracting(PieDataset.Slice::group)
                .containsExactly("ann", "bob", "carol", "dave", "", "erin");
        assertThat(pie.slices()).noneMatch(PieDataset.Slice::other);
        assertThat(pie.total()).isEqualTo(Value.of(6, Unit.COUNT));
        assertThat(share(pie, 5)).isEqualByComparingTo("0");
    }

    @Test
    void nothingWonMeansNoShares() {
        // Only the open deal and February's win: every slice is 0 and no share can be computed.
        PieDataset pie = gadget.dataset(Pipeline.table(deal("S-7").rep("erin").amount("700"),
                deal("S-8").rep("ann").amount("9999").won("2025-02-27")), new PieOptions(WON_AMOUNT, MARCH, BY_REP));

        assertThat(pie.total()).isEqualTo(Value.of(BigDecimal.ZERO, Unit.AMOUNT));
        assertThat(pie.slices()).extracting(PieDataset.Slice::group).containsExactly("ann", "erin");
        assertThat(pie.slices()).extracting(PieDataset.Slice::share)
                .containsOnly(Value.absent(AbsentReason.ZERO_DENOMINATOR));
    }

    @Test
    void emptyTableHasNoSlices() {
        PieDataset pie = gadget.dataset(Pipeline.table(), new PieOptions(WON_AMOUNT, MARCH, BY_REP));

        assertThat(pie.slices()).isEmpty();
        assertThat(pie.total()).isEqualTo(Value.of(BigDecimal.ZERO, Unit.AMOUNT));
    }

    @Test
    void ungroupedPieIsOneWholeSlice() {
        PieDataset pie = gadget.dataset(march(), new PieOptions(WON_AMOUNT, MARCH, Dimension.none()));

        assertThat(pie.slices()).singleElement().satisfies(slice -> {
            assertThat(slice.group()).isEmpty();
            assertThat(slice.share()).isEqualTo(Value.of(BigDecimal.ONE, Unit.RATIO));
        });
    }

    @Test
    void ratesCannotBeSlices() {
        PieOptions winRate = new PieOptions(FigureChoice.headline(Kpi.WIN_RATE), MARCH, BY_REP);

        assertThatThrownBy(() -> gadget.dataset(march(), winRate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("figure: win-rate.rate does not add up");
    }

    @Test
    void aDifferenceCannotBeSlicedForItsPartsCouldBeNegative() {
        Metric deals = Metric.count(Filter.typeIn(Set.of("Deal")), When.during(Column.CREATED));
        Metric leads = Metric.count(Filter.typeIn(Set.of("Lead")), When.during(Column.CREATED));
        PieOptions difference = new PieOptions(new FigureChoice.Custom("deals-minus-leads", Metric.minus(deals, leads)),
                MARCH, BY_REP);

        assertThatThrownBy(() -> gadget.dataset(march(), difference))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("figure: deals-minus-leads subtracts");
    }

    @Test
    void topNMustBePositiveAndTheErrorNamesTheOption() {
        assertThatThrownBy(() -> new PieOptions(WON_AMOUNT, MARCH, BY_REP, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("topN must be at least 1")
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("topN"));
    }

    private static BigDecimal thirteenths(int n) {
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(13), MathContext.DECIMAL128);
    }

    private static BigDecimal share(PieDataset pie, int slice) {
        return pie.slices().get(slice).share().asNumber().orElseThrow();
    }
}
