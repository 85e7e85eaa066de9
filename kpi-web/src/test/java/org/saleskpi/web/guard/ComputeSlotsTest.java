package org.saleskpi.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
}
