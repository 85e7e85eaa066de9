package org.saleskpi.jira.sync;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node's local scheduler as the sync uses it: runners by key, jobs by id with their next run. {@link #runDue}
 * runs, in order of their next run, the jobs due by the given instant, as Jira's scheduler would while the clock
 * passes; a run-once job is dropped after its run. Only RUN_LOCALLY jobs are accepted: a node's sync must never
 * schedule a cluster job.
 */
final class FakeScheduler implements SchedulerService {
    final Map<JobRunnerKey, JobRunner> runners = new LinkedHashMap<>();
    final Map<JobId, JobConfig> jobs = new LinkedHashMap<>();
    final Map<JobId, Instant> nextRun = new LinkedHashMap<>();
    final List<String> log = new ArrayList<>();

    @Override
    public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
        runners.put(key, runner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey key) {
        runners.remove(key);
    }

    @Override
    public void scheduleJob(JobId id, JobConfig config) {
        if (config.getRunMode() != RunMode.RUN_LOCALLY) {
            throw new AssertionError(id + " is not a local job");
        }
        jobs.put(id, config);
        nextRun.put(id, config.getSchedule().getIntervalScheduleInfo().getFirstRunTime().toInstant());
    }

    @Override
    public void unscheduleJob(JobId id) {
        jobs.remove(id);
        nextRun.remove(id);
    }

    /** Runs every job due by {@code now}, earliest first, each as often as it fell due. */
    List<JobRunnerResponse> runDue(Instant now) {
        List<JobRunnerResponse> responses = new ArrayList<>();
        while (true) {
            JobId due = nextRun.entrySet().stream().filter(e -> !e.getValue().isAfter(now))
                    .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (due == null) {
                return responses;
            }
            JobConfig config = jobs.get(due);
            Instant at = nextRun.get(due);
            IntervalScheduleInfo interval = config.getSchedule().getIntervalScheduleInfo();
            if (interval.getIntervalInMillis() == 0) {
                unscheduleJob(due);
            } else {
                nextRun.put(due, at.plusMillis(interval.getIntervalInMillis()));
            }
            JobRunner runner = runners.get(config.getJobRunnerKey());
            log.add(due + "@" + at);
            if (runner != null) {
                responses.add(runner.runJob(request(due, config, at)));
            }
        }
    }

    private static JobRunnerRequest request(JobId id, JobConfig config, Instant at) {
        return new JobRunnerRequest() {
            @Override
            public Date getStartTime() {
                return Date.from(at);
            }

            @Override
            public JobId getJobId() {
                return id;
            }

            @Override
            public JobConfig getJobConfig() {
                return config;
            }

            @Override
            public boolean isCancellationRequested() {
                return false;
            }
        };
    }
}
