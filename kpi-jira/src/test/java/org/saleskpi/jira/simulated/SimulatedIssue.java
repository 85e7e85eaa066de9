package org.saleskpi.jira.simulated;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;

/**
 * One issue object as a search materialises it: a new object per result, reading the stored issue as Jira's issue
 * objects read their fields, custom field values in the Java types Jira's field types give (Double, Timestamp at
 * midnight in Jira's zone for a Date field, an Option, a String, an ApplicationUser; CustomFieldValues' header).
 */
final class SimulatedIssue implements Issue {
    private final StoredIssue stored;
    private final SimulatedJira jira;

    SimulatedIssue(StoredIssue stored, SimulatedJira jira) {
        this.stored = stored;
        this.jira = jira;
    }

    @Override
    public Long getId() {
        return stored.id();
    }

    @Override
    public String getKey() {
        return record().key();
    }

    @Override
    public Project getProjectObject() {
        return jira.project(record().project());
    }

    @Override
    public IssueType getIssueType() {
        return jira.issueType(record().issueType());
    }

    @Override
    public Status getStatus() {
        return jira.status(record().status());
    }

    @Override
    public Resolution getResolution() {
        return record().resolution().map(jira::resolution).orElse(null);
    }

    @Override
    public ApplicationUser getAssignee() {
        return record().assignee().map(jira::user).orElse(null);
    }

    @Override
    public ApplicationUser getReporter() {
        return record().reporter().map(jira::user).orElse(null);
    }

    @Override
    public Timestamp getCreated() {
        return Timestamp.from(record().created());
    }

    @Override
    public Timestamp getUpdated() {
        return Timestamp.from(record().updated());
    }

    @Override
    public Timestamp getResolutionDate() {
        return record().resolved().map(Timestamp::from).orElse(null);
    }

    @Override
    public Timestamp getDueDate() {
        return record().due().map(this::midnight).orElse(null);
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        FieldValue value = record().fields().get(customField.getId());
        if (value == null) {
            return null;
        }
        if (value instanceof FieldValue.NumberValue number) {
            return number.value().doubleValue();
        }
        if (value instanceof FieldValue.DateValue date) {
            return midnight(date.value());
        }
        if (value instanceof FieldValue.OptionValue option) {
            return jira.option(customField.getId(), option.value());
        }
        if (value instanceof FieldValue.UserValue user) {
            return jira.user(user.userKey());
        }
        return ((FieldValue.TextValue) value).value();
    }

    /** The demo has no summaries; the standalone demo names each issue so too. */
    @Override
    public String getSummary() {
        return "Deal " + getKey();
    }

    @Override
    public String getDescription() {
        return null;
    }

    @Override
    public Long getSecurityLevelId() {
        return stored.securityLevel();
    }

    @Override
    public Set<Label> getLabels() {
        return Set.of();
    }

    @Override
    public String toString() {
        return getKey();
    }

    private IssueRecord record() {
        return stored.record();
    }

    /** A day as Jira stores a Date field or a due date: midnight of that day in Jira's zone. */
    private Timestamp midnight(LocalDate day) {
        Instant start = day.atStartOfDay(jira.zone()).toInstant();
        return Timestamp.from(start);
    }
}
