package org.saleskpi.jira.mail;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.LinkedHashMap;
import java.util.Map;

/** Jira's scheduler as the mail job meets it: the runners registered on this node and the cluster's jobs by id. */
final class ClusterScheduler implements SchedulerService {
    final Map<JobRunnerKey, JobRunner> runners = new LinkedHashMap<>();
    final Map<JobId, JobConfig> jobs = new LinkedHashMap<>();

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
        jobs.put(id, config);
    }

    @Override
    public void unscheduleJob(JobId id) {
        jobs.remove(id);
    }
}
