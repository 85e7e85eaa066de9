package org.saleskpi.core.gadget.bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.GroupBy;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.TargetSource;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.period.Period;

class BarGadgetTest {
    private static final Period MARCH = Period.inclusive(date("2025-03-01"), date("2025-03-31"));
    private static final FigureChoice WON_AMOUNT = FigureChoice.of(Kpi.WON_REVENUE, "amount");
    private static final Dimension BY_REP = GroupBy.REP.dimension(Pipeline.model());
    private static final Dimension BY_CUSTOMER = GroupBy.CUSTOMER.dimension(Pipeline.model());

    private final BarGadget gadget = new BarGadget(GadgetScope.of(Pipeline.model()));

    /*
     * Won in March: ann 1000 (Acme) + 2000 (Globex) = 3000; bob 1500 (Acme) + 500 (no customer)
     * = 2000; carol 300 (Initech). carol's Umbrella deal is open, ann's 400 for Initech was won
     * in February. By customer over all reps: Acme 2500, Globex 2000, none 500, Initech 300,
     * Umbrella 0.
     */
    private static IssueTable march() {
        return Pipeline.table(
                deal("S-1").rep("ann").amount("1000").customer("Acme").won("2025-03-04"),
                deal("S-2").rep("ann").amount("2000").customer("Globex").won("2025-03-05"),
                deal("S-3").rep("bob").amount("1500").customer("Acme").won("2025-03-06"),
                deal("S-4").rep("bob").amount("500").won("2025-03-07"),
                deal("S-5").rep("carol").amount("300").customer("Initech").won("2025-03-08"),
                deal("S-6").rep("carol").amount("800").customer("Umbrella"),
                deal("S-7").rep("ann").amount("400").customer("Initech").won("2025-02-08"));
    }

    @Test
    void wonAmountPerRep() {
        BarDataset dataset = gadget.dataset(march(), BarOptions.of(WON_AMOUNT, MARCH, BY_REP), Inputs.none());

        assertThat(dataset.currency()).isEqualTo("EUR");
        assertThat(dataset.unit()).isEqualTo(Unit.AMOUNT);
        assertThat(dataset.stacks()).isEmpty();
        assertThat(dataset.bars()).extracting(BarDataset.Bar::group).containsExactly("ann", "bob", "carol");
        assertThat(dataset.bars()).extracting(b -> number(b.value())).containsExactly("3000", "2000", "300");
        assertThat(dataset.bars()).allSatisfy(bar -> {
            assertThat(bar.stacks()).isEmpty();
            assertThat(bar.target()).isEqualTo(Value.absent(AbsentReason.NO_TARGET));
        });
    }

    @Test
    void stackedByCustomerWithTheSmallestInOther() {
        // Top two customers Acme (2500) and Globex (2000); other = no customer 500 + Initech 300.
        BarDataset dataset = gadget.dataset(march(),
                BarOptions.of(WON_AMOUNT, MARCH, BY_REP).stackBy(BY_CUSTOMER).maxStacks(2), Inputs.none());

        assertThat(dataset.stacks()).containsExactly(new BarDataset.Stack("Acme", false),
                new BarDataset.Stack("Globex", false), new BarDataset.Stack("", true));
        assertThat(stacks(dataset.bar("ann"))).containsExactly("1000", "2000", "0");
        assertThat(stacks(dataset.bar("bob"))).containsExactly("1500", "0", "500");
        assertThat(stacks(dataset.bar("carol"))).containsExactly("0", "0", "300");
    }

    @Test
    void everyCustomerGetsAStackWhenThereIsRoomAndEmptyStacksAreLeftOut() {
        // Umbrella won nothing in March and nothing is left for "other": neither is drawn. The
        // deal without customer is its own stack, named "".
        BarDataset dataset = gadget.dataset(march(),
                BarOptions.of(WON_AMOUNT, MARCH, BY_REP).stackBy(BY_CUSTOMER), Inputs.none());

        assertThat(dataset.stacks()).containsExactly(new BarDataset.Stack("Acme", false),
                new BarDataset.Stack("Globex", false), new BarDataset.Stack("", false),
                new BarDataset.Stack("Initech", false));
        assertThat(stacks(dataset.bar("bob"))).containsExactly("1500", "0", "500", "0");
    }

    @Test
    void stacksAddUpToTheBarEvenForIssuesOutsideTheStackGrouping() {
        // Stacked by status over deals only, so the lead's status is not a stack value; counting
        // every issue created in March puts the lead (ann's) in "other".
        IssueTable table = Pipeline.table(
                deal("S-1").rep("ann").created("2025-03-02"),
                deal("S-2").rep("ann").created("2025-03-03").won("2025-03-20"),
                Pipeline.lead("S-3").rep("ann").created("2025-03-04"));
        Dimension dealStatus = Dimension.by(Column.STATUS, Filter.typeIn(Set.of("Deal")));
        FigureChoice created = FigureChoice.custom("created", Metric.count(Filter.all(), When.during(Column.CREATED)));

        BarDataset dataset = gadget.dataset(table,
                BarOptions.of(created, MARCH, GroupBy.ASSIGNEE.dimension(Pipeline.model())).stackBy(dealStatus),
                Inputs.none());

        assertThat(dataset.stacks()).extracting(BarDataset.Stack::name).containsExactly("Open", "Won", "");
        assertThat(number(dataset.bar("ann").value())).isEqualTo("3");
        assertThat(stacks(dataset.bar("ann"))).containsExactly("1", "1", "1");
    }

