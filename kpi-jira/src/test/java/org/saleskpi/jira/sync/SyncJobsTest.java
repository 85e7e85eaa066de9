package org.saleskpi.jira.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.status.RunOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.jira.bridge.SystemSearch;
import org.saleskpi.jira.cache.CacheFeed;
import org.saleskpi.jira.cache.CacheSettingsStore;
import org.saleskpi.jira.simulated.HeldSettings;
import org.saleskpi.jira.simulated.JiraCost;
import org.saleskpi.jira.simulated.SimulatedJira;
import org.saleskpi.jira.simulated.SimulatedSystemSearch;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.support.GenericApplicationContext;

/** The sync's jobs on one node's scheduler: what starts with the app, what runs when, what stops with it. */
class SyncJobsTest {
    private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");
    private static final ZoneId JIRA_ZONE = ZoneId.of("Asia/Tokyo");

    private final HandClock clock = new HandClock(START);
    private final SimulatedJira jira = SimulatedJira.create(JIRA_ZONE, clock, JiraCost.free());
    private final SimulatedSystemSearch search = jira.systemSearch();
    private final HeldSettings settings = new HeldSettings();
    private final FakeScheduler scheduler = new FakeScheduler();
    private final NodeEvents events = new NodeEvents();
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private NodeCache cache;
    private SyncJobs jobs;

