package org.saleskpi.server.issues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.issue.FieldValue;

/**
 * An import's issues into empty tables (ADR 0056): every issue is new and every key given once, so its rows are
 * only inserted, as multi-row statements ({@link MultiRowInsert}, ADR 0069), into the same rows a
 * {@link IssueStore} write stores. Rows wait in memory up to a statement's worth per table; {@link #finish()} sends
 * the rest before the import's commit.
 */
final class EmptyTablesLoad implements AutoCloseable {
    private final boolean pastKnown;
    private final MultiRowInsert<IndexedIssue> issues;
    private final MultiRowInsert<LabelRow> labels;
    private final MultiRowInsert<ValueRow> values;

    /** Loads through {@code connection}, in its transaction; {@code pastKnown} as the write's (the history flag). */
    EmptyTablesLoad(Connection connection, String issueColumns, boolean pastKnown) {
        this.pastKnown = pastKnown;
        this.issues = new MultiRowInsert<>(connection, "SK.ISSUE", issueColumns + ", HISTORY_KNOWN", 15,
                this::bindIssue);
        this.labels = new MultiRowInsert<>(connection, "SK.ISSUE_LABEL", "ISSUE_KEY, LABEL", 2,
                (statement, offset, row) -> {
                    statement.setString(offset + 1, row.key());
                    statement.setString(offset + 2, row.label());
                });
        this.values = new MultiRowInsert<>(connection, "SK.FIELD_VALUE", "ISSUE_KEY, FIELD_ID, FIELD_VALUE", 3,
                (statement, offset, row) -> {
                    statement.setString(offset + 1, row.key());
                    statement.setString(offset + 2, row.fieldId());
                    statement.setString(offset + 3, row.value());
                });
    }

    /** Adds the issues' rows: the issue, its labels and its field values. */
    void add(List<IndexedIssue> batch) throws SQLException {
        for (IndexedIssue issue : batch) {
            issues.add(issue);
            for (String label : issue.labels()) {
                labels.add(new LabelRow(issue.key(), label));
            }
            for (Map.Entry<String, FieldValue> value : issue.record().fields().entrySet()) {
                values.add(new ValueRow(issue.key(), value.getKey(), StoredValue.encode(value.getValue())));
            }
        }
    }

    /** Sends the rows still waiting. */
    void finish() throws SQLException {
        issues.finish();
        labels.finish();
        values.finish();
    }

    private void bindIssue(PreparedStatement statement, int offset, IndexedIssue issue) throws SQLException {
        statement.setString(offset + 1, issue.key());
        IssueStore.bindIssue(statement, issue, offset + 1);
        statement.setBoolean(offset + 15, pastKnown);
    }

    @Override
    public void close() throws SQLException {
        try {
            issues.close();
        } finally {
            try {
                labels.close();
            } finally {
                values.close();
            }
        }
    }

    private record LabelRow(String key, String label) {
    }

    private record ValueRow(String key, String fieldId, String value) {
    }
}
