package org.saleskpi.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;

/**
 * What the engine reads of a Jira {@link Issue}, straight from its getters, one value at a time: the viewer's search
 * ({@link JiraIssueSource}) reads only the columns a query asks for, the node's cache reads every one into an
 * {@link IssueRecord}. Both read through here, so a value means the same on either path.
 */
public final class JiraIssueValues {
    private final ZoneId jiraZone;

    /** @param jiraZone Jira's own time zone, in which Date fields hold midnight */
    public JiraIssueValues(ZoneId jiraZone) {
        this.jiraZone = Objects.requireNonNull(jiraZone, "jiraZone");
    }

    public String project(Issue issue) {
        return issue.getProjectObject().getKey();
    }

    public String issueType(Issue issue) {
        return issue.getIssueType().getName();
    }

    public String status(Issue issue) {
        return issue.getStatus().getName();
    }

    /** Jira's category keys; "undefined" (a status no category was given) counts as to do. */
    public org.saleskpi.core.issue.StatusCategory statusCategory(Issue issue) {
        StatusCategory category = issue.getStatus().getStatusCategory();
        String key = category == null ? null : category.getKey();
        if ("done".equals(key)) {
            return org.saleskpi.core.issue.StatusCategory.DONE;
        }
        if ("indeterminate".equals(key)) {
            return org.saleskpi.core.issue.StatusCategory.IN_PROGRESS;
        }
        return org.saleskpi.core.issue.StatusCategory.TO_DO;
    }

    public String resolution(Issue issue) {
        Resolution resolution = issue.getResolution();
        return resolution == null ? null : resolution.getName();
    }

    public String assignee(Issue issue) {
        return key(issue.getAssignee());
    }

    public String reporter(Issue issue) {
        return key(issue.getReporter());
    }

    public Instant created(Issue issue) {
        return instant(issue.getCreated());
    }

    public Instant updated(Issue issue) {
        return instant(issue.getUpdated());
    }

    public Instant resolved(Issue issue) {
        return instant(issue.getResolutionDate());
    }

    /** A due date is a day: Jira stores it as midnight of that day in Jira's zone. */
    public LocalDate due(Issue issue) {
        Timestamp due = issue.getDueDate();
        return due == null ? null : due.toInstant().atZone(jiraZone).toLocalDate();
    }

    /** A custom column's value, Date Time values as days of {@code zone}; null for an empty field. */
    public FieldValue custom(Issue issue, Column.Custom column, CustomField field, ZoneId zone) {
        return CustomFieldValues.of(column, issue.getCustomFieldValue(field), zone, jiraZone).orElse(null);
    }

    /** Every system value and the given custom columns' values, Date Time values as days of {@code zone}. */
    public IssueRecord record(Issue issue, Map<Column.Custom, CustomField> fields, ZoneId zone) {
        IssueRecord.Builder record = IssueRecord.builder(issue.getKey(), project(issue)).type(issueType(issue))
                .status(status(issue), statusCategory(issue)).resolution(resolution(issue))
                .assignee(assignee(issue)).reporter(reporter(issue)).created(created(issue))
                .updated(updated(issue)).resolved(resolved(issue)).due(due(issue));
        fields.forEach((column, field) -> record.field(column.fieldId(), custom(issue, column, field, zone)));
        return record.build();
    }

    private static String key(ApplicationUser user) {
        return user == null ? null : user.getKey();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
