package org.saleskpi.core.gadget.completed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.RandomPipelines;
import org.saleskpi.core.gadget.RepActivityDataset;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.When;

class CompletedGadgetInvariantsTest {

    /** Every issue resolved in the range is counted once: in one rep's row and one bucket. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource(RandomPipelines.SEEDS)
    void everyResolvedIssueIsCountedOnce(long seed) {
        RandomPipelines random = new RandomPipelines(seed);
        IssueTable table = Pipeline.table(random.deals(30));
        Timeline timeline = new Timeline(random.range(), random.bucket());

        RepActivityDataset dataset = new CompletedGadget(GadgetScope.of(Pipeline.model())).dataset(table, timeline);

        long resolved = MetricEngine.evaluate(table, Pipeline.model().calendar(),
                Metric.count(Filter.all(), When.during(Column.RESOLVED)), timeline.range())
                .asNumber().orElseThrow().longValueExact();
        long byRep = dataset.reps().stream().mapToLong(r -> r.total().asNumber().orElseThrow().longValueExact()).sum();
        long byBucket = CompletedGadgetTest.counts(dataset.totals()).stream().mapToLong(Long::longValue).sum();
        // The rows and the totals are computed apart (grouped and ungrouped): each must hold every issue once.
        assertThat(byRep).isEqualTo(resolved);
        assertThat(byBucket).isEqualTo(resolved);
        for (int b = 0; b < dataset.buckets().size(); b++) {
            long bucket = MetricEngine.evaluate(table, Pipeline.model().calendar(),
                    Metric.count(Filter.all(), When.during(Column.RESOLVED)), dataset.buckets().get(b))
                    .asNumber().orElseThrow().longValueExact();
            assertThat(dataset.totals().get(b).asNumber().orElseThrow().longValueExact()).isEqualTo(bucket);
        }
    }
}
