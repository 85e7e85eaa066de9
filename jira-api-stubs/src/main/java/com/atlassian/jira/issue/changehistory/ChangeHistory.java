/*
 * Compile-only stub of com.atlassian.jira.issue.changehistory.ChangeHistory (class, @PublicApi: one change group, the
 * changes one user made to one issue at one instant) for Jira 11.3 and 10.3; never packaged. Members: Long
 * getIssueId(), java.sql.Timestamp getTimePerformed(), String getAuthorKey() (the user key, not the username, since
 * 6.0) and List<ChangeItemBean> getChangeItemBeans().
 * VERIFIED for Jira 7.3.4, class and all four erasures:
 * https://docs.atlassian.com/jira/7.3.4/com/atlassian/jira/issue/changehistory/ChangeHistory.html ; the same getters in
 * use in public code stating Jira 9.12.11 (getChangeItemBeans(), getTimePerformed().getTime(), getIssueId() compared
 * with Issue.getId()), found with the code search. UNVERIFIED for 10.3 and 11.3 (no newer page found).
 * Jira's constructors take an OfBiz GenericValue and are not stubbed; tests use Mockito doubles or, in the simulated
 * Jira of kpi-jira's test tree, a subclass overriding every getter, so the bodies below never run. The constructor is
 * protected for that subclass only; kpi-jira's own code never constructs a ChangeHistory.
 */
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import java.sql.Timestamp;
import java.util.List;

public class ChangeHistory {
    protected ChangeHistory() {
    }

    public Long getIssueId() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getAuthorKey() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
