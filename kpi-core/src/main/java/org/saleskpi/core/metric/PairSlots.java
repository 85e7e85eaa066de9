package org.saleskpi.core.metric;

import java.util.Arrays;

/**
 * Numbers the (group, key) pairs a leaf keeps state for: directly while groups x keys is small,
 * else only the pairs actually seen, in an open-addressing table. Grouping customers by customer
 * would otherwise need customers squared cells.
 */
final class PairSlots {
    /** Up to this many cells, state is kept for every pair (16 MB of ints at most). */
    static final long DENSE_LIMIT = 1L << 22;

    private final int keyCount;
    private final boolean dense;
    private long[] pairs;
    private int[] slotOfEntry;
    private long[] pairOfSlot;
    private int size;

    PairSlots(int groupCount, int keyCount) {
        this.keyCount = keyCount;
        long cells = (long) groupCount * keyCount;
        this.dense = cells <= DENSE_LIMIT;
        if (dense) {
            size = (int) cells;
        } else {
            pairs = new long[1024];
            Arrays.fill(pairs, -1);
            slotOfEntry = new int[1024];
            pairOfSlot = new long[256];
        }
    }

    /** How many slots exist: every pair when dense, else the pairs seen so far. */
    int size() {
        return size;
    }

    /** The slot of a pair, made on first sight. */
    int slot(int group, int key) {
        long pair = (long) group * keyCount + key;
        if (dense) {
            return (int) pair;
        }
        int mask = pairs.length - 1;
        int index = (int) (mix(pair) & mask);
        while (pairs[index] != -1) {
            if (pairs[index] == pair) {
                return slotOfEntry[index];
            }
            index = (index + 1) & mask;
        }
        pairs[index] = pair;
        slotOfEntry[index] = size;
        if (size == pairOfSlot.length) {
            pairOfSlot = Arrays.copyOf(pairOfSlot, size * 2);
        }
        pairOfSlot[size] = pair;
        size++;
        if (size * 2 > pairs.length) {
            rehash();
        }
        return size - 1;
    }

    int groupOf(int slot) {
        return (int) (pairOf(slot) / keyCount);
    }

    int keyOf(int slot) {
        return (int) (pairOf(slot) % keyCount);
    }

    private long pairOf(int slot) {
        return dense ? slot : pairOfSlot[slot];
    }

    private void rehash() {
        long[] oldPairs = pairs;
        int[] oldSlots = slotOfEntry;
        pairs = new long[oldPairs.length * 2];
        Arrays.fill(pairs, -1);
        slotOfEntry = new int[pairs.length];
        int mask = pairs.length - 1;
        for (int i = 0; i < oldPairs.length; i++) {
            if (oldPairs[i] != -1) {
                int index = (int) (mix(oldPairs[i]) & mask);
                while (pairs[index] != -1) {
                    index = (index + 1) & mask;
                }
                pairs[index] = oldPairs[i];
                slotOfEntry[index] = oldSlots[i];
            }
        }
    }

    private static long mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
