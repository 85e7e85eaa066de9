/*
 * Compile-only stub of com.atlassian.scheduler.SchedulerService (interface, @PublicApi) for Jira 11.3 and 10.3; never
 * packaged. Only void registerJobRunner(JobRunnerKey, JobRunner), void unregisterJobRunner(JobRunnerKey),
 * void scheduleJob(JobId, JobConfig) throws SchedulerServiceException and void unscheduleJob(JobId).
 * VERIFIED: package, kind and the four erasures on the atlassian-scheduler-api 1.6.0 javadoc page
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
 * and, still the same in 2024/2025, on Bamboo 10.2's implementing class (docs.atlassian.com/atlassian-bamboo/10.2.0/
 * com/atlassian/bamboo/schedule/AtlassianSchedulerServiceImpl.html). The checked SchedulerServiceException on
 * scheduleJob: public Jira apps catch it around scheduleJob (code index, "RunMode.RUN_LOCALLY": a Jira job that
 * schedules Schedule.runOnce with RUN_LOCALLY and catches SchedulerServiceException).
 * UNVERIFIED: a Jira 10/11 javadoc page of the service (none found), and that Jira 10.3/11.3 export
 * com.atlassian.scheduler to plugins (Jira's package scanner exports com.atlassian.*: kpi-jira's jira-exports README).
 */
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
