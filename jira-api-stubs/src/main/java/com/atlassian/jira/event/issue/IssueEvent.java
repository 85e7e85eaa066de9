/*
 * Compile-only stub of com.atlassian.jira.event.issue.IssueEvent (final class, @PublicApi) for Jira 11.3 and 10.3;
 * never packaged. Members: IssueEvent(Issue, Map, ApplicationUser, Long) (tests only), Issue getIssue(),
 * Long getEventTypeId().
 * VERIFIED: final class, getIssue() returning Issue and getEventTypeId() returning java.lang.Long in J6
 * (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/event/issue/
 * IssueEvent.java); both getters called by Atlassian's Slack app built against Jira 11 (atlassian-labs/
 * atlassian-slack-integration-server at 94c50dc, jira-slack-server-integration-plugin/.../model/event/
 * DefaultJiraIssueEvent.java). J6's constructor takes a Crowd User; ApplicationUser is Jira 7's move (as for every
 * user parameter here). kpi-jira's main code never calls the constructor.
 * That Jira publishes an IssueEvent only on the node where the change was made (so other nodes must poll): an
 * answer on community.developer.atlassian.com/t/data-center-event-listener-how-to-make-sure-an-event-is-processed-only-once/56616
 * and the premise of issue 14; UNVERIFIED on an Atlassian page.
 */
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;

public final class IssueEvent {
    private final Issue issue;
    private final Long eventTypeId;

    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}
