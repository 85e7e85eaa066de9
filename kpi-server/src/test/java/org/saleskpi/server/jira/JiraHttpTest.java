package org.saleskpi.server.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.jira.ScriptedJira.Call;
import org.saleskpi.server.jira.ScriptedJira.Reply;

/** Retries, rate limits, auth failures and secrets, through a reader against a scripted site. */
class JiraHttpTest {
    private static final String PAT = "pat-secret-4711";
    private static final String SERVER_INFO = "{\"baseUrl\":\"http://jira.local\",\"version\":\"10.3.1\",\"deploymentType\":\"Server\"}";

    private final RecordedWaits waits = new RecordedWaits();

    private JiraReader reader(ScriptedJira jira, int retries) {
        return JiraReader.open(new JiraSite(jira.uri(), JiraKind.DATA_CENTER, new JiraCredentials.Bearer(PAT)),
                waits.settings(2, retries));
    }

    /** Answers the first {@code times} requests with {@code fault}, then serverInfo. */
    private static Function<Call, Reply> faultThenAnswer(int times, Reply fault) {
        AtomicInteger seen = new AtomicInteger();
        return call -> seen.incrementAndGet() <= times ? fault : Reply.json(SERVER_INFO);
    }

    @Test
    void serverErrorsAreRetriedWithExponentialBackoffAndFullJitter() throws Exception {
        try (ScriptedJira jira = ScriptedJira.start(faultThenAnswer(3, Reply.status(503, "{}")))) {
            JiraReader reader = reader(jira, 4);
            assertThat(reader.serverInfo().kind()).isEqualTo(JiraKind.DATA_CENTER);

            // Ceilings 500 ms * 2^attempt = 500, 1000, 2000 ms; the jitter draws half of each.
            assertThat(waits.waits()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
            assertThat(jira.calls()).hasSize(4);
            JiraTraffic traffic = reader.traffic();
            assertThat(traffic.requests()).isEqualTo(4);
            assertThat(traffic.retries()).isEqualTo(3);
            assertThat(traffic.rateLimited()).isZero();
            assertThat(traffic.paused()).isEqualTo(Duration.ofMillis(1750));
        }
    }

    @Test
    void serverErrorsBeyondTheRetriesFailWithTheStatusAndEndpoint() throws Exception {
        try (ScriptedJira jira = ScriptedJira.start(faultThenAnswer(99, Reply.status(500,
                "{\"errorMessages\":[\"Internal server error\"],\"errors\":{}}")))) {
            JiraReader reader = reader(jira, 2);
            assertThatThrownBy(reader::serverInfo).isInstanceOfSatisfying(JiraException.class, e -> {
                assertThat(e.status()).isEqualTo(500);
                assertThat(e.endpoint()).isEqualTo("/rest/api/2/serverInfo");
                assertThat(e.getMessage()).contains("Internal server error").contains("after 3 attempts");
            });
            assertThat(jira.calls()).hasSize(3);
            assertThat(reader.traffic().lastError()).contains("500");
        }
    }

    @Test
    void aQuotaLimitWaitsRetryAfterForTheWholeSite() throws Exception {
        Reply quota = Reply.status(429, "{}").header("Retry-After", "7").header("RateLimit-Reason", "jira-quota-global-based");
        try (ScriptedJira jira = ScriptedJira.start(faultThenAnswer(1, quota))) {
            JiraReader reader = reader(jira, 3);
            assertThat(reader.serverInfo().version()).isEqualTo("10.3.1");
            assertThat(waits.waits()).containsExactly(Duration.ofSeconds(7));
            assertThat(reader.traffic().rateLimited()).isEqualTo(1);
            assertThat(reader.traffic().paused()).isEqualTo(Duration.ofSeconds(7));
        }
    }

    @Test
    void aQuotaPauseAlsoHoldsBackOtherEndpoints() throws Exception {
        // myself is limited for a quota; while the reader waits, a call to field from another thread waits too.
        Reply quota = Reply.status(429, "{}").header("Retry-After", "30").header("X-RateLimit-Reason", "jira-quota-tenant-based");
        AtomicInteger myself = new AtomicInteger();
        try (ScriptedJira jira = ScriptedJira.start(call -> {
            if (call.path().endsWith("/myself")) {
                return myself.incrementAndGet() == 1 ? quota : Reply.json("{\"key\":\"ann\",\"name\":\"ann\",\"timeZone\":\"Asia/Tokyo\"}");
            }
            return Reply.json("[]");
        })) {
            JiraReader reader = reader(jira, 3);
            JiraUser user = reader.myself();
            assertThat(user.timeZone()).isEqualTo("Asia/Tokyo");
            waits.clock.advance(Duration.ofSeconds(-10)); // as if the pause were still 10 s from its end
            assertThat(reader.fields()).isEmpty();
            assertThat(waits.waits()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(10));
        }
    }

    @Test
    void aBurstLimitSlowsOnlyItsEndpoint() throws Exception {
        Reply burst = Reply.status(429, "{}").header("Retry-After", "2").header("RateLimit-Reason", "jira-burst-based");
        AtomicInteger fields = new AtomicInteger();
        try (ScriptedJira jira = ScriptedJira.start(call -> {
            if (call.path().endsWith("/field")) {
                return fields.incrementAndGet() <= 2 ? burst : Reply.json("[]");
            }
            return Reply.json(SERVER_INFO);
        })) {
            JiraReader reader = reader(jira, 3);
            assertThat(reader.fields()).isEmpty();
            // Two strikes in a row: max(2 s, 1 s), then max(2 s, 2 s).
            assertThat(waits.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
            waits.clock.advance(Duration.ofSeconds(-1));
            reader.serverInfo(); // another endpoint: not held back
            assertThat(waits.waits()).hasSize(2);
        }
    }

    @Test
    void aLimitWithoutRetryAfterWaitsUntilTheResetTime() throws Exception {
        // The hand clock starts at 13:00:00 UTC; the reset is at 13:02 UTC.
        Reply limited = Reply.status(429, "{}").header("X-RateLimit-Reset", "2026-11-30T13:02Z");
        try (ScriptedJira jira = ScriptedJira.start(faultThenAnswer(1, limited))) {
            reader(jira, 3).serverInfo();
            assertThat(waits.waits()).containsExactly(Duration.ofMinutes(2));
        }
    }

    @Test
    void anAnswerThatSpendsTheLastTokenHoldsTheNextRequestBack() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        try (ScriptedJira jira = ScriptedJira.start(call -> seen.incrementAndGet() == 1
                ? Reply.json(SERVER_INFO).header("X-RateLimit-Remaining", "0").header("Retry-After", "3")
                : Reply.json(SERVER_INFO))) {
            JiraReader reader = reader(jira, 3);
            reader.serverInfo();
            assertThat(waits.waits()).isEmpty();
            reader.serverInfo();
            assertThat(waits.waits()).containsExactly(Duration.ofSeconds(3));
        }
    }

    @Test
    void aLimitThatNamesNoWaitStillWaitsOneSecondThenTwo() throws Exception {
        try (ScriptedJira jira = ScriptedJira.start(faultThenAnswer(2, Reply.status(429, "{}").header("Retry-After", "0")))) {
            reader(jira, 3).serverInfo();
            assertThat(waits.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void rateLimitsBeyondTheRetriesFail() throws Exception {
        try (ScriptedJira jira = ScriptedJira.start(faultThenAnswer(99, Reply.status(429, "{}").header("Retry-After", "1")))) {
            assertThatThrownBy(() -> reader(jira, 1).serverInfo())
                    .isInstanceOfSatisfying(JiraException.class, e -> assertThat(e.status()).isEqualTo(429));
            assertThat(jira.calls()).hasSize(2);
        }
    }

    @Test
    void refusedCredentialsFailAtOnceAsAnAuthErrorWithoutTheToken() throws Exception {
        for (int status : List.of(401, 403)) {
            try (ScriptedJira jira = ScriptedJira.start(call -> Reply.status(status,
                    "{\"errorMessages\":[\"token " + PAT + " expired\"],\"errors\":{}}"))) {
                JiraReader reader = reader(jira, 3);
                assertThatThrownBy(reader::myself).isInstanceOfSatisfying(JiraAuthException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.getMessage()).doesNotContain(PAT).contains("***");
                });
                assertThat(jira.calls()).hasSize(1);
                assertThat(reader.traffic().lastError()).doesNotContain(PAT);
            }
        }
    }

    @Test
    void otherClientErrorsAreNotRetriedAndCarryJirasMessage() throws Exception {
        try (ScriptedJira jira = ScriptedJira.start(call -> Reply.status(400,
                "{\"errorMessages\":[\"Field 'amount' does not exist or you do not have permission to view it.\"],\"errors\":{}}"))) {
            assertThatThrownBy(() -> reader(jira, 3).page("amount > 5", List.of(), null, 10))
                    .isInstanceOfSatisfying(JiraException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.getMessage()).contains("Field 'amount' does not exist");
                    });
            assertThat(jira.calls()).hasSize(1);
        }
    }

    @Test
    void aRequestWithoutAnAnswerInTimeIsRetried() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        CountDownLatch testOver = new CountDownLatch(1);
        try (ScriptedJira jira = ScriptedJira.start(call -> {
            if (seen.incrementAndGet() == 1) {
                try { // the first answer comes only after the reader has given up on it
                    testOver.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Reply.json(SERVER_INFO);
        })) {
            JiraReader reader = JiraReader.open(new JiraSite(jira.uri(), JiraKind.DATA_CENTER, new JiraCredentials.Bearer(PAT)),
                    new JiraHttpSettings(1, Duration.ofSeconds(2), 2, waits, waits.clock, new RecordedWaits.HalfJitter()));
            assertThat(reader.serverInfo().version()).isEqualTo("10.3.1");
            assertThat(reader.traffic().retries()).isEqualTo(1);
            assertThat(waits.waits()).containsExactly(Duration.ofMillis(250));
            testOver.countDown(); // before the server closes, which waits for the held answer
        } finally {
            testOver.countDown();
        }
    }
}
