package org.saleskpi.core.gadget.bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.GroupBy;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;

/** A bar of period sales growth per rep over a running month compares it up to the same day. */
class BarComparisonTest {

    /*
     * This month on 31 May 2026 against April, which has no 31st: all of April. ann: April 400
     * (30 Apr), May 600 (31 May): +0.5. bob: April 100 (10 Apr), May 50 (15 May): -0.5. On 15 May,
     * 1 - 15 May against 1 - 15 April: ann 0 against 0 (absent), bob 50 against 100, -0.5.
     */
    private static IssueTable deals() {
        return Pipeline.table(
                deal("B-1").rep("ann").amount("400").won("2026-04-30"),
                deal("B-2").rep("ann").amount("600").won("2026-05-31"),
                deal("B-3").rep("bob").amount("100").won("2026-04-10"),
                deal("B-4").rep("bob").amount("50").won("2026-05-15"));
    }

    @Test
    void growthPerRepOfTheMonthOnItsLastDayAndMidMonth() {
        Period may = new Period(date("2026-05-01"), date("2026-06-01"));
        BarOptions options = BarOptions.of(FigureChoice.of(Kpi.SALES_GROWTH, "growth"), may,
                GroupBy.REP.dimension(Pipeline.model()));
        BarGadget gadget = new BarGadget(GadgetScope.of(Pipeline.model()));

        BarDataset lastDay = gadget.dataset(deals(), options, Inputs.none(),
                Comparison.of(Pipeline.model().calendar(), may, may, Optional.of(date("2026-05-31"))));
        BarDataset midMonth = gadget.dataset(deals(), options, Inputs.none(),
                Comparison.of(Pipeline.model().calendar(), may, may, Optional.of(date("2026-05-15"))));

        assertThat(number(lastDay.bars().get(0).value())).isEqualByComparingTo("0.5");
        assertThat(number(lastDay.bars().get(1).value())).isEqualByComparingTo("-0.5");
        assertThat(midMonth.bars().get(0).value()).isInstanceOf(Value.Absent.class);
        assertThat(number(midMonth.bars().get(1).value())).isEqualByComparingTo("-0.5");
    }

    private static BigDecimal number(Value value) {
        return ((Value.Present) value).number();
    }
}
