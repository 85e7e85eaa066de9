package org.saleskpi.jira.simulated;

import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.IssueRecord;

/**
 * One issue as the simulated Jira keeps it (its database row): Jira's numeric id, the fields, the change history and
 * the issue security level (null: none). Search results are materialised from it as new issue objects every time.
 */
record StoredIssue(long id, IssueRecord record, IssueHistory history, Long securityLevel) {
}
