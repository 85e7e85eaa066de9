package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightTest {
    private final SingleFlight<String, Object> flights = new SingleFlight<>();

    @Test
    void callersArrivingWhileOneComputesWaitForItsAnswer() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            Future<Object> first = threads.submit(() -> flights.run("q", () -> {
                computed.incrementAndGet();
                started.countDown();
                await(release);
                return new Object();
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<Object>> others = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                others.add(threads.submit(() -> flights.run("q", () -> {
                    computed.incrementAndGet();
                    return new Object();
                })));
            }
            waitUntil(() -> flights.waiting("q") == 4);
            release.countDown();

            Object answer = first.get(10, TimeUnit.SECONDS);
            for (Future<Object> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isSameAs(answer);
            }
            assertThat(computed).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aCallAfterTheFlightEndedComputesAgain() {
        Object first = flights.run("q", Object::new);
        Object second = flights.run("q", Object::new);

        assertThat(second).isNotSameAs(first);
        assertThat(flights.waiting("q")).isZero();
    }

    @Test
    void otherKeysDoNotWait() {
        assertThat(flights.run("a", () -> "A")).isEqualTo("A");
        assertThat(flights.run("b", () -> "B")).isEqualTo("B");
    }

    @Test
    void aFailureReachesEveryWaiterAndIsNotKept() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = threads.submit(() -> flights.run("q", () -> {
                started.countDown();
                await(release);
                throw new IllegalArgumentException("bad query");
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Object> second = threads.submit(() -> flights.run("q", () -> "computed by the waiter"));
            waitUntil(() -> flights.waiting("q") == 1);
            release.countDown();

            for (Future<Object> call : List.of(first, second)) {
                assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(
                        IllegalArgumentException.class).hasMessageContaining("bad query");
            }
            assertThat(flights.run("q", () -> "again")).isEqualTo("again");
        } finally {
            threads.shutdownNow();
        }
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 10 s");
            }
            Thread.sleep(5);
        }
    }
}
