package org.saleskpi.core.metric;

import java.util.Arrays;
import org.saleskpi.core.issue.DateColumn;

/** Counts key values by the bin of their earliest matching row ({@link Metric.FirstSeen}). */
final class FirstSeenLeaf extends Leaf {
    private final int[] days;
    private final int[] keys;
    private final boolean throughEnd;
    private final TimeBins timeBins;
    private final PairSlots slots;
    private int[] firstDay;
    private long[] perBin;

    FirstSeenLeaf(Metric.FirstSeen firstSeen, SharedSelection selection, int[] groups, int groupCount,
            TimeBins timeBins, int[] days, int[] keys, int keyCount) {
        super(selection, groups, groupCount, timeBins.binCount());
        this.days = days;
        this.keys = keys;
        this.throughEnd = firstSeen.throughEnd();
        this.timeBins = timeBins;
        this.slots = new PairSlots(groupCount, keyCount);
        this.firstDay = new int[Math.max(16, slots.size())];
        Arrays.fill(firstDay, Integer.MAX_VALUE);
    }

    @Override
    void accumulate(int[] rows, int n) {
        for (int i = 0; i < n; i++) {
            int row = rows[i];
            int key = keys[row];
            int day = days[row];
            if (key == 0 || day == DateColumn.NONE) {
                continue;
            }
            int slot = slots.slot(group(row), key);
            if (slot >= firstDay.length) {
                int old = firstDay.length;
                firstDay = Arrays.copyOf(firstDay, Math.max(slot + 1, old * 2));
                Arrays.fill(firstDay, old, firstDay.length, Integer.MAX_VALUE);
            }
            if (day < firstDay[slot]) {
                firstDay[slot] = day;
            }
        }
    }

    @Override
    void finish() {
        perBin = new long[groupCount * bins];
        for (int slot = 0; slot < slots.size(); slot++) {
            int day = firstDay[slot];
            if (day != Integer.MAX_VALUE) {
                int bin = timeBins.bin(day);
                if (bin >= 0) {
                    perBin[slots.groupOf(slot) * bins + bin]++;
                }
            }
        }
        for (int g = 0; g < groupCount; g++) {
            if (throughEnd) {
                for (int b = 1; b < bins; b++) {
                    perBin[g * bins + b] += perBin[g * bins + b - 1];
                }
            }
        }
    }

    @Override
    Value value(int group, int slot) {
        return Value.of(perBin[group * bins + slot + 1], Unit.COUNT);
    }
}
