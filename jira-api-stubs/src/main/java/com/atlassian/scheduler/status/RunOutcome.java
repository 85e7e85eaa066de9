/*
 * Compile-only stub of com.atlassian.scheduler.status.RunOutcome (enum) for Jira 11.3 and 10.3; never packaged. Tests
 * only (JobRunnerResponse.getRunOutcome()); kpi-jira's main code never names it, so its package is not imported.
 * Constants SUCCESS, UNAVAILABLE, ABORTED, FAILED: UNVERIFIED (from memory of the API; the package exists on
 * atlassian-scheduler-api 1.6.0, https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/../scheduler/package-summary.html lists com.atlassian.scheduler.status).
 */
package com.atlassian.scheduler.status;

public enum RunOutcome {
    SUCCESS, UNAVAILABLE, ABORTED, FAILED
}
