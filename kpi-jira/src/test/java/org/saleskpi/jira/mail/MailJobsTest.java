package org.saleskpi.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.atlassian.mail.Email;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.mail.Frequency;
import org.saleskpi.web.mail.Subscription;
import org.saleskpi.web.mail.SubscriptionStore.Send;
import org.saleskpi.web.mail.SubscriptionStore.SendStatus;
import org.saleskpi.web.mail.UnsubscribeLinks;

/**
 * The mail job inside Jira, run by hand as Jira's scheduler would run it on one node of the cluster, over the app's
 * real stores (H2 through Active Objects) and the shared letters, into a mail queue that records what Jira would
 * send. Friday 10 May 2024, 07:00 UTC: alice administers project A and its folder "EMEA"; bob browses A; carol may
 * not see A. Bob and carol subscribed to EMEA daily at 08:00 UTC.
 */
class MailJobsTest {
    private JiraMailStand stand;

    @BeforeEach
    void start() throws Exception {
        stand = JiraMailStand.start((mails, services) -> List.of());
    }

    @AfterEach
    void stop() throws Exception {
        stand.close();
    }

    private Subscription subscribe(String userKey) {
        return stand.subscriptions.create(new Subscription(0, userKey, Subscription.Subject.FOLDER, stand.emea,
                Frequency.DAILY, 1, 1, 8, ZoneOffset.UTC, Locale.ENGLISH, userKey + "@example.com", Instant.EPOCH));
    }

    /** The jobs over Jira's mail queue, whose default outgoing server is {@code server} (null: none set). */
    private MailJobs jobs(SMTPMailServer server) throws Exception {
        MailJobs jobs = new MailJobs(stand.scheduler, stand.subscriptions, stand.letters,
                new JiraMailQueue(stand.queue, () -> server), stand.clock);
        jobs.afterPropertiesSet();
        return jobs;
    }

    private RunOutcome run() {
        JobRunner runner = stand.scheduler.runners.get(MailJobs.RUNNER);
        return runner.runJob(null).getRunOutcome();
    }

    @Test
    void theJobQueuesExactlyOneLetterPerSubscriptionAndPeriodOnOneNodeOfTheCluster() throws Exception {
        Subscription bob = subscribe("bob");
        subscribe("carol");
        MailJobs jobs = jobs(() -> "jira@example.com");

        JobConfig job = stand.scheduler.jobs.get(MailJobs.JOB);
        assertThat(job.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(job.getJobRunnerKey()).isEqualTo(MailJobs.RUNNER);
        assertThat(job.getSchedule().getIntervalScheduleInfo().getIntervalInMillis()).isEqualTo(60_000L);
        // Nodes starting together replace one another's job: its first run lies one interval ahead (ADR 0068).
        assertThat(job.getSchedule().getIntervalScheduleInfo().getFirstRunTime())
                .isEqualTo(Date.from(stand.clock.instant().plus(MailJobs.EVERY)));

        // 07:00: the latest 08:00 (yesterday's) came before they subscribed.
        assertThat(run()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(stand.queue.items).isEmpty();
        stand.clock.advance(Duration.ofSeconds(60 * 60 + 30));
        run();
        assertThat(stand.queue.emails()).extracting(Email::getTo)
                .containsExactly("bob@example.com", "carol@example.com");
        // The next runs of the same period, a minute apart, send nothing again.
        run();
        stand.clock.advance(Duration.ofMinutes(1));
        run();
        assertThat(stand.queue.items).hasSize(2);
        stand.clock.advance(Duration.ofDays(1));
        run();
        assertThat(stand.queue.emails()).extracting(Email::getTo).containsExactly("bob@example.com",
                "carol@example.com",
                "bob@example.com", "carol@example.com");
        assertThat(stand.subscriptions.sendsOf(bob.id())).extracting(Send::periodKey, Send::status).containsExactly(
                tuple("2024-05-10T08:00", SendStatus.SENT),
                tuple("2024-05-11T08:00", SendStatus.SENT));

        jobs.destroy();
        assertThat(stand.scheduler.runners).isEmpty();
        // The cluster's job stays for the other nodes.
        assertThat(stand.scheduler.jobs).containsKey(MailJobs.JOB);
    }

    @Test
    void eachLetterIsComputedAsItsSubscriberWithLinksIntoJira() throws Exception {
        Subscription bob = subscribe("bob");
        subscribe("carol");
        jobs(() -> "jira@example.com");
        stand.clock.advance(Duration.ofSeconds(60 * 60 + 30));

        run();

        Email toBob = stand.queue.emails().get(0);
        Email toCarol = stand.queue.emails().get(1);
        assertThat(toBob.getFrom()).isEqualTo("jira@example.com");
        assertThat(toBob.getSubject()).contains("EMEA");
        assertThat(toBob.getBody()).contains("Grow EMEA")
                .contains("https://jira.example.com/plugins/servlet/saleskpi/goals?project=A&amp;folder=" + stand.emea);
        // Carol may not browse A in Jira: her letter says so instead of showing its goals.
        assertThat(toCarol.getBody()).doesNotContain("Grow EMEA").contains("EMEA");
        String unsubscribe = toBob.getHeaders().get("List-Unsubscribe");
        assertThat(unsubscribe).startsWith("<https://jira.example.com/plugins/servlet/saleskpi-unsubscribe?token=");
        String token = URLDecoder.decode(unsubscribe.substring(unsubscribe.indexOf("token=") + 6,
                unsubscribe.length() - 1), StandardCharsets.UTF_8);
        assertThat(new UnsubscribeLinks(new PluginSettingsSeal(stand.settings, new InJvmClusterLocks()),
                JiraLetters.UNSUBSCRIBE_PAGE)
                .subscription(token)).contains(bob.id());
    }

    @Test
    void withoutJirasOutgoingMailServerTheSendFailsVisiblyAndIsRetried() throws Exception {
        Subscription bob = subscribe("bob");
        jobs(null);
        stand.clock.advance(Duration.ofSeconds(60 * 60 + 30));

        run();

        assertThat(stand.queue.items).isEmpty();
        assertThat(stand.subscriptions.failures()).extracting(Send::subscriptionId, Send::status)
                .containsExactly(tuple(bob.id(), SendStatus.FAILED));
        assertThat(stand.subscriptions.failures().get(0).errorKey()).contains("saleskpi.mail.error.jiraUnset");
        assertThat(stand.subscriptions.failures().get(0).nextAttempt())
                .isEqualTo(stand.clock.instant().plus(Duration.ofMinutes(1)));
    }
}
