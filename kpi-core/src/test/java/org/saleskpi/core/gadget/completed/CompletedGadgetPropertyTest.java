package org.saleskpi.core.gadget.completed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
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
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

class CompletedGadgetPropertyTest {

    /** Every issue resolved in the range is counted once: in one rep's row and one bucket. */
    @Property(tries = 200)
    void everyResolvedIssueIsCountedOnce(@ForAll("deals") List<Pipeline.Draft> deals,
            @ForAll @IntRange(min = 0, max = 500) int startOffset, @ForAll @IntRange(min = 1, max = 400) int days,
            @ForAll Bucket bucket) {
        IssueTable table = Pipeline.table(deals);
        Period range = new Period(RandomPipelines.ORIGIN.plusDays(startOffset),
                RandomPipelines.ORIGIN.plusDays(startOffset + days));

        RepActivityDataset dataset = new CompletedGadget(Pipeline.model()).dataset(table, new Timeline(range, bucket));

        long resolved = MetricEngine.evaluate(table, Pipeline.model().calendar(),
                Metric.count(Filter.all(), When.during(Column.RESOLVED)), range).asNumber().orElseThrow().longValueExact();
        long byRep = dataset.reps().stream().mapToLong(r -> r.total().asNumber().orElseThrow().longValueExact()).sum();
        long byBucket = CompletedGadgetTest.counts(dataset.totals()).stream().mapToLong(Long::longValue).sum();
        assertThat(byRep).isEqualTo(resolved);
        assertThat(byBucket).isEqualTo(resolved);
    }

    @Provide
    Arbitrary<List<Pipeline.Draft>> deals() {
        return RandomPipelines.deals(30);
    }
}
