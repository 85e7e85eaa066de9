package org.saleskpi.server.connect.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;

class CachedJiraIdsTest {
    private static final UserRef ANN = new UserRef("ann", "Ann");
    private static final UserRef BEN = new UserRef("ben", "Ben");

    private final HandClock clock = new HandClock(Instant.parse("2026-12-05T10:00:00Z"));
    /** What Jira answers now, per user key; each question counted. */
    private final Map<String, TokenView> jira = new ConcurrentHashMap<>(Map.of(
            "ann", new TokenView.Seen(Set.of("10001", "10002")),
            "ben", new TokenView.Seen(Set.of("10003"))));
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    private final CachedJiraIds cached = new CachedJiraIds((connection, user) -> {
        asked.computeIfAbsent(user.key(), k -> new AtomicInteger()).incrementAndGet();
        return jira.getOrDefault(user.key(), new TokenView.NotLinked());
    }, clock, CachedJiraIds.DEFAULT_TTL);

    @Test
    void anAnswerIsKeptForTheTtlThenAskedAgain() {
        assertThat(cached.idsFor(1, ANN)).isEqualTo(new TokenView.Seen(Set.of("10001", "10002")));
        jira.put("ann", new TokenView.Seen(Set.of("10001")));

        clock.advance(Duration.ofSeconds(59));
        assertThat(cached.idsFor(1, ANN)).isEqualTo(new TokenView.Seen(Set.of("10001", "10002")));
        assertThat(asked.get("ann")).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(cached.idsFor(1, ANN)).isEqualTo(new TokenView.Seen(Set.of("10001")));
        assertThat(asked.get("ann")).hasValue(2);
    }

    @Test
    void oneUsersAnswerNeverAnswersAnotherNorAnotherConnection() {
        assertThat(cached.idsFor(1, ANN)).isEqualTo(new TokenView.Seen(Set.of("10001", "10002")));
        assertThat(cached.idsFor(1, BEN)).isEqualTo(new TokenView.Seen(Set.of("10003")));
        assertThat(cached.idsFor(2, ANN)).isEqualTo(new TokenView.Seen(Set.of("10001", "10002")));
        // Ann was asked about for each connection, Ben once: nobody was answered from another's entry.
        assertThat(asked.get("ann")).hasValue(2);
        assertThat(asked.get("ben")).hasValue(1);
    }

    @Test
    void forgettingAUsersAnswerAsksJiraAgainForThemOnly() {
        cached.idsFor(1, ANN);
        cached.idsFor(1, BEN);
        jira.put("ann", new TokenView.Refused());

        cached.forget(1, "ann");

        assertThat(cached.idsFor(1, ANN)).isEqualTo(new TokenView.Refused());
        assertThat(cached.idsFor(1, BEN)).isEqualTo(new TokenView.Seen(Set.of("10003")));
        assertThat(asked.get("ben")).hasValue(1);
        cached.forget(1);
        cached.idsFor(1, BEN);
        assertThat(asked.get("ben")).hasValue(2);
    }

    /** Eight gadgets of Ann's dashboard ask at once while Jira is slow: Jira hears one question; Ben is not held up. */
    @Test
    void concurrentRequestsOfOneUserShareOneQuestion() throws Exception {
        CountDownLatch jiraMayAnswer = new CountDownLatch(1);
        CountDownLatch annAsked = new CountDownLatch(1);
        AtomicInteger annQuestions = new AtomicInteger();
        CachedJiraIds slow = new CachedJiraIds((connection, user) -> {
            if (user.key().equals("ben")) {
                return new TokenView.Seen(Set.of("10003"));
            }
            annQuestions.incrementAndGet();
            annAsked.countDown();
            try {
                jiraMayAnswer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new TokenView.Seen(Set.of("10001"));
        }, clock, CachedJiraIds.DEFAULT_TTL);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<TokenView>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> slow.idsFor(1, ANN)));
            }
            assertThat(annAsked.await(10, TimeUnit.SECONDS)).isTrue();
            // While Ann's question is in flight, Ben is answered at once.
            assertThat(slow.idsFor(1, BEN)).isEqualTo(new TokenView.Seen(Set.of("10003")));
            jiraMayAnswer.countDown();
            for (Future<TokenView> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(new TokenView.Seen(Set.of("10001")));
            }
            assertThat(annQuestions).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedQuestionIsNotKept() {
        AtomicInteger calls = new AtomicInteger();
        CachedJiraIds failingOnce = new CachedJiraIds((connection, user) -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("store closed");
            }
            return new TokenView.NotLinked();
        }, clock, CachedJiraIds.DEFAULT_TTL);

        assertThatThrownBy(() -> failingOnce.idsFor(1, ANN)).hasMessage("store closed");
        assertThat(failingOnce.idsFor(1, ANN)).isEqualTo(new TokenView.NotLinked());
        assertThat(calls).hasValue(2);
    }

    @Test
    void staleAnswersOfUsersWhoNeverComeBackAreDropped() {
        cached.idsFor(1, ANN);
        cached.idsFor(1, BEN);
        assertThat(cached.size()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(61));
        cached.idsFor(2, BEN);

        assertThat(cached.size()).isEqualTo(1);
    }
}
