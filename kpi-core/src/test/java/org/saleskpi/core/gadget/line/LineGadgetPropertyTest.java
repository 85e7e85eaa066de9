package org.saleskpi.core.gadget.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.RandomPipelines;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

class LineGadgetPropertyTest {
    private static final LocalDate ORIGIN = RandomPipelines.ORIGIN;

    /** Buckets cut the range without gap or overlap, so an additive figure's points add up to the range's total. */
    @Property(tries = 200)
    void bucketsAddUpToTheRangeTotal(@ForAll("deals") List<Pipeline.Draft> deals,
            @ForAll @IntRange(min = 0, max = 500) int startOffset, @ForAll @IntRange(min = 1, max = 400) int days,
            @ForAll Bucket bucket) {
        IssueTable table = Pipeline.table(deals);
        Period range = new Period(ORIGIN.plusDays(startOffset), ORIGIN.plusDays(startOffset + days));
        FigureChoice amount = FigureChoice.of(Kpi.WON_REVENUE, "amount");
        LineGadget gadget = new LineGadget(Pipeline.model());

        LineDataset plain = gadget.dataset(table, LineOptions.of(new Timeline(range, bucket), amount), Inputs.none());
        LineDataset running = gadget.dataset(table, LineOptions.of(new Timeline(range, bucket), amount)
                .cumulative(true), Inputs.none());

        Value total = MetricEngine.evaluate(table, Pipeline.model().calendar(),
                amount.resolve(new KpiCatalog(Pipeline.model(), KpiOptions.defaults())).metric(), range);
        BigDecimal sum = plain.series().get(0).values().stream()
                .map(v -> v.asNumber().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Value> runningValues = running.series().get(0).values();
        assertThat(sum).isEqualByComparingTo(total.asNumber().orElseThrow());
        assertThat(runningValues.get(runningValues.size() - 1).asNumber().orElseThrow())
                .isEqualByComparingTo(sum);
    }

    @Provide
    Arbitrary<List<Pipeline.Draft>> deals() {
        return RandomPipelines.deals(30);
    }
}
