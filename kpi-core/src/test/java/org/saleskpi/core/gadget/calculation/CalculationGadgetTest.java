package org.saleskpi.core.gadget.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;

class CalculationGadgetTest {
    private static final Period MARCH = Period.inclusive(date("2025-03-01"), date("2025-03-31"));
    private static final FigureChoice WON_AMOUNT = FigureChoice.of(Kpi.WON_REVENUE, "amount");

    private final CalculationGadget gadget = new CalculationGadget(GadgetScope.of(Pipeline.model()));

    /*
     * February: 1000 + 600 won, 400 lost. March: 2000 won (and 500 + 500 lost).
     * Won amount: March 2000, February 1600, delta +400, relative 400 / 1600 = 0.25.
     * Win rate: March 1 / 3, February 2 / 3, delta 1/3 - 2/3 = -1/3 (33 1/3 points down), relative -0.5.
     */
    private static IssueTable deals() {
        return Pipeline.table(
                deal("S-1").rep("ann").amount("1000").won("2025-02-10"),
                deal("S-2").rep("bob").amount("600").won("2025-02-28"),
                deal("S-3").rep("bob").amount("400").lost("2025-02-14"),
                deal("S-4").rep("ann").amount("2000").won("2025-03-01"),
                deal("S-5").rep("ann").amount("500").lost("2025-03-12"),
                deal("S-6").rep("bob").amount("500").lost("2025-03-31"),
                deal("S-7").rep("bob").amount("9000"));
    }

    @Test
    void wonAmountAgainstTheMonthBefore() {
        CalculationDataset dataset = gadget.dataset(deals(), new CalculationOptions(WON_AMOUNT, MARCH), Inputs.none());

        assertThat(dataset.currency()).isEqualTo("EUR");
        assertThat(dataset.unit()).isEqualTo(Unit.AMOUNT);
        assertThat(dataset.figure()).isEqualTo("won-revenue.amount");
        assertThat(dataset.previousPeriod()).isEqualTo(Period.inclusive(date("2025-02-01"), date("2025-02-28")));
        assertThat(number(dataset.value())).isEqualByComparingTo("2000");
        assertThat(number(dataset.previous())).isEqualByComparingTo("1600");
        assertThat(number(dataset.delta())).isEqualByComparingTo("400");
        assertThat(dataset.delta().asNumber()).isPresent();
        assertThat(((Value.Present) dataset.delta()).unit()).isEqualTo(Unit.AMOUNT);
        assertThat(number(dataset.relativeDelta())).isEqualByComparingTo("0.25");
        assertThat(((Value.Present) dataset.relativeDelta()).unit()).isEqualTo(Unit.RATIO);
    }

    @Test
    void rateMovesInPoints() {
        CalculationDataset dataset = gadget.dataset(deals(),
                new CalculationOptions(FigureChoice.headline(Kpi.WIN_RATE), MARCH), Inputs.none());

        assertThat(dataset.unit()).isEqualTo(Unit.RATIO);
        // Thirds are kept to 34 digits, so compare to that precision.
        assertThat(number(dataset.value())).isCloseTo(third(1), within(EPSILON));
        assertThat(number(dataset.previous())).isCloseTo(third(2), within(EPSILON));
        assertThat(number(dataset.delta())).isCloseTo(third(-1), within(EPSILON));
        assertThat(number(dataset.relativeDelta())).isCloseTo(new BigDecimal("-0.5"), within(EPSILON));
    }

    @Test
    void relativeDeltaIsAbsentWhenThePreviousPeriodHadNothing() {
        // February against January, when nothing was won: value 1600, previous 0, delta 1600,
        // relative change absent (growth from 0 has no meaning).
        Period february = Period.inclusive(date("2025-02-01"), date("2025-02-28"));

        CalculationDataset dataset = gadget.dataset(deals(), new CalculationOptions(WON_AMOUNT, february),
                Inputs.none());

        assertThat(number(dataset.previous())).isEqualByComparingTo("0");
        assertThat(number(dataset.delta())).isEqualByComparingTo("1600");
        assertThat(dataset.relativeDelta()).isEqualTo(Value.absent(AbsentReason.NO_PREVIOUS_VALUE));
    }

    @Test
    void absentValuesKeepTheirReason() {
        // An empty table: no closed deal in either month, so the win rate and every change are
        // absent because of a zero denominator, not 0.
        CalculationDataset dataset = gadget.dataset(Pipeline.table(),
                new CalculationOptions(FigureChoice.headline(Kpi.WIN_RATE), MARCH), Inputs.none());

        assertThat(dataset.value()).isEqualTo(Value.absent(AbsentReason.ZERO_DENOMINATOR));
        assertThat(dataset.previous()).isEqualTo(Value.absent(AbsentReason.ZERO_DENOMINATOR));
        assertThat(dataset.delta()).isEqualTo(Value.absent(AbsentReason.ZERO_DENOMINATOR));
        assertThat(dataset.relativeDelta()).isEqualTo(Value.absent(AbsentReason.NO_PREVIOUS_VALUE));
    }

    @Test
    void targetAttainmentReadsTheTargetOfEachPeriodFromInputs() {
        // March target 4000 -> attainment 2000 / 4000 = 0.5; February target 3200 -> 1600 / 3200 = 0.5.
        Inputs targets = (name, period, group) -> Optional.of(new BigDecimal(
                period.start().getMonthValue() == 3 ? "4000" : "3200"));

        CalculationDataset dataset = gadget.dataset(deals(),
                new CalculationOptions(FigureChoice.headline(Kpi.TARGET_ATTAINMENT), MARCH), targets);

        assertThat(number(dataset.value())).isEqualByComparingTo("0.5");
        assertThat(number(dataset.previous())).isEqualByComparingTo("0.5");
        assertThat(number(dataset.delta())).isEqualByComparingTo("0");
        assertThat(number(dataset.relativeDelta())).isEqualByComparingTo("0");
    }

    private static final BigDecimal EPSILON = new BigDecimal("1e-30");

    private static BigDecimal third(int times) {
        return BigDecimal.valueOf(times).divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128);
    }

    private static BigDecimal number(Value value) {
        return value.asNumber().orElseThrow(() -> new AssertionError("absent: " + value));
    }
}
