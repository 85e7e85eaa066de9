/*
 * Compile-only stub of com.atlassian.scheduler.config.JobConfig (final, immutable class) for Jira 11.3 and 10.3; never
 * packaged. Members: static JobConfig forJobRunnerKey(JobRunnerKey), JobConfig withRunMode(RunMode),
 * JobConfig withSchedule(Schedule), and the getters getJobRunnerKey(), getRunMode(), getSchedule() (tests only).
 * VERIFIED: all of them on atlassian-scheduler-api 1.6.0, https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html; the chain
 * forJobRunnerKey(..).withRunMode(RunMode.RUN_LOCALLY).withSchedule(..) in public Jira apps (code index,
 * "RunMode.RUN_LOCALLY"). The default run mode (RUN_ONCE_PER_CLUSTER) is from the same page's family; the bodies are ours.
 * UNVERIFIED: a Jira 10/11 javadoc page (none found).
 */
package com.atlassian.scheduler.config;

public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode;
        this.schedule = schedule;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.runOnce(null));
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }
}
