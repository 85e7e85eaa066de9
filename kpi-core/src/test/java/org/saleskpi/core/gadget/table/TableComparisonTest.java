package org.saleskpi.core.gadget.table;

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

/** Period sales growth per rep over a running quarter compares it with the previous one up to the same day. */
class TableComparisonTest {

    /*
     * ann: Q3 1000 (1 Jul) + 500 (5 Sep) + 4000 (6 Sep); Q4 so far 1200 (1 Oct). On 5 Dec: 1200
     * against 1 Jul - 5 Sep, 1500: (1200 - 1500) / 1500 = -0.2 (against all of Q3, 5500, it would be
     * -0.78). bob: Q3 200 (2 Sep); Q4 so far 300 (3 Dec): (300 - 200) / 200 = 0.5. Pooled: 1500 against
     * 1700: -200 / 1700.
     */
    @Test
    void growthPerRepOfARunningQuarter() {
        IssueTable table = Pipeline.table(
                deal("T-1").rep("ann").amount("1000").won("2026-07-01"),
                deal("T-2").rep("ann").amount("500").won("2026-09-05"),
                deal("T-3").rep("ann").amount("4000").won("2026-09-06"),
                deal("T-4").rep("ann").amount("1200").won("2026-10-01"),
                deal("T-5").rep("bob").amount("200").won("2026-09-02"),
                deal("T-6").rep("bob").amount("300").won("2026-12-03"));
        Period quarter = new Period(date("2026-10-01"), date("2027-01-01"));
        TableOptions options = TableOptions.of(quarter, GroupBy.REP.dimension(Pipeline.model()),
                FigureChoice.of(Kpi.SALES_GROWTH, "growth"));

        TableDataset dataset = new TableGadget(GadgetScope.of(Pipeline.model())).dataset(table, options, Inputs.none(),
                Comparison.of(Pipeline.model().calendar(), quarter, quarter, Optional.of(date("2026-12-05"))));

        assertThat(dataset.rows()).hasSize(2);
        assertThat(number(dataset.rows().get(0).values().get(0))).isEqualByComparingTo("-0.2");
        assertThat(number(dataset.rows().get(1).values().get(0))).isEqualByComparingTo("0.5");
        assertThat(number(dataset.totals().values().get(0)))
                .isEqualByComparingTo(new BigDecimal("-200").divide(new BigDecimal("1700"), java.math.MathContext.DECIMAL128));
    }

    private static BigDecimal number(Value value) {
        return ((Value.Present) value).number();
    }
}
