package org.saleskpi.bench;

import java.math.BigDecimal;
import java.sql.SQLException;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.demo.DemoIssues;

/**
 * Both sides' data for the history workload from two passes of the generator (the change table is
 * built over the finished issue table): the first builds the engine's {@link IssueTable} and finds the
 * amounts' decimals, the second builds its {@link ChangeTable} and appends issues and changes to DuckDB.
 * Neither pass holds the generated records.
 */
public record HistoryLoad(IssueTable table, HistoryDuckDb duckdb, long issues, long changes, long tableMillis,
        long historyMillis) {

    public static HistoryLoad of(HistoryWorkload workload, int duckdbThreads) throws SQLException {
        Workload base = workload.workload();
        String amountField = base.model().amountField();
        long start = System.nanoTime();
        IssueTable.Builder tableBuilder = IssueTable.builder(base.zone(), workload.columns());
        int[] scale = {0};
        long[] counts = new long[2];
        DemoIssues.generate(base.spec(), (issue, history) -> {
            tableBuilder.add(issue);
            counts[0]++;
            counts[1] += history.changes().size();
            issue.field(amountField).ifPresent(v -> scale[0] = Math.max(scale[0],
                    scale(((FieldValue.NumberValue) v).value())));
            for (Change change : history.changes()) {
                if (change.field().equals(amountField)) {
                    change.from().ifPresent(text -> scale[0] = Math.max(scale[0], scale(new BigDecimal(text))));
                    change.to().ifPresent(text -> scale[0] = Math.max(scale[0], scale(new BigDecimal(text))));
                }
            }
        });
        IssueTable table = tableBuilder.build();
        long tableMillis = (System.nanoTime() - start) / 1_000_000;

        start = System.nanoTime();
        ChangeTable.Builder changes = ChangeTable.builder(table, workload.tracked());
        HistoryDuckDb duckdb = HistoryDuckDb.open(workload, duckdbThreads, scale[0]);
        try {
            int[] row = {0};
            SQLException[] failure = {null};
            DemoIssues.generate(base.spec(), (issue, history) -> {
                changes.add(history);
                if (failure[0] == null) {
                    try {
                        duckdb.add(row[0], issue, history);
                    } catch (SQLException e) {
                        failure[0] = e;
                    }
                }
                row[0]++;
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            duckdb.finish();
            IssueTable withHistory = table.withHistory(changes.build());
            return new HistoryLoad(withHistory, duckdb, counts[0], counts[1], tableMillis,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            duckdb.close();
            throw e;
        }
    }

    private static int scale(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** The engine's change table. */
    public ChangeTable changeTable() {
        return table.history().orElseThrow();
    }
}
