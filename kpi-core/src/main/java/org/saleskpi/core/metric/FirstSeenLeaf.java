package org.saleskpi.core.metric;

import java.util.Arrays;

/** Counts key values by the bin of their earliest matching row ({@link Metric.FirstSeen}). */
final class FirstSeenLeaf extends Leaf {
    private final int[] days;
    private final int[] keys;
    private final int keyCount;
    private final boolean throughEnd;
    private final TimeBins timeBins;
    private final int[] firstDay;
    private long[] perBin;

    FirstSeenLeaf(Metric.FirstSeen firstSeen, SharedSelection selection, int[] groups, int groupCount,
            TimeBins timeBins, int[] days, int[] keys, int keyCount) {
        super(selection, groups, groupCount, timeBins.binCount());
        this.days = days;
        this.keys = keys;
        this.keyCount = keyCount;
        this.throughEnd = firstSeen.throughEnd();
        this.timeBins = timeBins;
        this.firstDay = new int[groupCount * keyCount];
        Arrays.fill(firstDay, Integer.MAX_VALUE);
    }

    @Override
    void accumulate(int[] rows, int n) {
        for (int i = 0; i < n; i++) {
            int row = rows[i];
            int key = keys[row];
            int day = days[row];
            if (key == 0 || Batch.isNone(day)) {
                continue;
            }
            int cell = group(row) * keyCount + key;
            if (day < firstDay[cell]) {
                firstDay[cell] = day;
            }
        }
    }

    @Override
    void finish() {
        perBin = new long[groupCount * bins];
        for (int g = 0; g < groupCount; g++) {
            for (int k = 1; k < keyCount; k++) {
                int day = firstDay[g * keyCount + k];
                if (day != Integer.MAX_VALUE) {
                    int bin = timeBins.bin(day);
                    if (bin >= 0) {
                        perBin[g * bins + bin]++;
                    }
                }
            }
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
