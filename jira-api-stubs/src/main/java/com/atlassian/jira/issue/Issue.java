/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.Issue (interface); never packaged. Only the getters
 * kpi-jira calls. Source: a compiling `implements Issue` class from the Jira 8 era (DummyIssue in
 * ru.andreymarkelov.atlas.plugins.copytoclipboard, JIRA-PLATFORM.md 1.5 [V]); the java.sql.Timestamp returns
 * matter (rule 0.1). Only the non-"Object" forms are used (getStatus, getIssueType, getProjectObject).
 * Unchanged in Jira 11 as far as public Jira 11 code shows; a full Jira 11 diff is UNVERIFIED.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

public interface Issue {
    String getKey();

    Project getProjectObject();

    IssueType getIssueType();

    Status getStatus();

    Resolution getResolution();

    ApplicationUser getAssignee();

    ApplicationUser getReporter();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getResolutionDate();

    Timestamp getDueDate();

    Object getCustomFieldValue(CustomField customField);
}
