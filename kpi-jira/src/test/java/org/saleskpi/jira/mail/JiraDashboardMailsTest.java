package org.saleskpi.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.jira.mail.SharedDashboards.item;

import com.atlassian.mail.Email;
import com.atlassian.scheduler.JobRunner;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.jira.cache.MemoryPluginSettings;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;
import org.saleskpi.web.mail.Frequency;
import org.saleskpi.web.mail.Subscription;
import org.saleskpi.web.mail.SubscriptionStore.SendStatus;

/**
 * Subscriptions to a Jira dashboard, sent by the mail job run by hand as Jira's scheduler would, over the app's real
 * stores (H2 through Active Objects), the sales book's issues and Jira's dashboard service (a double answering as Jira
 * documents). Monday 15 April 2024, 07:00 UTC: adam administers SALES and made its profile; vera browses SALES;
 * oscar may not see SALES. Jira dashboard 10100 "Sales board" is shared with vera and oscar and holds two of the app's
 * items and one of Jira's own gadgets; both subscribed daily at 08:00 UTC.
 */
class JiraDashboardMailsTest {
    private static final long BOARD = 10100;

    private final HandClock clock = new HandClock(Instant.parse("2024-04-15T07:00:00Z"));
    private final ClusterScheduler scheduler = new ClusterScheduler();
    private final RecordingMailQueue queue = new RecordingMailQueue();
    private final SharedDashboards jira = new SharedDashboards("adam", "vera", "oscar");
    private ApiServer api;
    private AoSubscriptions subscriptions;
    private JiraLetters letters;

    @BeforeEach
    void start() throws Exception {
        api = ApiServer.start(SalesBook.access(), SalesBook.issues(), SalesBook.fields(), SalesBook.PEOPLE, clock,
                (session, services) -> {
                    session.migrate(MailSubscriptionEntity.class, MailSendEntity.class);
                    subscriptions = new AoSubscriptions(session, clock);
                    letters = new JiraLetters(services, mode -> "https://jira.example.com/",
                            new PluginSettingsSeal(new MemoryPluginSettings(), new InJvmClusterLocks()), jira.dashboards());
                    return List.of();
                });
        long profile = api.post("adam", "/profiles", SalesBook.profileJson("Sales", "SALES", "project = SALES"))
                .json().getAsJsonObject().get("id").getAsLong();
        jira.dashboard(BOARD, "Sales board", Set.of("vera", "oscar"), List.of(
                List.of(item(10001, Map.of("saleskpiGadget", "calculation", "title", "Won this quarter",
                        "profile", String.valueOf(profile), "kpi", "won-revenue")),
                        item(10002, Map.of("filterId", "filter-10000"))),
                List.of(item(10003, Map.of("saleskpiGadget", "kpi-list", "title", "Sales at a glance",
                        "profile", String.valueOf(profile))))));
        MailJobs jobs = new MailJobs(scheduler, subscriptions, letters,
                new JiraMailQueue(queue, () -> () -> "jira@example.com"), clock);
        jobs.afterPropertiesSet();
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private Subscription subscribe(String userKey) {
        return subscriptions.create(new Subscription(0, userKey, Subscription.Subject.JIRA_DASHBOARD, BOARD,
                Frequency.DAILY, 1, 1, 8, ZoneOffset.UTC, Locale.ENGLISH, userKey + "@example.com", Instant.EPOCH));
    }

    private void runAtEight() {
        clock.advance(Duration.ofSeconds(60 * 60 + 30));
        JobRunner runner = scheduler.runners.get(MailJobs.RUNNER);
        runner.runJob(null);
    }

    @Test
    void eachSubscriberGetsOneLetterWithEveryItemsFiguresComputedAsThem() {
        subscribe("vera");
        subscribe("oscar");

        runAtEight();

        assertThat(queue.emails()).extracting(Email::getTo).containsExactly("vera@example.com", "oscar@example.com");
        Email toVera = queue.emails().get(0);
        assertThat(toVera.getSubject()).contains("Sales board");
        String body = toVera.getBody();
        assertThat(body).contains("Won this quarter").contains("Sales at a glance")
                .contains("https://jira.example.com/secure/Dashboard.jspa?selectPageId=" + BOARD)
                .doesNotContain("you may not see the issues");
        // The items in page order (column by column), each with figures of its own.
        assertThat(body.indexOf("Won this quarter")).isLessThan(body.indexOf("Sales at a glance"));
        assertThat(body.substring(body.indexOf("Won this quarter"), body.indexOf("Sales at a glance")))
                .contains("<td");
        // Oscar may see the dashboard but not SALES: each item says so instead of its figures.
        String toOscar = queue.emails().get(1).getBody();
        assertThat(toOscar).contains("Won this quarter").contains("Sales at a glance");
        assertThat(toOscar.split("you may not see the issues", -1)).hasSize(3);
    }

    @Test
    void aDashboardNoLongerSharedWithTheSubscriberIsSentNoMoreAndTheSubscriptionEnds() {
        Subscription vera = subscribe("vera");
        jira.unshare(BOARD, "vera");

        runAtEight();

        assertThat(queue.items).isEmpty();
        assertThat(subscriptions.get(vera.id())).isEmpty();
        assertThat(subscriptions.sendsOf(vera.id())).noneMatch(send -> send.status() == SendStatus.SENT);
    }
}
