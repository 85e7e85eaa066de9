/*
 * Compile-only stub of com.atlassian.scheduler.JobRunner (interface) for Jira 11.3 and 10.3; never packaged (kpi-jira
 * implements it). One member: JobRunnerResponse runJob(JobRunnerRequest), which may return null.
 * VERIFIED: package, kind and erasure on atlassian-scheduler-api 1.6.0 (https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html and
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html). Its javadoc also says when to register: plugins register the runner when
 * they are enabled and unregister it when they are disabled (the same text in a public copy of the API,
 * code index, "IJobRunner").
 * UNVERIFIED: a Jira 10/11 javadoc page (none found).
 */
package com.atlassian.scheduler;

public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
