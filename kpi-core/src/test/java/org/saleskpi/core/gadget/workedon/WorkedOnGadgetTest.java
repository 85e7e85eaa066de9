package org.saleskpi.core.gadget.workedon;

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
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

class WorkedOnGadgetTest {
    private static final Timeline Q1_BY_MONTH = new Timeline(
            new Period(date("2025-01-01"), date("2025-04-01")), Bucket.MONTH);

    private final WorkedOnGadget gadget = new WorkedOnGadget(GadgetScope.of(Pipeline.model()));

    /*
     * Last updated in Q1 2025, by month:
     *   ann   S-1 on Jan 10; S-2 created in January but last updated Mar 5 -> 1, 0, 1
     *   bob   S-3 on Feb 1; S-4 last on Dec 31 (listed, not counted)     -> 0, 1, 0
     *   carol S-5 never updated after its creation on Jan 1              -> 1, 0, 0
     *   nobody S-6 on Feb 10                                              -> "": 0, 1, 0
     * Totals 2, 2, 1. S-2 counts in March only: the table knows only its last update.
     */
    private static IssueTable quarter() {
        return Pipeline.table(
                task("S-1").rep("ann").updated("2025-01-10"),
                deal("S-2").rep("ann").created("2025-01-02").updated("2025-03-05"),
                task("S-3").rep("bob").updated("2025-02-01"),
                task("S-4").rep("bob").created("2024-12-01").updated("2024-12-31"),
                task("S-5").rep("carol"),
                task("S-6").updated("2025-02-10"));
    }

    @Test
    void issuesPerRepByTheMonthOfTheirLastUpdate() {
        RepActivityDataset dataset = gadget.dataset(quarter(), Q1_BY_MONTH);

        assertThat(dataset.reps()).extracting(RepActivityDataset.RepCounts::rep)
                .containsExactly("ann", "bob", "carol", "");
        assertThat(counts(dataset.rep("ann").counts())).containsExactly(1L, 0L, 1L);
        assertThat(counts(dataset.rep("bob").counts())).containsExactly(0L, 1L, 0L);
        assertThat(counts(dataset.rep("carol").counts())).containsExactly(1L, 0L, 0L);
        assertThat(counts(dataset.rep("").counts())).containsExactly(0L, 1L, 0L);
        assertThat(counts(dataset.totals())).containsExactly(2L, 2L, 1L);
    }

    @Test
    void readsOnlyTheUpdatedDate() {
        assertThat(gadget.columns()).containsExactlyInAnyOrder(Column.UPDATED, Column.ASSIGNEE);
    }

    private static List<Long> counts(List<Value> values) {
        return values.stream().map(v -> v.asNumber().orElseThrow().longValueExact()).toList();
    }
}
