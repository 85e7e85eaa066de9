package org.saleskpi.server.connect.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.saleskpi.core.user.UserRef;

/**
 * {@link JiraIdsForUser} remembered for a short while per connection and user, so a dashboard's gadgets ask Jira
 * once, not once each. Single flight: while one request asks Jira for a user, the others of that user wait for its
 * answer instead of asking too; other users never wait for it. An answer is kept for {@code ttl} after it arrived,
 * under the user's own key only: one user's ids never answer another.
 */
public final class CachedJiraIds implements JiraIdsForUser {
    /** How long an answer is kept by default: a withdrawn permission shows within a minute. */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(60);

    private final JiraIdsForUser jira;
    private final Clock clock;
    private final Duration ttl;
    private final ConcurrentHashMap<Key, Answer> answers = new ConcurrentHashMap<>();
    private volatile Instant swept;

    public CachedJiraIds(JiraIdsForUser jira, Clock clock, Duration ttl) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must not be negative: " + ttl);
        }
        this.jira = jira;
        this.clock = clock;
        this.ttl = ttl;
        this.swept = clock.instant();
    }

    @Override
    public TokenView idsFor(long connectionId, UserRef user) {
        sweep();
        Key key = new Key(connectionId, user.key());
        Answer[] started = new Answer[1];
        Answer answer = answers.compute(key, (k, held) -> {
            if (held != null && !held.stale(clock.instant(), ttl)) {
                return held;
            }
            started[0] = new Answer(new FutureTask<>(() -> jira.idsFor(connectionId, user)));
            return started[0];
        });
        if (answer == started[0]) {
            answer.run(clock);
        }
        try {
            return answer.task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Failing closed: a waiter given up on sees none of the connection's issues this time.
            return new TokenView.Unreachable();
        } catch (ExecutionException e) {
            // Not kept: the next request asks again.
            answers.remove(key, answer);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Forgets {@code userKey}'s answer for the connection: their token was linked, replaced or removed. */
    public void forget(long connectionId, String userKey) {
        answers.remove(new Key(connectionId, userKey));
    }

    /** Forgets every user's answer for the connection: its site, JQL or mode changed. */
    public void forget(long connectionId) {
        answers.keySet().removeIf(key -> key.connectionId() == connectionId);
    }

    /** Answers kept now (in flight or fresh, and stale ones not swept yet), for tests. */
    int size() {
        return answers.size();
    }

    /** Drops stale answers at most once per ttl, so users who never come back are not kept forever. */
    private void sweep() {
        Instant now = clock.instant();
        if (now.isBefore(swept.plus(ttl))) {
            return;
        }
        swept = now;
        answers.values().removeIf(answer -> answer.stale(now, ttl));
    }

    private record Key(long connectionId, String userKey) {
    }

    /** One question to Jira, and when its answer arrived (null while in flight: never stale then). */
    private static final class Answer {
        private final FutureTask<TokenView> task;
        private volatile Instant arrived;

        Answer(FutureTask<TokenView> task) {
            this.task = task;
        }

        void run(Clock clock) {
            task.run();
            arrived = clock.instant();
        }

        boolean stale(Instant now, Duration ttl) {
            Instant at = arrived;
            return at != null && !now.isBefore(at.plus(ttl));
        }
    }
}
