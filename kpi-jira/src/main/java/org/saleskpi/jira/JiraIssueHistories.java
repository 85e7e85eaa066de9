package org.saleskpi.jira;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Jira's change history of the issues a search gave the asking user, as {@link IssueHistory} (KPI-DEFINITIONS.md,
 * "Issue history and the pipeline KPIs"): one batch read of {@link ChangeHistoryManager} per page of issues, keeping
 * only the changes of the tracked columns, with status (by its current name), resolution and options by name, users
 * by key, custom fields by their {@code customfield_N} id, numbers and dates as canonical text.
 */
public final class JiraIssueHistories {
    private final ChangeHistoryManager changeHistories;
    private final CustomFieldManager customFields;
    private final StatusManager statuses;
    private final ZoneId jiraZone;

    /** The constructor the plugin's Spring context calls (the scanner index lists this class). */
    @Inject
    public JiraIssueHistories(ChangeHistoryManager changeHistories, CustomFieldManager customFields,
            StatusManager statuses) {
        this(changeHistories, customFields, statuses, ZoneId.systemDefault());
    }

    /** With Jira's own time zone given, in which Date fields hold midnight. */
    public JiraIssueHistories(ChangeHistoryManager changeHistories, CustomFieldManager customFields,
            StatusManager statuses, ZoneId jiraZone) {
        this.changeHistories = Objects.requireNonNull(changeHistories, "changeHistories");
        this.customFields = Objects.requireNonNull(customFields, "customFields");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.jiraZone = Objects.requireNonNull(jiraZone, "jiraZone");
    }

    /**
     * A reader of the {@code tracked} columns' changes for one load, with Date Time values as days of {@code zone};
     * the custom fields' and statuses' names are looked up once, here.
     *
     * @throws InvalidInputException on {@code columns} for a tracked custom field that does not exist or whose name
     *     another custom field has
     */
    public Reader reader(Set<Column> tracked, ZoneId zone) {
        Map<String, String> statusNames = new HashMap<>();
        if (tracked.contains(Column.STATUS)) {
            for (Status status : statuses.getStatuses()) {
                statusNames.put(status.getId(), status.getName());
            }
        }
        return new Reader(TrackedFields.of(tracked, customFields), new ChangeValues(zone, jiraZone, statusNames));
    }

    /** Reads page after page of one load. */
    public final class Reader {
        private final TrackedFields fields;
        private final ChangeValues values;

        private Reader(TrackedFields fields, ChangeValues values) {
            this.fields = fields;
            this.values = values;
        }

        /**
         * One history per issue, in the order of {@code issues}, read as {@code asker} in one batch. The issues must
         * be ones the asker may see (a search as them): Jira's batch read does not check it.
         *
         * @throws InvalidInputException on {@code columns} when a tracked field's past value does not read as the
         *     column's type, naming the issue, the field and the value
         */
        public List<IssueHistory> read(ApplicationUser asker, List<Issue> issues) {
            return histories(Objects.requireNonNull(asker, "asker"), issues);
        }

        /**
         * The same for the node's issue cache, read as no user (ADR 0028): the cache filters by viewer on every read,
         * and Jira's batch read does not look at the user anyway (ChangeHistoryManager's stub header).
         */
        public List<IssueHistory> readForCache(List<Issue> issues) {
            return histories(null, issues);
        }

        private List<IssueHistory> histories(ApplicationUser asker, List<Issue> issues) {
            if (issues.isEmpty()) {
                return List.of();
            }
            Map<Long, String> keys = new HashMap<>();
            for (Issue issue : issues) {
                keys.put(issue.getId(), issue.getKey());
            }
            Map<Long, List<Change>> changes = new HashMap<>();
            for (ChangeHistory group : changeHistories.getChangeHistoriesForUser(issues, asker)) {
                String key = keys.get(group.getIssueId());
                if (key == null) {
                    continue;
                }
                Instant at = group.getTimePerformed().toInstant();
                Optional<String> by = Optional.ofNullable(group.getAuthorKey()).filter(author -> !author.isBlank());
                for (ChangeItemBean item : group.getChangeItemBeans()) {
                    Optional<Column> column = fields.column(item);
                    if (column.isPresent()) {
                        changes.computeIfAbsent(group.getIssueId(), id -> new ArrayList<>())
                                .add(change(key, at, column.get(), item, by));
                    }
                }
            }
            List<IssueHistory> histories = new ArrayList<>(issues.size());
            for (Issue issue : issues) {
                histories.add(IssueHistory.of(issue.getKey(), issue.getCreated().toInstant(),
                        changes.getOrDefault(issue.getId(), List.of())));
            }
            return histories;
        }

        private Change change(String key, Instant at, Column column, ChangeItemBean item, Optional<String> by) {
            try {
                return new Change(at, column.id(), values.from(column, item), values.to(column, item), by);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("columns", "saleskpi.issues.history.value", "Jira's history of " + key
                        + " has a change of " + fields.describe(column) + " that is not a " + column.type()
                        + " value: " + e.getMessage() + ".");
            }
        }
    }
}