    @Test
    void quotaPerRepFromInputs() {
        Map<String, String> quotas = Map.of("ann", "2500", "bob", "2000");
        Inputs inputs = (name, period, rep) -> name.equals("quota")
                ? Optional.ofNullable(quotas.get(rep)).map(BigDecimal::new) : Optional.empty();

        BarDataset dataset = gadget.dataset(march(), BarOptions.of(WON_AMOUNT, MARCH, BY_REP)
                .target(new TargetSource("quota", Unit.AMOUNT)), inputs);

        assertThat(dataset.bar("ann").target()).isEqualTo(Value.of(new BigDecimal("2500"), Unit.AMOUNT));
        assertThat(dataset.bar("bob").target()).isEqualTo(Value.of(new BigDecimal("2000"), Unit.AMOUNT));
        assertThat(dataset.bar("carol").target()).isEqualTo(Value.absent(AbsentReason.NO_TARGET));
    }

    @Test
    void aMoneyQuotaIsNotDrawnAgainstAWinRate() {
        // Closed in March: ann won 2 of 2 (rate 1), bob won 2 of 3 (2/3), carol won 1 of 1 (1).
        // Their quotas of 2500 and 2000 dollars are no rates: on a percent axis they would read
        // 250 000 % and 200 000 %, so no bar gets one, and each says why.
        IssueTable table = Pipeline.table(
                deal("S-1").rep("ann").amount("1000").won("2025-03-04"),
                deal("S-2").rep("ann").amount("2000").won("2025-03-05"),
                deal("S-3").rep("bob").amount("1500").won("2025-03-06"),
                deal("S-4").rep("bob").amount("500").won("2025-03-07"),
                deal("S-5").rep("bob").amount("700").lost("2025-03-09"),
                deal("S-6").rep("carol").amount("300").won("2025-03-08"));
        Inputs quotas = (name, period, rep) -> name.equals(TargetSource.QUOTAS.input())
                ? Optional.ofNullable(Map.of("ann", "2500", "bob", "2000").get(rep)).map(BigDecimal::new)
                : Optional.empty();

        BarDataset dataset = gadget.dataset(table, BarOptions.of(FigureChoice.headline(Kpi.WIN_RATE), MARCH, BY_REP)
                .target(TargetSource.QUOTAS), quotas);

        assertThat(dataset.unit()).isEqualTo(Unit.RATIO);
        assertThat(dataset.bars()).extracting(b -> number(b.value())).containsExactly("1", "0.6666666666666666666666666666666667", "1");
        assertThat(dataset.bars()).extracting(BarDataset.Bar::target)
                .containsOnly(Value.absent(AbsentReason.TARGET_IN_OTHER_UNIT));
        // The same quotas against the won amount are drawn: only the unit decides.
        BarDataset amounts = gadget.dataset(table, BarOptions.of(WON_AMOUNT, MARCH, BY_REP)
                .target(TargetSource.QUOTAS), quotas);
        assertThat(amounts.bar("ann").target()).isEqualTo(Value.of(new BigDecimal("2500"), Unit.AMOUNT));
    }

    @Test
    void rateBarsAreAbsentWithoutClosedDeals() {
        // No one closed a deal in April: every rep's win rate is absent, not 0.
        Period april = Period.inclusive(date("2025-04-01"), date("2025-04-30"));

        BarDataset dataset = gadget.dataset(march(), BarOptions.of(FigureChoice.headline(Kpi.WIN_RATE), april,
                BY_REP), Inputs.none());

        assertThat(dataset.unit()).isEqualTo(Unit.RATIO);
        assertThat(dataset.bars()).extracting(BarDataset.Bar::value)
                .containsOnly(Value.absent(AbsentReason.ZERO_DENOMINATOR));
    }

    @Test
    void emptyTableHasNoBars() {
        BarDataset dataset = gadget.dataset(Pipeline.table(),
                BarOptions.of(WON_AMOUNT, MARCH, BY_REP).stackBy(BY_CUSTOMER), Inputs.none());

        assertThat(dataset.bars()).isEmpty();
        assertThat(dataset.stacks()).isEmpty();
    }

    @Test
    void ratesCannotBeStacked() {
        BarOptions options = BarOptions.of(FigureChoice.headline(Kpi.WIN_RATE), MARCH, BY_REP).stackBy(BY_CUSTOMER);

        assertThatThrownBy(() -> gadget.dataset(march(), options, Inputs.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("stackBy: win-rate.rate does not add up");
    }

    @Test
    void optionsAreValidated() {
        BarOptions options = BarOptions.of(WON_AMOUNT, MARCH, BY_REP);

        assertThatThrownBy(() -> options.maxStacks(0)).hasMessageStartingWith("maxStacks must be at least 1");
        assertThatThrownBy(() -> options.stackBy(Dimension.none())).hasMessageStartingWith("stackBy");
        assertThatThrownBy(() -> options.target(new TargetSource(" ", Unit.AMOUNT))).hasMessageContaining("target");
    }

    private static List<String> stacks(BarDataset.Bar bar) {
        return bar.stacks().stream().map(BarGadgetTest::number).toList();
    }

    private static String number(Value value) {
        return value.asNumber().map(n -> n.stripTrailingZeros().toPlainString()).orElse("absent");
    }
}
