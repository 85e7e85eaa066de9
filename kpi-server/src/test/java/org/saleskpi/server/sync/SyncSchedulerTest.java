package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.store.Database;

/** Runs on the connection's interval, at once on request, never two of one connection at a time. */
class SyncSchedulerTest {
    /** Every run asks Jira once who the connection is. */
    private static final String RUN = "/rest/api/2/myself";

    @Test
    void aConnectionRunsAtStartThenEveryIntervalAndAtOnceOnRequestButNeverTwiceAtATime() throws Exception {
        try (SyncRig rig = new SyncRig(Database.H2_MEMORY, JiraKind.CLOUD, 150, 13)) {
            HandClock clock = new HandClock(Instant.parse("2026-11-30T12:00:00Z"));
            try (SyncScheduler scheduler = new SyncScheduler(rig.sync, rig.connectionsPort(), clock,
                    Duration.ofMillis(20))) {
                scheduler.start();
                waitUntil(() -> rig.sync.status(SyncRig.CONNECTION).lastFinished().isPresent()
                        && !rig.sync.running(SyncRig.CONNECTION));
                assertThat(rig.store.count()).isPositive();
                assertThat(rig.fake.requests(RUN)).isEqualTo(1);

                // Four minutes on, the 5-minute interval is not over: many ticks, no run.
                clock.advance(Duration.ofMinutes(4));
                Thread.sleep(300);
                assertThat(rig.fake.requests(RUN)).isEqualTo(1);

                clock.advance(Duration.ofMinutes(1));
                waitUntil(() -> rig.fake.requests(RUN) == 2 && !rig.sync.running(SyncRig.CONNECTION));

                // A slow run is under way: asking again while it runs starts no second one.
                rig.fake.faults().slow("/rest/api/3/search/jql", Duration.ofMillis(800), 1);
                rig.fake.faults().slow("/rest/api/2/search", Duration.ofMillis(800), 1);
                assertThat(scheduler.syncNow(SyncRig.CONNECTION)).isTrue();
                waitUntil(() -> rig.fake.requests(RUN) == 3);
                assertThat(scheduler.syncNow(SyncRig.CONNECTION)).isFalse();
                waitUntil(() -> !rig.sync.running(SyncRig.CONNECTION));
                Thread.sleep(100);
                assertThat(rig.fake.requests(RUN)).isEqualTo(3);
                assertThat(rig.sync.status(SyncRig.CONNECTION).lastError()).isEmpty();
            }
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not hold within 30 s");
            }
            Thread.sleep(10);
        }
    }
}
