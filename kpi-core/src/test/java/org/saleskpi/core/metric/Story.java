package org.saleskpi.core.metric;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;

/**
 * One issue told as its creation and then its changes, at local times of a zone: what a test table of
 * the history parts is written in. The record holds the values the last change left; the history holds
 * every change with the value before it.
 */
public final class Story {
    public static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    public static final Column CLOSE = Column.custom("customfield_10050", FieldType.DATE);

    private final String key;
    private final ZoneId zone;
    private final Instant created;
    private final Map<Column, String> values = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private boolean known = true;

    private Story(String key, ZoneId zone, String createdLocal) {
        this.key = key;
        this.zone = zone;
        this.created = at(zone, createdLocal);
        values.put(Column.ISSUE_TYPE, "Deal");
    }

    /** A deal created at a local time ({@code 2026-03-27 10:00}) of {@code zone}. */
    public static Story created(String key, ZoneId zone, String createdLocal) {
        return new Story(key, zone, createdLocal);
    }

    public static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local.replace(' ', 'T')).atZone(zone).toInstant();
    }

    /** The value a field had at creation. */
    public Story with(Column column, String value) {
        values.put(column, value);
        return this;
    }

    /** A change of a field at a local time. */
    public Story change(String local, Column column, String to) {
        changes.add(Change.of(at(zone, local), column.id(), values.get(column), to, "rep01"));
        values.put(column, to);
        return this;
    }

    /** A host that records no history for this issue. */
    public Story unknown() {
        known = false;
        return this;
    }

    public Instant createdAt() {
        return created;
    }

    /** The value of a field as of {@code t} (changes at t applied), or null; the story must be told in time order. */
    public String valueAt(Column column, Instant t) {
        String value = values.get(column);
        boolean changed = false;
        for (Change change : changes) {
            if (!change.field().equals(column.id())) {
                continue;
            }
            if (!changed) {
                value = change.from().orElse(null);
                changed = true;
            }
            if (!change.at().isAfter(t)) {
                value = change.to().orElse(null);
            }
        }
        return value;
    }

    public IssueRecord record() {
        IssueRecord.Builder b = IssueRecord.builder(key, key.substring(0, key.indexOf('-')))
                .type(values.get(Column.ISSUE_TYPE))
                .status(values.get(Column.STATUS), StatusCategory.IN_PROGRESS).created(created);
        values.forEach((column, value) -> {
            if (column instanceof Column.Custom && value != null) {
                b.field(column.id(), column.type() == FieldType.DATE ? FieldValue.date(LocalDate.parse(value))
                        : FieldValue.number(value));
            }
        });
        return b.build();
    }

    public IssueHistory history() {
        return known ? IssueHistory.of(key, created, changes) : IssueHistory.unknown(key, created);
    }

    /** A table of {@code columns} over the stories, with the changes of {@code tracked}. */
    public static IssueTable table(ZoneId zone, Set<Column> columns, Set<Column> tracked, List<Story> stories) {
        IssueTable table = IssueTable.of(zone, columns, stories.stream().map(Story::record).toList());
        return table.withHistory(ChangeTable.of(table, tracked, stories.stream().map(Story::history).toList()));
    }
}
