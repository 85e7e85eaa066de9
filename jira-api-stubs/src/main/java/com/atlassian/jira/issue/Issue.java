/*
 * Compile-only stub of com.atlassian.jira.issue.Issue (interface, @PublicApi) for Jira 11.3 and 10.3; never packaged.
 * Only the getters kpi-jira calls: Long getId() (Issue redeclares it from WithId), String getKey(), Project
 * getProjectObject(), IssueType getIssueType(), Status
 * getStatus(), Resolution getResolution(), ApplicationUser getAssignee()/getReporter(), java.sql.Timestamp
 * getCreated()/getUpdated()/getResolutionDate()/getDueDate(), Object getCustomFieldValue(CustomField).
 * VERIFIED: Long getId(), the four Timestamp returns, getKey, getProjectObject and getCustomFieldValue(CustomField) in a Jira 6.x
 * jira-api source copy (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/Issue.java); getIssueType() returning the
 * IssueType object and getProjectObject().getKey() in code built against Jira 8: cures-hub/cures-condec-jira@0177bc1,
 * src/main/java/de/uhd/ifi/se/decision/management/jira/model/KnowledgeElement.java.
 * Atlassian's own app passes issue.getStatus() as an IssueConstant and issue.getAssignee() as an ApplicationUser
 * in its javax-era code (before its Jira 11 move; the exact Jira version of that commit was not determined):
 * atlassian-labs/atlassian-slack-integration-server@3b3e811, jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/DefaultAttachmentHelper.java;
 * its JiraIssueEventRenderer.java (same folder, @854fe83) calls issue.getIssueType().getName() and
 * issue.getStatus().getName().
 * Watch: in 6.x getIssueType(), getStatus() and getResolution() returned GenericValue and getAssignee()/getReporter()
 * a Crowd User; the object-returning forms stubbed here are those of Jira 7 onwards (a Jira 8-era `implements Issue`
 * class, JIRA-PLATFORM.md 1.5 [V]).
 * UNVERIFIED for 10/11: the returns of getResolution() and getReporter() (no public code of a known 10/11 build
 * seen calling them), and all of these on a 9-11 javadoc page (searched the docs and pages corpora for
 * "Interface Issue getCreated Timestamp" and "getIssueTypeObject deprecated"; none found). Check these first on a
 * real Jira (docs/jira-stubs.md).
 * For the node's issue cache: String getSummary(), String getDescription(), Long getSecurityLevelId() (null: no
 * level; "since v5.2", replacing the GenericValue getSecurityLevel()) and Set<Label> getLabels() ("an empty set if
 * none exist yet"), all VERIFIED in the same Jira 6.x jira-api copy (Issue.java above). UNVERIFIED for 10/11 on a
 * javadoc page, like the rest.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Set;

public interface Issue {
    Long getId();

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

    String getSummary();

    String getDescription();

    Long getSecurityLevelId();

    Set<Label> getLabels();
}
