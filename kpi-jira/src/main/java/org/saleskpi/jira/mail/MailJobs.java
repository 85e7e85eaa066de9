package org.saleskpi.jira.mail;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import org.saleskpi.web.mail.SubscriptionMails;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * The subscription mails' schedule inside Jira (ADR 0068): at plugin start a job runner is registered with Jira's
 * scheduler and a job every {@link #EVERY} is scheduled with {@link RunMode#RUN_ONCE_PER_CLUSTER}, so that one node of
 * the cluster runs the shared {@link SubscriptionMails} each time (records the due periods once, queues the letters
 * in Jira's mail queue, retries with backoff). At stop the runner is unregistered; the cluster job stays (it is the
 * cluster's, in the database, and runs nowhere while no node has its runner), and the next start schedules it again.
 *
 * <p>Sources. RUN_ONCE_PER_CLUSTER ("will only run on one node of the cluster each time that it triggers") and that
 * plugins register runners when enabled and unregister them when disabled: atlassian-scheduler-api 1.6.0 javadoc
 * (RunMode, JobRunner; the stubs in jira-api-stubs cite the pages). The bean's afterPropertiesSet/destroy as the
 * plugin's start and stop: as {@code SyncJobs} (ADR 0013, 0031). That scheduling under an id that exists replaces the
 * job, and that nodes starting together may then each run it once unless its first run lies ahead: the javadoc of
 * {@code SchedulerService.scheduleJob} in atlassian-scheduler-api's public source (code index, "If a job already
 * exists with the given ID, then it will be replaced"), which advises a first run time in the future; the first run
 * is one interval after start. A run twice would still send nothing twice: each period is recorded once.
 */
public final class MailJobs implements InitializingBean, DisposableBean {
    /** Mails are due on the hour: a minute keeps them within a minute of it. */
    public static final Duration EVERY = Duration.ofMinutes(1);
    static final JobRunnerKey RUNNER = JobRunnerKey.of("org.saleskpi.mail.send");
    static final JobId JOB = JobId.of("org.saleskpi.mail.send");

    private final SchedulerService scheduler;
    private final SubscriptionMails mails;
    private final Clock clock;

    @Inject
    public MailJobs(SchedulerService scheduler, AoSubscriptions subscriptions, JiraLetters letters,
            JiraMailQueue queue, Clock clock) {
        this(scheduler, new SubscriptionMails(subscriptions, letters, queue, clock), clock);
    }

    private MailJobs(SchedulerService scheduler, SubscriptionMails mails, Clock clock) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.mails = mails;
        this.clock = clock;
    }

    /** The run the job makes, for "send now" answers and tests. */
    public SubscriptionMails mails() {
        return mails;
    }

    @Override
    public void afterPropertiesSet() throws SchedulerServiceException {
        scheduler.registerJobRunner(RUNNER, request -> run());
        scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(EVERY.toMillis(), Date.from(clock.instant().plus(EVERY)))));
    }

    @Override
    public void destroy() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    /** One run; a failure is reported to the scheduler's history, never thrown at it. */
    JobRunnerResponse run() {
        try {
            mails.run();
            return JobRunnerResponse.success("mails sent");
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
