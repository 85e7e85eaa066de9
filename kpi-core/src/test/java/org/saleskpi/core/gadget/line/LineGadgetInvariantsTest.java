package org.saleskpi.core.gadget.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.GadgetScope;
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
import org.saleskpi.core.period.Period;

class LineGadgetInvariantsTest {

    /** Buckets cut the range without gap or overlap, so an additive figure's points add up to the range's total. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource(RandomPipelines.SEEDS)
    void bucketsAddUpToTheRangeTotal(long seed) {
        RandomPipelines random = new RandomPipelines(seed);
        IssueTable table = Pipeline.table(random.deals(30));
        Timeline timeline = new Timeline(random.range(), random.bucket());
        FigureChoice amount = FigureChoice.of(Kpi.WON_REVENUE, "amount");
        LineGadget gadget = new LineGadget(GadgetScope.of(Pipeline.model()));

        LineDataset plain = gadget.dataset(table, LineOptions.of(timeline, amount), Inputs.none());
        LineDataset running = gadget.dataset(table, LineOptions.of(timeline, amount).cumulative(true), Inputs.none());

        Period range = timeline.range();
        Value total = MetricEngine.evaluate(table, Pipeline.model().calendar(),
                amount.resolve(new KpiCatalog(Pipeline.model(), KpiOptions.defaults())).metric(), range);
        BigDecimal sum = plain.series().get(0).values().stream()
                .map(v -> v.asNumber().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Value> runningValues = running.series().get(0).values();
        assertThat(sum).isEqualByComparingTo(total.asNumber().orElseThrow());
        assertThat(runningValues.get(runningValues.size() - 1).asNumber().orElseThrow()).isEqualByComparingTo(sum);
    }
}
