package org.saleskpi.jira.sync;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.timezone.TimeZoneManager;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.saleskpi.jira.bridge.SystemSearch;
import org.saleskpi.jira.cache.CacheFeed;
import org.saleskpi.jira.cache.CacheSettingsStore;
import org.saleskpi.jira.cache.CacheStatusPublisher;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Starts and stops this node's cache keeping with the app: when the plugin's context is built (the app enabled, on
 * every node, at Jira's start too) it registers three job runners with Jira's scheduler and schedules their jobs with
 * {@link RunMode#RUN_LOCALLY}, so that every node runs its own (the first build now, the poll every
 * {@code pollSeconds}, the census every {@link #CENSUS_EVERY}), and registers {@link IssueEvents}; when the context
 * is closed (the app disabled, updated or uninstalled, or Jira stopping) it undoes all of it.
 *
 * <p>Sources. The scheduler API and RUN_LOCALLY: atlassian-scheduler-api 1.6.0 javadoc (SchedulerService, JobConfig,
 * RunMode "will apply only to this particular node of the cluster"); its JobRunner javadoc says plugins register the
 * runner when enabled and unregister it when disabled. Registering runners and RUN_LOCALLY jobs from a bean's
 * afterPropertiesSet and removing them in destroy: a public Jira app (code index, "RunMode.RUN_LOCALLY": a timesheet
 * export job). Spring's InitializingBean and DisposableBean on a plugin bean, and the event listener registered and
 * unregistered with the bean: Atlassian's own Slack app for Jira 10.7 and 11 (atlassian-labs/
 * atlassian-slack-integration-server at b21ee3e and 94c50dc: slack-server-integration-common/.../AsyncExecutor.java
 * implements both; .../AutoSubscribingEventListener.java calls EventPublisher.register and unregister). The run-once
 * job for the first build, rather than a read in afterPropertiesSet: the scheduler runs jobs once Jira has started,
 * while the plugin's context may be built earlier in Jira's start (UNVERIFIED: when Jira's scheduler leaves standby).
 * SAL's LifecycleAware was the alternative; it must be exported as an OSGi service (SAL 3.0 javadoc,
 * docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html), which this build's
 * hand-written scanner index does not do (docs/adr/0013-jira-plugin-wiring.md).
 *
 * <p>After each step the node's cache status goes to every node's admin page ({@link CacheStatusPublisher}, ADR 0031).
 */
public final class SyncJobs implements InitializingBean, DisposableBean {
    public static final Duration CENSUS_EVERY = Duration.ofMinutes(10);
    static final JobRunnerKey BUILD = JobRunnerKey.of("org.saleskpi.cache.build");
    static final JobRunnerKey POLL = JobRunnerKey.of("org.saleskpi.cache.poll");
    static final JobRunnerKey CENSUS = JobRunnerKey.of("org.saleskpi.cache.census");

    private final SchedulerService scheduler;
    private final EventPublisher events;
    private final CacheSettingsStore settings;
    private final Clock clock;
    private final CacheSync sync;
    private final IssueEvents listener;
    private final Optional<CacheStatusPublisher> status;
    /** The interval the poll job runs at now, in seconds; it follows the admins' setting. */
    private final AtomicInteger pollSeconds = new AtomicInteger();

    /** The constructor the plugin's Spring context calls: each step's outcome is published for the admin page. */
    @Inject
    public SyncJobs(SchedulerService scheduler, EventPublisher events, TimeZoneManager timeZones, CacheFeed feed,
            SystemSearch search, CacheSettingsStore settings, Clock clock, CacheStatusPublisher status) {
        this(scheduler, events, timeZones, feed, search, settings, clock, Optional.of(status));
    }

    /** Jobs that publish nothing, for tests of the sync alone. */
    public SyncJobs(SchedulerService scheduler, EventPublisher events, TimeZoneManager timeZones, CacheFeed feed,
            SystemSearch search, CacheSettingsStore settings, Clock clock) {
        this(scheduler, events, timeZones, feed, search, settings, clock, Optional.empty());
    }

    private SyncJobs(SchedulerService scheduler, EventPublisher events, TimeZoneManager timeZones, CacheFeed feed,
            SystemSearch search, CacheSettingsStore settings, Clock clock, Optional<CacheStatusPublisher> status) {
        this.status = Objects.requireNonNull(status, "status");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.events = Objects.requireNonNull(events, "events");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sync = new CacheSync(feed, search, settings, clock, () -> timeZones.getDefaultTimezone().toZoneId());
        this.listener = new IssueEvents(sync);
    }

    /** The node's sync: its watermark for tests, its deletions and re-reads for {@link IssueMessages}. */
    public CacheSync sync() {
        return sync;
    }

    @Override
    public void afterPropertiesSet() throws SchedulerServiceException {
        scheduler.registerJobRunner(BUILD, request -> run("build", this::build));
        scheduler.registerJobRunner(POLL, request -> run("poll", this::poll));
        scheduler.registerJobRunner(CENSUS, request -> run("census", this::census));
        Date now = Date.from(clock.instant());
        schedule(BUILD, Schedule.runOnce(now));
        schedulePoll(settings.get().pollSeconds());
        schedule(CENSUS, Schedule.forInterval(CENSUS_EVERY.toMillis(), Date.from(clock.instant().plus(CENSUS_EVERY))));
        events.register(listener);
    }

    @Override
    public void destroy() {
        events.unregister(listener);
        for (JobRunnerKey key : new JobRunnerKey[] {BUILD, POLL, CENSUS}) {
            scheduler.unscheduleJob(jobId(key));
            scheduler.unregisterJobRunner(key);
        }
    }

    private Object build() {
        // Other nodes see this one warming before its first page is read.
        status.ifPresent(CacheStatusPublisher::progress);
        boolean built = sync.build();
        status.ifPresent(CacheStatusPublisher::stepped);
        return built;
    }

    private Object poll() throws SchedulerServiceException {
        CacheSync.Poll done = sync.poll();
        if (done.step() == CacheSync.Poll.Step.READ || done.step() == CacheSync.Poll.Step.BUILT) {
            status.ifPresent(CacheStatusPublisher::polled);
        } else {
            status.ifPresent(CacheStatusPublisher::stepped);
        }
        int wanted = settings.get().pollSeconds();
        if (wanted != pollSeconds.get()) {
            schedulePoll(wanted);
        }
        return done;
    }

    private Object census() {
        boolean built = sync.watermark().isPresent();
        int removed = sync.census();
        status.ifPresent(built ? CacheStatusPublisher::censused : CacheStatusPublisher::stepped);
        return removed;
    }

    private void schedulePoll(int seconds) throws SchedulerServiceException {
        Duration every = Duration.ofSeconds(seconds);
        schedule(POLL, Schedule.forInterval(every.toMillis(), Date.from(clock.instant().plus(every))));
        pollSeconds.set(seconds);
    }

    private void schedule(JobRunnerKey key, Schedule schedule) throws SchedulerServiceException {
        // Whether scheduleJob replaces a job of the same id is UNVERIFIED: the old one goes first, as a public Jira
        // app does (code index, "RunMode.RUN_LOCALLY": a timesheet export unschedules before scheduling again).
        scheduler.unscheduleJob(jobId(key));
        scheduler.scheduleJob(jobId(key), JobConfig.forJobRunnerKey(key).withRunMode(RunMode.RUN_LOCALLY)
                .withSchedule(schedule));
    }

    /** One job per runner; the same id on every node is safe: a local job lives only in its node's scheduler. */
    static JobId jobId(JobRunnerKey key) {
        return JobId.of(key.toString());
    }

    /**
     * A job's result for the scheduler's history; a failure is reported (and published for the admin page), never
     * thrown at the scheduler.
     */
    private JobRunnerResponse run(String name, Step step) {
        try {
            return JobRunnerResponse.success(String.valueOf(step.run()));
        } catch (Exception e) {
            status.ifPresent(publisher -> publisher.failed(name, e));
            return JobRunnerResponse.failed(e);
        }
    }

    @FunctionalInterface
    private interface Step {
        Object run() throws Exception;
    }
}
