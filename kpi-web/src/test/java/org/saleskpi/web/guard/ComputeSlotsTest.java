package org.saleskpi.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ComputeSlotsTest {
    private final ComputeSlots slots = new ComputeSlots();

    @Test
    void atMostMaxAtOnceAndAClosedSlotLetsTheNextIn() throws Exception {
        ComputeSlots.Slot first = slots.take(2, Duration.ZERO).orElseThrow();
        ComputeSlots.Slot second = slots.take(2, Duration.ZERO).orElseThrow();
        assertThat(slots.take(2, Duration.ZERO)).isEmpty();
        assertThat(slots.running()).isEqualTo(2);

        first.close();
        assertThat(slots.running()).isEqualTo(1);
        assertThat(slots.take(2, Duration.ZERO)).isPresent();
        second.close();
    }

    @Test
    void closingTwiceFreesOneSlotOnly() throws Exception {
        ComputeSlots.Slot slot = slots.take(1, Duration.ZERO).orElseThrow();
        slots.take(5, Duration.ZERO).orElseThrow();
        slot.close();
        slot.close();
        assertThat(slots.running()).isEqualTo(1);
    }

    @Test
    void aWaiterGetsTheSlotFreedDuringItsWait() throws Exception {
        ComputeSlots.Slot held = slots.take(1, Duration.ZERO).orElseThrow();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Optional<ComputeSlots.Slot>> waiter = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            try {
                return slots.take(1, Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        waiting.await();
        held.close();
        // Well within its 30 s wait: the freed slot is the waiter's.
        assertThat(waiter.get(10, TimeUnit.SECONDS)).isPresent();
        assertThat(slots.running()).isEqualTo(1);
    }

    @Test
    void queuedWhileARequestWaitsForASlotOnly() throws Exception {
        ComputeSlots.Slot held = slots.take(1, Duration.ZERO).orElseThrow();
        assertThat(slots.queued()).isFalse();
        CompletableFuture<Optional<ComputeSlots.Slot>> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return slots.take(1, Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!slots.queued() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(slots.queued()).isTrue();
        held.close();
        waiter.get(10, TimeUnit.SECONDS).orElseThrow().close();
        assertThat(slots.queued()).isFalse();
    }

    @Test
    void aWaiterGivesUpWhenItsWaitEnds() throws Exception {
        slots.take(1, Duration.ZERO).orElseThrow();
        long started = System.nanoTime();
        assertThat(slots.take(1, Duration.ofMillis(200))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aLowerMaxWaitsForRunningComputationsToFinish() throws Exception {
        ComputeSlots.Slot a = slots.take(3, Duration.ZERO).orElseThrow();
        ComputeSlots.Slot b = slots.take(3, Duration.ZERO).orElseThrow();
        // The admin lowers the limit to 1 while two run: nobody new until both are done.
        assertThat(slots.take(1, Duration.ZERO)).isEmpty();
        a.close();
        assertThat(slots.take(1, Duration.ZERO)).isEmpty();
        b.close();
        assertThat(slots.take(1, Duration.ZERO)).isPresent();
    }

    @Test
    void waitersGetTheFreedSlotsInTheOrderTheyCameWhileNewcomersKeepAsking() throws Exception {
        ComputeSlots.Slot held = slots.take(1, Duration.ZERO).orElseThrow();
        List<Integer> served = new CopyOnWriteArrayList<>();
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int place = i;
            Thread waiter = new Thread(() -> {
                try {
                    slots.take(1, Duration.ofSeconds(30)).ifPresent(slot -> {
                        served.add(place);
                        slot.close();
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            waiter.start();
            waiters.add(waiter);
            awaitWaiting(waiter);
        }
        // Requests arriving after them ask over and over, as a busy node's stream of requests does.
        AtomicBoolean asking = new AtomicBoolean(true);
        AtomicInteger jumpedTheLine = new AtomicInteger();
        List<Thread> newcomers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread newcomer = new Thread(() -> {
                while (asking.get()) {
                    try {
                        slots.take(1, Duration.ZERO).ifPresent(slot -> {
                            if (served.size() < waiters.size()) {
                                jumpedTheLine.incrementAndGet();
                            }
                            slot.close();
                        });
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            newcomer.start();
            newcomers.add(newcomer);
        }

        held.close();
        for (Thread waiter : waiters) {
            waiter.join(TimeUnit.SECONDS.toMillis(30));
        }
        asking.set(false);
        for (Thread newcomer : newcomers) {
            newcomer.join();
        }

        assertThat(served).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(jumpedTheLine.get()).as("slots taken by newcomers before every waiter had one").isZero();
        assertThat(slots.running()).isZero();
    }

    @Test
    void aRaisedLimitLetsTheWaitersInInTheOrderTheyCame() throws Exception {
        ComputeSlots.Slot held = slots.take(2, Duration.ZERO).orElseThrow();
        slots.take(2, Duration.ZERO).orElseThrow();
        // Waiting under a limit the admin lowered to 1, then a request under the limit they raised to 3.
        CompletableFuture<Optional<ComputeSlots.Slot>> first = waiting(1, Duration.ofSeconds(30));
        CompletableFuture<Optional<ComputeSlots.Slot>> second = CompletableFuture.supplyAsync(() -> {
            try {
                return slots.take(3, Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        // The third slot is the first waiter's; the second gets the next one freed.
        assertThat(first.get(10, TimeUnit.SECONDS)).isPresent();
        assertThat(slots.running()).isEqualTo(3);
        assertThat(second).isNotDone();
        held.close();
        assertThat(second.get(10, TimeUnit.SECONDS)).isPresent();
        assertThat(slots.running()).isEqualTo(3);
    }

    /** A request waiting for a slot in a thread of its own, once it waits. */
    private CompletableFuture<Optional<ComputeSlots.Slot>> waiting(int max, Duration wait)
            throws InterruptedException {
        CompletableFuture<Optional<ComputeSlots.Slot>> slot = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                slot.complete(slots.take(max, wait));
            } catch (InterruptedException e) {
                slot.completeExceptionally(e);
            }
        });
        waiter.start();
        awaitWaiting(waiter);
        return slot;
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < giveUp) {
            Thread.sleep(1);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }
}
