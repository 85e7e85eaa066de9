package org.saleskpi.jira.cache;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.label.Label;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueHistories;
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
     * One filling of the cache, from one reading of the profiles: the rows in an {@link IssueIndex}, each issue's
     * history beside it, and which key each Jira issue id has. Safe for any number of readers; its writers (the
     * build, or the cache's serialised reloads) are one at a time.
     */
    final class Generation implements IssueHistories {
        /** A rough heap estimate per held change and per id, for the admin page (objects, strings, map entries). */
        private static final long BYTES_PER_CHANGE = 120;
        private static final long BYTES_PER_ID = 96;

        private final CacheScope scope;
        private final Map<Column.Custom, CustomField> fields;
        private final Set<Column> tracked;
        private final Set<Column.Custom> unreadable = ConcurrentHashMap.newKeySet();
        private final JiraIssueHistories.Reader reader;
        private final IssueIndex index = new IssueIndex();
        private final Map<Long, String> keys = new ConcurrentHashMap<>();
        private final Map<String, IssueHistory> pasts = new ConcurrentHashMap<>();
        private final AtomicLong changes = new AtomicLong();
        private volatile boolean historyReadable = true;

        private Generation(CacheScope scope, Map<Column.Custom, CustomField> fields, Set<Column> tracked,
                JiraIssueHistories.Reader reader) {
            this.scope = scope;
            this.fields = fields;
            this.tracked = Set.copyOf(tracked);
            this.reader = reader;
            fields.forEach((column, field) -> index.defineField(
                    new org.saleskpi.core.index.CustomField(column.fieldId(), field.getName(), column.type())));
        }

        CacheScope scope() {
            return scope;
        }

        IssueIndex index() {
            return index;
        }

        /** Adds or replaces these issues' rows and histories (the history first, so a row never lacks its own). */
        void put(List<Issue> issues) {
            List<IssueHistory> read = read(issues);
            List<IndexedIssue> rows = new ArrayList<>(issues.size());
            List<String> moved = new ArrayList<>();
            for (int i = 0; i < issues.size(); i++) {
                Issue issue = issues.get(i);
                String previous = keys.put(issue.getId(), issue.getKey());
                if (previous != null && !previous.equals(issue.getKey())) {
                    // Moved to another project: the old key's row goes.
                    moved.add(previous);
                    forget(previous);
                }
                remember(issue.getKey(), read.get(i));
                rows.add(row(issue));
            }
            index.remove(moved);
            index.upsert(rows);
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
            gone.forEach(this::forget);
        }

        Set<Long> ids() {
            return Set.copyOf(keys.keySet());
        }

        long size() {
            return index.size();
        }

        long changes() {
            return changes.get();
        }

        long bytes() {
            return index.arrayBytes() + changes.get() * BYTES_PER_CHANGE + keys.size() * BYTES_PER_ID;
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

        /** The held histories of these keys, with only the changes of {@code fieldIds}. */
        @Override
        public Map<String, IssueHistory> histories(List<String> wanted, Set<String> fieldIds) {
            Map<String, IssueHistory> found = new HashMap<>();
            for (String key : wanted) {
                IssueHistory history = pasts.get(key);
                if (history != null) {
                    found.put(key, !history.known() ? history : IssueHistory.of(key, history.created(),
                            history.changes().stream().filter(change -> fieldIds.contains(change.field())).toList()));
                }
            }
            return found;
        }

        private void remember(String key, IssueHistory history) {
            IssueHistory before = pasts.put(key, history);
            changes.addAndGet(history.changes().size() - (before == null ? 0 : before.changes().size()));
        }

        private void forget(String key) {
            IssueHistory before = pasts.remove(key);
            if (before != null) {
                changes.addAndGet(-before.changes().size());
            }
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
