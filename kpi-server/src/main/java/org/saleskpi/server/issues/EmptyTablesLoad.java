package org.saleskpi.server.issues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.saleskpi.core.index.IndexedIssue;

/**
 * An import's issues into an empty table (ADR 0056): every issue is new and every key given once, so its rows are
 * only inserted, as multi-row statements ({@link MultiRowInsert}, ADR 0069), the same rows a {@link IssueStore}
 * write stores, labels and field values in each (ADR 0081). Rows wait in memory up to a statement's worth;
 * {@link #finish()} sends the rest before the import's commit.
 */
final class EmptyTablesLoad implements AutoCloseable {
    private final boolean pastKnown;
    private final MultiRowInsert<IndexedIssue> issues;

    /** Loads through {@code connection}, in its transaction; {@code pastKnown} as the write's (the history flag). */
    EmptyTablesLoad(Connection connection, String issueColumns, boolean pastKnown) {
        this.pastKnown = pastKnown;
        this.issues = new MultiRowInsert<>(connection, "SK.ISSUE", issueColumns + ", HISTORY_KNOWN",
                IssueStore.COLUMNS_AFTER_KEY + 2, this::bindIssue);
    }

    /** Adds the issues' rows. */
    void add(List<IndexedIssue> batch) throws SQLException {
        for (IndexedIssue issue : batch) {
            issues.add(issue);
        }
    }

    /** Sends the rows still waiting. */
    void finish() throws SQLException {
        issues.finish();
    }

    private void bindIssue(PreparedStatement statement, int offset, IndexedIssue issue) throws SQLException {
        statement.setString(offset + 1, issue.key());
        IssueStore.bindIssue(statement, issue, offset + 1);
        statement.setBoolean(offset + IssueStore.COLUMNS_AFTER_KEY + 2, pastKnown);
    }

    @Override
    public void close() throws SQLException {
        issues.close();
    }
}
