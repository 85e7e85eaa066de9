package org.saleskpi.core.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * Instants turned into epoch days of a zone exactly as {@code LocalDate.ofInstant} does, with the
 * zone's offsets looked up once per transition in the column's range instead of once per value.
 */
final class LocalDays {
    private static final long SECONDS_PER_DAY = 86_400;
    /** Beyond this many transitions in range, asking the zone rules per value is cheaper than listing them. */
    private static final int MAX_TRANSITIONS = 4_096;

    private final long[] starts;
    private final int[] offsets;
    private int last;

    /** {@code offsets[i]} holds from {@code starts[i-1]} (inclusive) to {@code starts[i]} (exclusive). */
    private LocalDays(long[] starts, int[] offsets) {
        this.starts = starts;
        this.offsets = offsets;
    }

    /**
     * The local epoch day of each value, {@code unitsPerSecond} values to a second (1 for epoch
     * seconds, 1000 for milliseconds); {@link IssueTable.ColumnBuilder#EMPTY} gives {@link DateColumn#NONE}.
     */
    static int[] of(long[] values, long unitsPerSecond, ZoneId zone) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long v : values) {
            if (v != IssueTable.ColumnBuilder.EMPTY) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        int[] days = new int[values.length];
        if (min > max) {
            Arrays.fill(days, DateColumn.NONE);
            return days;
        }
        long first = Math.floorDiv(min, unitsPerSecond);
        long end = Math.floorDiv(max, unitsPerSecond);
        // Out of range for a LocalDate: fail as the row builder would.
        LocalDate.ofInstant(Instant.ofEpochSecond(first), zone);
        LocalDate.ofInstant(Instant.ofEpochSecond(end), zone);
        ZoneRules rules = zone.getRules();
        LocalDays local = between(rules, first, end);
        for (int row = 0; row < values.length; row++) {
            long v = values[row];
            if (v == IssueTable.ColumnBuilder.EMPTY) {
                days[row] = DateColumn.NONE;
            } else {
                long second = Math.floorDiv(v, unitsPerSecond);
                int offset = local == null ? rules.getOffset(Instant.ofEpochSecond(second)).getTotalSeconds()
                        : local.offset(second);
                days[row] = (int) Math.floorDiv(second + offset, SECONDS_PER_DAY);
            }
        }
        return days;
    }

    /** The zone's offsets over {@code [first, end]} seconds, or null when there are too many to list. */
    private static LocalDays between(ZoneRules rules, long first, long end) {
        long[] starts = new long[8];
        int[] offsets = new int[9];
        offsets[0] = rules.getOffset(Instant.ofEpochSecond(first)).getTotalSeconds();
        int count = 0;
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(first));
        while (next != null && next.toEpochSecond() <= end) {
            if (count == MAX_TRANSITIONS) {
                return null;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, 2 * count);
                offsets = Arrays.copyOf(offsets, 2 * count + 1);
            }
            starts[count] = next.toEpochSecond();
            offsets[++count] = next.getOffsetAfter().getTotalSeconds();
            next = rules.nextTransition(next.getInstant());
        }
        return new LocalDays(Arrays.copyOf(starts, count), Arrays.copyOf(offsets, count + 1));
    }

    /** The offset at {@code second}: the span of the previous value first, as rows often come in time order. */
    private int offset(long second) {
        int i = last;
        if ((i > 0 && second < starts[i - 1]) || (i < starts.length && second >= starts[i])) {
            // Number of transitions at or before second.
            int found = Arrays.binarySearch(starts, second);
            i = found >= 0 ? found + 1 : -found - 1;
            last = i;
        }
        return offsets[i];
    }
}
