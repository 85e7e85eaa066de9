package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Among the results waiting for a refresh after a write, the one due first goes first: asked, plus what its last
 * refresh took; a slow one asked long enough before a quick one still goes before it (ADR 0075). The refreshes'
 * clock is the test's, so what a refresh "takes" is what its work moves that clock by.
 */
class RefreshOrderTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long MILLISECOND = TimeUnit.MILLISECONDS.toNanos(1);

    private final AtomicLong clock = new AtomicLong();
    /** While set, a request does not wait for its refresh, as when others queue for the computation slots. */
    private final AtomicBoolean othersQueued = new AtomicBoolean();
    private final Refreshes refreshes = new Refreshes(new Refreshes.Waits(Duration.ofSeconds(10), othersQueued::get),
            clock::get);
    private final List<String> started = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstThreadFree = new CountDownLatch(1);
    private final CountDownLatch secondThreadFree = new CountDownLatch(1);
    private final CountDownLatch bothAskedRan = new CountDownLatch(2);

    @AfterEach
    void freeTheThreads() {
        firstThreadFree.countDown();
        secondThreadFree.countDown();
    }

    @Test
    void aQuickResultAskedJustAfterASlowOneIsRefreshedBeforeIt() throws Exception {
        refreshedOnce("slow history", SECOND);
        refreshedOnce("quick sum", MILLISECOND);
        bothThreadsBusy();

        askedNow("slow history");
        clock.addAndGet(10 * MILLISECOND);
        assertThat(startOrderOnceFree("quick sum")).containsExactly("quick sum", "slow history");
    }

    @Test
    void aSlowResultAskedLongerBeforeThanItsRefreshTakesIsRefreshedBeforeAQuickOne() throws Exception {
        refreshedOnce("slow history", SECOND);
        refreshedOnce("quick sum", MILLISECOND);
        bothThreadsBusy();

        askedNow("slow history");
        clock.addAndGet(2 * SECOND);
        assertThat(startOrderOnceFree("quick sum")).containsExactly("slow history", "quick sum");
    }

    /** A refresh of {@code key} that took {@code took} on the refreshes' clock, waited for until done. */
    private void refreshedOnce(String key, long took) {
        assertThat(refreshes.await(key, false, () -> clock.addAndGet(took))).isEqualTo(Refreshes.Ended.DONE);
    }

    /** Both refresh threads held by refreshes that end only when the test frees them, one thread at a time. */
    private void bothThreadsBusy() throws InterruptedException {
        othersQueued.set(true);
        CountDownLatch bothStarted = new CountDownLatch(2);
        refreshes.await("first blocker", false, () -> {
            bothStarted.countDown();
            SingleFlightTest.await(firstThreadFree);
        });
        refreshes.await("second blocker", false, () -> {
            bothStarted.countDown();
            SingleFlightTest.await(secondThreadFree);
        });
        assertThat(bothStarted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private void askedNow(String key) {
        assertThat(refreshes.await(key, false, () -> {
            started.add(key);
            bothAskedRan.countDown();
        })).isEqualTo(Refreshes.Ended.RUNNING);
    }

    /** Asks {@code key} too, frees one thread alone, and gives the order in which it then ran the two waiting. */
    private List<String> startOrderOnceFree(String key) throws InterruptedException {
        askedNow(key);
        firstThreadFree.countDown();
        assertThat(bothAskedRan.await(10, TimeUnit.SECONDS)).isTrue();
        return List.copyOf(started);
    }
}
