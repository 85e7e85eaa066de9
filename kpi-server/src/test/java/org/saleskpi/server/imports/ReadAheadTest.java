package org.saleskpi.server.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void givesEveryBatchInOrderThenNull() {
        AtomicInteger made = new AtomicInteger();
        List<Integer> taken = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(() -> made.get() < 5 ? made.incrementAndGet() : null, "t")) {
            for (Integer batch = ahead.next(); batch != null; batch = ahead.next()) {
                taken.add(batch);
            }
            assertThat(ahead.next()).isNull();
        }
        assertThat(taken).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void whatMakingABatchThrowsIsThrownWhereTheBatchIsTakenAfterTheBatchesBefore() {
        IllegalStateException failure = new IllegalStateException("the user table refused");
        AtomicInteger made = new AtomicInteger();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(() -> {
            if (made.incrementAndGet() == 3) {
                throw failure;
            }
            return made.get();
        }, "t")) {
            assertThat(ahead.next()).isEqualTo(1);
            assertThat(ahead.next()).isEqualTo(2);
            assertThatThrownBy(ahead::next).isSameAs(failure);
            assertThat(ahead.next()).isNull();
        }
        assertThat(made).hasValue(3);
    }

    @Test
    void makesAtMostTwoBatchesAheadAndNoneOnceClosed() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        ReadAhead<Integer> ahead = new ReadAhead<>(made::incrementAndGet, "t");
        assertThat(ahead.next()).isEqualTo(1);
        // Batch 2 waits in the hand-off, batch 3 is made and waits to be handed: no fourth.
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (made.get() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(200);
        assertThat(made).hasValue(3);

        ahead.close();
        Thread.sleep(200);
        assertThat(made).describedAs("batches made, none after the close").hasValue(3);
    }
}
