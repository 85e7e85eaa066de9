package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A column of longs gives back every value exactly however narrow it holds them: random values of every size
 * (empty, negative, the extremes, whole seconds, odd milliseconds), moves and growth, each step compared with a plain
 * array; and it holds what a team writes no wider than needed.
 */
class IndexLongColumnTest {
    @Test
    void everyValueComesBackWhateverWidthHoldsIt() {
        Random random = new Random(16);
        for (int trial = 0; trial < 40; trial++) {
            int capacity = 8;
            IndexLongColumn column = new IndexLongColumn(capacity);
            long[] held = new long[capacity];
            Arrays.fill(held, IndexLongColumn.NONE);
            int kinds = 1 + random.nextInt(6);
            for (int step = 0; step < 600; step++) {
                if (capacity < 256 && random.nextInt(50) == 0) {
                    capacity *= 2;
                    column.grow(capacity);
                    held = Arrays.copyOf(held, capacity);
                    Arrays.fill(held, capacity / 2, capacity, IndexLongColumn.NONE);
                }
                int row = random.nextInt(capacity);
                if (random.nextInt(8) == 0) {
                    int to = random.nextInt(capacity);
                    column.move(row, to);
                    held[to] = held[row];
                    if (row != to) {
                        held[row] = IndexLongColumn.NONE;
                    }
                } else {
                    long value = value(random, kinds);
                    column.set(row, value);
                    held[row] = value;
                }
                long[] now = new long[capacity];
                for (int r = 0; r < capacity; r++) {
                    now[r] = column.value(r);
                }
                assertThat(now).as("trial %d step %d", trial, step).isEqualTo(held);
                long from = value(random, kinds);
                long to = value(random, kinds);
                RowSet found = RowSet.none(capacity);
                column.selectBetween(from, to, capacity, found);
                RowSet expected = RowSet.none(capacity);
                for (int r = 0; r < capacity; r++) {
                    if (held[r] != IndexLongColumn.NONE && held[r] >= from && held[r] < to) {
                        expected.add(r);
                    }
                }
                assertThat(found.toArray()).as("[%d, %d)", from, to).isEqualTo(expected.toArray());
            }
        }
    }

    @Test
    void numbersKeepTheirScaleWhenANewOneNeedsMoreDigits() {
        IndexLongColumn amounts = new IndexLongColumn(4);
        amounts.setDecimal(0, 1, new BigDecimal("1200"));
        amounts.setDecimal(1, 2, new BigDecimal("99.5"));
        amounts.setDecimal(2, 3, new BigDecimal("0.125"));
        amounts.setDecimal(3, 4, null);
        assertThat(amounts.scale()).isEqualTo(3);
        assertThat(amounts.decimal(0)).isEqualByComparingTo("1200");
        assertThat(amounts.decimal(1)).isEqualByComparingTo("99.5");
        assertThat(amounts.decimal(2)).isEqualByComparingTo("0.125");
        assertThat(amounts.decimal(3)).isNull();
    }

    @Test
    void aColumnTakesTheWidthItsValuesNeed() {
        int rows = 10_000;
        IndexLongColumn createdInSeconds = new IndexLongColumn(rows);
        IndexLongColumn counts = new IndexLongColumn(rows);
        IndexLongColumn empty = new IndexLongColumn(rows);
        long start = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
        Random random = new Random(3);
        for (int row = 0; row < rows; row++) {
            // Three years of instants in whole seconds: 9.5e7 seconds fit an int, as milliseconds they would not.
            createdInSeconds.set(row, start + 1000L * random.nextInt(3 * 365 * 86_400));
            counts.set(row, random.nextInt(40));
            empty.set(row, IndexLongColumn.NONE);
        }
        assertThat(createdInSeconds.bytes()).isEqualTo(4L * rows);
        assertThat(counts.bytes()).isEqualTo(rows);
        assertThat(empty.bytes()).isEqualTo(rows);
        // One instant with milliseconds: the column holds them all as they are.
        createdInSeconds.set(0, start + 1);
        assertThat(createdInSeconds.bytes()).isEqualTo(8L * rows);
        assertThat(createdInSeconds.value(0)).isEqualTo(start + 1);
    }

    /** A value of one of a few kinds, so that a column sees several sizes and steps. */
    private static long value(Random random, int kinds) {
        return switch (random.nextInt(kinds)) {
            case 0 -> IndexLongColumn.NONE;
            case 1 -> random.nextInt(200) - 100;
            case 2 -> 1_700_000_000_000L + 1000L * random.nextInt(100_000_000);
            case 3 -> 1_700_000_000_000L + random.nextInt(1_000_000);
            case 4 -> random.nextBoolean() ? Long.MAX_VALUE - random.nextInt(3) : Long.MIN_VALUE + 1 + random.nextInt(3);
            default -> random.nextLong();
        };
    }
}
