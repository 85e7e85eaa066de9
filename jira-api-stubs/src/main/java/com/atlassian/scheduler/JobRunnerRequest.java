/*
 * Compile-only stub of com.atlassian.scheduler.JobRunnerRequest (interface) for Jira 11.3 and 10.3; never packaged.
 * Members: java.util.Date getStartTime(), JobId getJobId(), JobConfig getJobConfig(), boolean isCancellationRequested().
 * VERIFIED: all four on atlassian-scheduler-api 1.6.0, https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerRequest.html.
 * UNVERIFIED: a Jira 10/11 javadoc page (none found).
 */
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;

public interface JobRunnerRequest {
    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
