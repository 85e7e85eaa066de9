/*
 * Compile-only stub of com.atlassian.scheduler.SchedulerServiceException (checked exception) for Jira 11.3 and 10.3;
 * never packaged. Only the (String) constructor, for tests.
 * VERIFIED: package and that it is an exception of the API, atlassian-scheduler-api 1.6.0,
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html ("Exception Summary"); checked, since public Jira apps catch it around scheduleJob.
 * UNVERIFIED: its superclass (ours extends Exception; kpi-jira never catches a superclass of it).
 */
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }
}
