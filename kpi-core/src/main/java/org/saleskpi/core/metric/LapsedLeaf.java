package org.saleskpi.core.metric;

import java.util.Arrays;

/** Counts key values active in the previous slot but not in this one ({@link Metric.Lapsed}). */
final class LapsedLeaf extends Leaf {
    private final int[] binOfRow;
    private final int[] keys;
    private final int slots;
    private final int words;
    private final TimeBins timeBins;
    private final PairSlots pairs;
    /** Per (group, key) pair: a bit per slot in which the key had a matching row. */
    private long[] active;
    private long[] lapsed;

    LapsedLeaf(SharedSelection selection, int[] groups, int groupCount, TimeBins timeBins, int[] binOfRow,
            int[] keys, int keyCount) {
        super(selection, groups, groupCount, timeBins.binCount());
        this.binOfRow = binOfRow;
        this.keys = keys;
        this.slots = timeBins.slotCount();
        this.words = (slots + 63) / 64;
        this.timeBins = timeBins;
        this.pairs = new PairSlots(groupCount, keyCount);
        this.active = new long[Math.max(16, pairs.size()) * words];
    }

    @Override
    void accumulate(int[] rows, int n) {
        for (int i = 0; i < n; i++) {
            int row = rows[i];
            int bin = binOfRow[row];
            int key = keys[row];
            if (bin < 1 || key == 0) {
                continue;
            }
            int slot = bin - 1;
            int base = pairs.slot(group(row), key) * words;
            if (base + words > active.length) {
                active = Arrays.copyOf(active, Math.max(base + words, active.length * 2));
            }
            active[base + (slot >>> 6)] |= 1L << slot;
        }
    }

    @Override
    void finish() {
        lapsed = new long[groupCount * slots];
        for (int pair = 0; pair < pairs.size(); pair++) {
            int base = pair * words;
            int g = pairs.groupOf(pair);
            for (int s = 1; s < slots; s++) {
                int p = timeBins.previousSlot(s);
                boolean before = (active[base + (p >>> 6)] & (1L << p)) != 0;
                boolean now = (active[base + (s >>> 6)] & (1L << s)) != 0;
                if (before && !now) {
                    lapsed[g * slots + s]++;
                }
            }
        }
    }

    @Override
    Value value(int group, int slot) {
        if (slot == 0) {
            return Value.absent(AbsentReason.NO_PREVIOUS_VALUE);
        }
        return Value.of(lapsed[group * slots + slot], Unit.COUNT);
    }
}
