package org.saleskpi.core.gadget.completed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;
import static org.saleskpi.core.gadget.Pipeline.task;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.RepActivityDataset;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

class CompletedGadgetTest {
    private static final Timeline Q1_BY_MONTH = new Timeline(
            new Period(date("2025-01-01"), date("2025-04-01")), Bucket.MONTH);

    private final CompletedGadget gadget = new CompletedGadget(GadgetScope.of(Pipeline.model()));

    /*
     * Resolved in Q1 2025, by month:
     *   ann   two tasks in January (the 5th and the 31st), a won deal in March -> 2, 0, 1
     *   bob   a task and a lost deal in February                               -> 0, 2, 0
     *   carol resolved a task in December only: listed, with zeros             -> 0, 0, 0
     *   dave  has an open task only: not listed
     *   a task without assignee resolved in March                              -> "": 0, 0, 1
     * ann's task resolved on April 1 is after the range. Totals 2, 2, 2.
     */
    private static IssueTable quarter() {
        return Pipeline.table(
                task("S-1").rep("ann").done("2025-01-05"),
                task("S-2").rep("ann").done("2025-01-31"),
                deal("S-3").rep("ann").won("2025-03-02"),
                task("S-4").rep("bob").done("2025-02-14"),
                deal("S-5").rep("bob").lost("2025-02-28"),
                task("S-6").rep("carol").created("2024-12-01").done("2024-12-20"),
                task("S-7").rep("dave"),
                task("S-8").done("2025-03-15"),
                task("S-9").rep("ann").done("2025-04-01"));
    }

    @Test
    void resolvedPerRepPerMonth() {
        RepActivityDataset dataset = gadget.dataset(quarter(), Q1_BY_MONTH);

        assertThat(dataset.unit()).isEqualTo(Unit.COUNT);
        assertThat(dataset.currency()).isEqualTo("EUR");
        assertThat(dataset.buckets()).hasSize(3);
        assertThat(dataset.reps()).extracting(RepActivityDataset.RepCounts::rep)
                .containsExactly("ann", "bob", "carol", "");
        assertThat(counts(dataset.rep("ann").counts())).containsExactly(2L, 0L, 1L);
        assertThat(dataset.rep("ann").total()).isEqualTo(Value.of(3, Unit.COUNT));
        assertThat(counts(dataset.rep("bob").counts())).containsExactly(0L, 2L, 0L);
        assertThat(counts(dataset.rep("carol").counts())).containsExactly(0L, 0L, 0L);
        assertThat(counts(dataset.rep("").counts())).containsExactly(0L, 0L, 1L);
        assertThat(counts(dataset.totals())).containsExactly(2L, 2L, 2L);
    }

    @Test
    void weeksStartOnMondayAndTheLastOneIsClipped() {
        // 2025-01-01 is a Wednesday: weeks [Jan 1, Jan 6), [Jan 6, Jan 13), [Jan 13, Jan 15).
        // ann's tasks: the 5th falls in the first, the 31st after the range.
        Timeline twoWeeks = new Timeline(new Period(date("2025-01-01"), date("2025-01-15")), Bucket.WEEK);

        RepActivityDataset dataset = gadget.dataset(quarter(), twoWeeks);

        assertThat(dataset.buckets()).containsExactly(new Period(date("2025-01-01"), date("2025-01-06")),
                new Period(date("2025-01-06"), date("2025-01-13")), new Period(date("2025-01-13"), date("2025-01-15")));
        assertThat(counts(dataset.rep("ann").counts())).containsExactly(1L, 0L, 0L);
    }

    @Test
    void emptyTableListsNoOne() {
        RepActivityDataset dataset = gadget.dataset(Pipeline.table(), Q1_BY_MONTH);

        assertThat(dataset.reps()).isEmpty();
        assertThat(counts(dataset.totals())).containsExactly(0L, 0L, 0L);
    }

    static List<Long> counts(List<Value> values) {
        return values.stream().map(v -> v.asNumber().orElseThrow().longValueExact()).toList();
    }
}