    @BeforeEach
    void node() {
        when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone(JIRA_ZONE));
        clock.advance(Duration.ofHours(-1));
        jira.addDeal("SALES", "Open");
        clock.advance(Duration.ofHours(1));
        cache = new NodeCache(search, "project = SALES");
        jobs = new SyncJobs(scheduler, events, timeZones, cache, search, settings, clock);
    }

    @Test
    void startingRegistersThreeRunnersTheirLocalJobsAndTheListenerAndStoppingRemovesAll() throws Exception {
        jobs.afterPropertiesSet();

        assertThat(scheduler.runners).containsOnlyKeys(SyncJobs.BUILD, SyncJobs.POLL, SyncJobs.CENSUS);
        // FakeScheduler refuses any job that is not RUN_LOCALLY.
        assertThat(scheduler.jobs).containsOnlyKeys(SyncJobs.jobId(SyncJobs.BUILD), SyncJobs.jobId(SyncJobs.POLL),
                SyncJobs.jobId(SyncJobs.CENSUS));
        assertThat(interval(SyncJobs.BUILD)).isZero();
        assertThat(scheduler.nextRun.get(SyncJobs.jobId(SyncJobs.BUILD))).isEqualTo(START);
        assertThat(interval(SyncJobs.POLL)).isEqualTo(60_000L);
        assertThat(scheduler.nextRun.get(SyncJobs.jobId(SyncJobs.POLL))).isEqualTo(START.plusSeconds(60));
        assertThat(interval(SyncJobs.CENSUS)).isEqualTo(600_000L);
        assertThat(events.listeners).singleElement().isInstanceOf(IssueEvents.class);

        jobs.destroy();

        assertThat(scheduler.runners).isEmpty();
        assertThat(scheduler.jobs).isEmpty();
        assertThat(events.listeners).isEmpty();
    }

    @Test
    void theBuildRunsAtStartThenThePollEveryPollSecondsAndTheCensusEveryTenMinutes() throws Exception {
        jobs.afterPropertiesSet();

        assertThat(scheduler.runDue(clock.instant())).extracting(JobRunnerResponse::getRunOutcome)
                .containsExactly(RunOutcome.SUCCESS);
        assertThat(cache.rebuilds).isEqualTo(1);
        assertThat(scheduler.jobs).doesNotContainKey(SyncJobs.jobId(SyncJobs.BUILD));

        clock.advance(Duration.ofMinutes(10));
        scheduler.runDue(clock.instant());

        // Ten polls (10:01 ... 10:10) and one census (10:10), in the order they fell due.
        assertThat(scheduler.log).containsExactly("org.saleskpi.cache.build@2026-12-05T10:00:00Z",
                "org.saleskpi.cache.poll@2026-12-05T10:01:00Z", "org.saleskpi.cache.poll@2026-12-05T10:02:00Z",
                "org.saleskpi.cache.poll@2026-12-05T10:03:00Z", "org.saleskpi.cache.poll@2026-12-05T10:04:00Z",
                "org.saleskpi.cache.poll@2026-12-05T10:05:00Z", "org.saleskpi.cache.poll@2026-12-05T10:06:00Z",
                "org.saleskpi.cache.poll@2026-12-05T10:07:00Z", "org.saleskpi.cache.poll@2026-12-05T10:08:00Z",
                "org.saleskpi.cache.poll@2026-12-05T10:09:00Z", "org.saleskpi.cache.poll@2026-12-05T10:10:00Z",
                "org.saleskpi.cache.census@2026-12-05T10:10:00Z");
        assertThat(cache.rebuilds).isEqualTo(1);
    }

    @Test
    void aFailedPollIsReportedToTheSchedulerNotThrownAndTheNextPollReadsTheSameWindow() throws Exception {
        jobs.afterPropertiesSet();
        scheduler.runDue(clock.instant());
        cache.failingReloads = 1;
        long id = search.ids("project = SALES", 0, 10).get(0);
        clock.advance(Duration.ofSeconds(30));
        jira.edit(id, "Won");

        clock.advance(Duration.ofSeconds(30));
        List<JobRunnerResponse> first = scheduler.runDue(clock.instant());
        clock.advance(Duration.ofSeconds(60));
        List<JobRunnerResponse> second = scheduler.runDue(clock.instant());

        assertThat(first).extracting(JobRunnerResponse::getRunOutcome).containsExactly(RunOutcome.FAILED);
        assertThat(first.get(0).getMessage()).contains("Jira's search failed");
        assertThat(second).extracting(JobRunnerResponse::getRunOutcome).containsExactly(RunOutcome.SUCCESS);
        // Both polls read from the build's 10:00:00 less 2 min: 09:58 UTC, 18:58 in Tokyo.
        assertThat(search.searches()).filteredOn(jql -> jql.contains("updated")).containsExactly(
                "(project = SALES) AND updated >= \"2026/12/05 18:58\"",
                "(project = SALES) AND updated >= \"2026/12/05 18:58\"");
        assertThat(cache.held(id).status()).isEqualTo("Won");
        assertThat(jobs.sync().watermark()).contains(START.plusSeconds(120));
    }

    @Test
    void anAdminsNewPollIntervalTakesEffectAfterTheNextPoll() throws Exception {
        jobs.afterPropertiesSet();
        scheduler.runDue(clock.instant());

        settings.pollSeconds(15);
        clock.advance(Duration.ofSeconds(60));
        scheduler.runDue(clock.instant());

        assertThat(interval(SyncJobs.POLL)).isEqualTo(15_000L);
        assertThat(scheduler.nextRun.get(SyncJobs.jobId(SyncJobs.POLL))).isEqualTo(START.plusSeconds(75));
    }

    /**
     * Jira builds the plugin's beans with Spring and closes the context when the app is disabled: Spring must call
     * the start and the stop on its own, with nothing else to remember.
     */
    @Test
    void thePluginsSpringContextStartsTheJobsWhenItIsBuiltAndStopsThemWhenItCloses() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getBeanFactory().registerSingleton("scheduler", scheduler);
        context.getBeanFactory().registerSingleton("events", events);
        context.getBeanFactory().registerSingleton("timeZones", timeZones);
        context.getBeanFactory().registerSingleton("feed", cache);
        context.getBeanFactory().registerSingleton("search", search);
        context.getBeanFactory().registerSingleton("settings", settings);
        context.getBeanFactory().registerSingleton("clock", clock);
        RootBeanDefinition bean = new RootBeanDefinition(SyncJobs.class);
        bean.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
        context.registerBeanDefinition("syncJobs", bean);
        // The constructor's parameter types, so that autowiring by type finds exactly these beans.
        assertThat(List.of(SchedulerService.class, CacheFeed.class, SystemSearch.class, CacheSettingsStore.class,
                Clock.class)).allSatisfy(type -> assertThat(context.getBeanFactory().getBeanNamesForType(type))
                        .hasSize(1));

        context.refresh();
        assertThat(scheduler.runners).hasSize(3);
        assertThat(events.listeners).hasSize(1);

        context.close();
        assertThat(scheduler.runners).isEmpty();
        assertThat(scheduler.jobs).isEmpty();
        assertThat(events.listeners).isEmpty();
    }

    private long interval(com.atlassian.scheduler.config.JobRunnerKey key) {
        JobConfig config = scheduler.jobs.get(SyncJobs.jobId(key));
        return config.getSchedule().getIntervalScheduleInfo().getIntervalInMillis();
    }
}
