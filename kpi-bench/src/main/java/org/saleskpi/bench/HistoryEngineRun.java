package org.saleskpi.bench;

import java.util.List;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.MetricEngine;

/** The timed engine run of the history workload: every figure in one {@link MetricEngine} call. */
public final class HistoryEngineRun {
    private final HistoryWorkload workload;
    private final IssueTable table;

    /** {@code table} carries its change table ({@link IssueTable#withHistory}). */
    public HistoryEngineRun(HistoryWorkload workload, IssueTable table) {
        this.workload = workload;
        // Timed afresh each run: nothing computed is kept with the table.
        this.table = table.rememberingIn(IssueTable.Memo.NONE);
    }

    public List<Grid> compute() {
        Workload base = workload.workload();
        return MetricEngine.evaluate(table, base.model().calendar(), workload.requests(), base.months(),
                base.inputs());
    }

    public KpiFigures figures(List<Grid> grids) {
        KpiFigures figures = new KpiFigures(workload.workload().months());
        List<KpiFigures.Id> ids = workload.ids();
        for (int i = 0; i < ids.size(); i++) {
            figures.put(ids.get(i), new KpiFigures.Series(true, KpiFigures.cells(grids.get(i))));
        }
        return figures;
    }
}
