package org.saleskpi.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the command-line import makes beside its first reading of the file (ADR 0079). */
class MadeInBackgroundTest {
    private final List<String> closed = new CopyOnWriteArrayList<>();

    @Test
    void makesOnAThreadOfItsOwnWhileTheCallerGoesOn() throws Exception {
        CountDownLatch callerWent = new CountDownLatch(1);
        try (MadeInBackground<String> made = MadeInBackground.start(() -> {
            await(callerWent);
            return Thread.currentThread().getName();
        }, closed::add, "making")) {
            // The caller goes on before the value is made: a making on the caller's thread would never end.
            callerWent.countDown();
            assertThat(made.get()).isEqualTo("making");
        }
        assertThat(closed).containsExactly("making");
    }

    @Test
    void throwsWhatTheMakingThrewToTheOneWhoAsks() {
        IllegalStateException failure = new IllegalStateException("the database is from a newer version");
        try (MadeInBackground<String> made = MadeInBackground.start(() -> {
            throw failure;
        }, closed::add, "failing")) {
            assertThatThrownBy(made::get).isSameAs(failure);
        }
        assertThat(closed).isEmpty();
    }

    @Test
    void closingWaitsForTheMakingAndClosesWhatItMadeThoughNobodyAskedForIt() throws Exception {
        CountDownLatch closing = new CountDownLatch(1);
        MadeInBackground<String> made = MadeInBackground.start(() -> {
            await(closing);
            sleep(100);
            return "opened";
        }, closed::add, "slow");
        Thread closer = new Thread(made::close);
        closer.start();
        closing.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(closer.isAlive()).isFalse();
        assertThat(closed).containsExactly("opened");
    }

    @Test
    void aFailedMakingNobodyAskedForEndsQuietlyWhenClosed() {
        MadeInBackground<String> made = MadeInBackground.start(() -> {
            throw new IllegalStateException("not asked for");
        }, closed::add, "unasked");

        made.close();

        assertThat(closed).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never counted down");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
