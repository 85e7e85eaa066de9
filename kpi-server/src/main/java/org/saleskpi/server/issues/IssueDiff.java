package org.saleskpi.server.issues;

import org.saleskpi.core.index.IndexedIssue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;

/**
 * The changes between a stored issue and what replaces it: one {@link Change} per field whose value
 * differs, field ids and values as core's history records them (column ids, canonical text). Fields
 * Jira keeps no history of are left out: the status category (it follows the status), created,
 * updated and the resolution date (it follows the resolution).
 */
final class IssueDiff {
    /** Fields that are not columns of an issue table, named as Jira names them in a changelog. */
    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "description";
    static final String LABELS = "labels";

    private IssueDiff() {
    }

    static List<Change> between(IndexedIssue before, IndexedIssue after, Instant at, Optional<String> by) {
        IssueRecord old = before.record();
        IssueRecord now = after.record();
        List<Change> changes = new ArrayList<>();
        Recorder record = (field, from, to) -> {
            if (!from.equals(to)) {
                changes.add(new Change(at, field, from, to, by));
            }
        };
        record.add(Column.PROJECT.id(), Optional.of(old.project()), Optional.of(now.project()));
        record.add(Column.ISSUE_TYPE.id(), Optional.of(old.issueType()), Optional.of(now.issueType()));
        record.add(Column.STATUS.id(), Optional.of(old.status()), Optional.of(now.status()));
        record.add(Column.RESOLUTION.id(), old.resolution(), now.resolution());
        record.add(Column.ASSIGNEE.id(), old.assignee(), now.assignee());
        record.add(Column.REPORTER.id(), old.reporter(), now.reporter());
        record.add(Column.DUE.id(), old.due().map(LocalDate::toString), now.due().map(LocalDate::toString));
        record.add(SUMMARY, text(before.summary()), text(after.summary()));
        record.add(DESCRIPTION, text(before.description()), text(after.description()));
        record.add(LABELS, labels(before), labels(after));
        TreeSet<String> fields = new TreeSet<>(old.fields().keySet());
        fields.addAll(now.fields().keySet());
        for (String field : fields) {
            record.add(field, value(old.fields(), field), value(now.fields(), field));
        }
        return changes;
    }

    /** A custom field value as history records it: numbers as plain decimals (never {@code 1E+3}). */
    static String canonical(FieldValue value) {
        if (value instanceof FieldValue.NumberValue number) {
            return number.value().toPlainString();
        }
        return StoredValue.encode(value);
    }

    private static Optional<String> value(Map<String, FieldValue> fields, String id) {
        return Optional.ofNullable(fields.get(id)).map(IssueDiff::canonical);
    }

    private static Optional<String> text(String text) {
        return Optional.of(text).filter(value -> !value.isEmpty());
    }

    /** Labels sorted and separated by spaces, as Jira's changelog writes them. */
    private static Optional<String> labels(IndexedIssue issue) {
        return text(String.join(" ", new TreeSet<>(issue.labels())));
    }

    @FunctionalInterface
    private interface Recorder {
        void add(String field, Optional<String> from, Optional<String> to);
    }
}
