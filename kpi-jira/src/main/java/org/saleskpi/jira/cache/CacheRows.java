package org.saleskpi.jira.cache;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.label.Label;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.jira.JiraIssueHistories;
import org.saleskpi.jira.JiraIssueValues;

/**
 * Jira issues as the cache's rows: every system value, the profiles' custom fields, the summary, labels, the
 * project and the issue security level, and the history of the tracked fields. A custom field whose values or past
 * values do not read as the type its profile gives it is left out of the rows, so a query for it goes to Jira's
 * search and gets Jira's answer, exactly as without the cache.
 */
final class CacheRows {
    /** The system columns whose changes Jira's history records (TrackedFields). */
    private static final Set<Column> SYSTEM_TRACKED = Set.of(Column.STATUS, Column.RESOLUTION, Column.ASSIGNEE,
            Column.REPORTER, Column.DUE, Column.ISSUE_TYPE);

    private final CustomFieldManager customFields;
    private final JiraIssueHistories histories;
    private final JiraIssueValues values;
    private final ZoneId jiraZone;

    CacheRows(CustomFieldManager customFields, JiraIssueHistories histories, JiraIssueValues values,
            ZoneId jiraZone) {
        this.customFields = Objects.requireNonNull(customFields, "customFields");
        this.histories = Objects.requireNonNull(histories, "histories");
        this.values = Objects.requireNonNull(values, "values");
        this.jiraZone = Objects.requireNonNull(jiraZone, "jiraZone");
    }

    /** Empty rows for {@code scope}: its custom fields that exist in Jira, and the history reader of their changes. */
    Generation generation(CacheScope scope) {
        Map<Column.Custom, CustomField> fields = new LinkedHashMap<>();
        for (Column.Custom column : scope.customColumns().values()) {
            CustomField field = customFields.getCustomFieldObject(column.fieldId());
            if (field != null) {
                fields.put(column, field);
            }
        }
        Set<Column> tracked = new LinkedHashSet<>(SYSTEM_TRACKED);
        tracked.addAll(fields.keySet());
        JiraIssueHistories.Reader reader;
        try {
            reader = histories.reader(tracked, jiraZone);
        } catch (InvalidInputException e) {
            // A custom field sharing its name with another: Jira's history cannot tell them apart.
            tracked = new LinkedHashSet<>(SYSTEM_TRACKED);
            reader = histories.reader(tracked, jiraZone);
        }
        return new Generation(scope, fields, tracked, reader);
    }

    /**
     * One filling of the cache, from one reading of the profiles: the rows in an {@link IssueIndex} with each issue's
     * history in the index's change log, and which key each Jira issue id has. Safe for any number of readers; its
     * writers (the build, or the cache's serialised reloads) are one at a time.
     */
    final class Generation {
        /** A rough heap estimate per id, for the admin page (boxed id, key string, map entry). */
        private static final long BYTES_PER_ID = 96;

        private final CacheScope scope;
        private final Map<Column.Custom, CustomField> fields;
        private final Set<Column> tracked;
        private final Set<Column.Custom> unreadable = ConcurrentHashMap.newKeySet();
        private final JiraIssueHistories.Reader reader;
        private final IssueIndex index = new IssueIndex();
        private final Map<Long, String> keys = new ConcurrentHashMap<>();
        private volatile boolean historyReadable = true;

        private Generation(CacheScope scope, Map<Column.Custom, CustomField> fields, Set<Column> tracked,
                JiraIssueHistories.Reader reader) {
            this.scope = scope;
            this.fields = fields;
            this.tracked = Set.copyOf(tracked);
            this.reader = reader;
            fields.forEach((column, field) -> index.defineField(
                    new org.saleskpi.core.index.CustomField(column.fieldId(), field.getName(), column.type())));
            index.trackChanges(this.tracked, jiraZone);
        }

        CacheScope scope() {
            return scope;
        }

        IssueIndex index() {
            return index;
        }

        /** Adds or replaces these issues' rows, each with its history in the same write. */
        void put(List<Issue> issues) {
            List<IssueHistory> read = read(issues);
            List<IndexedIssue> rows = new ArrayList<>(issues.size());
            List<String> moved = new ArrayList<>();
            for (Issue issue : issues) {
                String previous = keys.put(issue.getId(), issue.getKey());
                if (previous != null && !previous.equals(issue.getKey())) {
                    // Moved to another project: the old key's row goes.
                    moved.add(previous);
                }
                rows.add(row(issue));
            }
            index.remove(moved);
            index.upsert(rows, read);
        }

        void remove(Collection<Long> ids) {
            List<String> gone = new ArrayList<>();
            for (Long id : ids) {
                String key = keys.remove(id);
                if (key != null) {
                    gone.add(key);
                }
            }
            index.remove(gone);
        }

        Set<Long> ids() {
            return Set.copyOf(keys.keySet());
        }

        long size() {
            return index.size();
        }

        long changes() {
            return index.changeCount();
        }

        /** The index's arrays, its change log's included, and the id map; dictionaries and texts are not counted. */
        long bytes() {
            return index.arrayBytes() + keys.size() * BYTES_PER_ID;
        }

        /** The custom columns held with their values: the profiles' fields that exist and read as their type. */
        Set<Column.Custom> customColumns() {
            Set<Column.Custom> held = new LinkedHashSet<>(fields.keySet());
            held.removeAll(unreadable);
            return held;
        }

        /** The columns whose changes are held. */
        Set<Column> tracked() {
            if (!historyReadable) {
                return Set.of();
            }
            Set<Column> held = new LinkedHashSet<>(tracked);
            held.removeAll(unreadable);
            return held;
        }

        private IndexedIssue row(Issue issue) {
            Map<Column.Custom, CustomField> readable = new LinkedHashMap<>();
            for (Map.Entry<Column.Custom, CustomField> field : fields.entrySet()) {
                if (!unreadable.contains(field.getKey())) {
                    try {
                        values.custom(issue, field.getKey(), field.getValue(), jiraZone);
                        readable.put(field.getKey(), field.getValue());
                    } catch (InvalidInputException e) {
                        unreadable.add(field.getKey());
                    }
                }
            }
            String summary = issue.getSummary();
            // No description: it is the largest text and no KPI reads it; queries on it go to Jira's search.
            return new IndexedIssue(values.record(issue, readable, jiraZone), summary == null ? "" : summary, "",
                    labels(issue), Optional.ofNullable(issue.getSecurityLevelId()));
        }

        private List<IssueHistory> read(List<Issue> issues) {
            if (historyReadable) {
                try {
                    return reader.readForCache(issues);
                } catch (InvalidInputException e) {
                    // A past value that does not read as its field's type: no history is trusted any more.
                    historyReadable = false;
                }
            }
            return issues.stream().map(issue -> IssueHistory.unknown(issue.getKey(),
                    issue.getCreated().toInstant())).toList();
        }

        private static Set<String> labels(Issue issue) {
            Set<String> labels = new TreeSet<>();
            Set<Label> held = issue.getLabels();
            if (held != null) {
                held.forEach(label -> labels.add(label.getLabel()));
            }
            return labels;
        }
    }
}
