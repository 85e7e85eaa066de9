package org.saleskpi.core.index;

import java.util.Arrays;

/**
 * Issue keys to rows without a boxed entry per issue: open addressing over one long per key
 * (key prefix code in the high half, issue number in the low half) and one int row.
 */
final class KeyRows {
    private static final long FREE = -1L;

    private long[] keys = new long[1024];
    private int[] rows = new int[1024];
    private int size;

    KeyRows() {
        Arrays.fill(keys, FREE);
    }

    static long pack(int prefixCode, int number) {
        return ((long) prefixCode << 32) | (number & 0xFFFFFFFFL);
    }

    /** The row of a packed key, or -1. */
    int row(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return rows[slot];
            }
            if (k == FREE) {
                return -1;
            }
        }
    }

    void put(long key, int row) {
        // Half full at most keeps probe runs short.
        if (2 * (size + 1) > keys.length) {
            rehash(keys.length * 2);
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == FREE) {
            size++;
        }
        keys[slot] = key;
        rows[slot] = row;
    }

    /**
     * Forgets a key. Later keys of its probe run shift back into the freed slot, so every key stays reachable
     * from its home slot without tombstones.
     */
    void remove(long key) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != key) {
            if (keys[slot] == FREE) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        size--;
        int hole = slot;
        for (int next = (hole + 1) & mask; keys[next] != FREE; next = (next + 1) & mask) {
            int home = slot(keys[next], mask);
            // The key at next may fill the hole only if its home is not inside (hole, next], cyclically.
            boolean homeAfterHole = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!homeAfterHole) {
                keys[hole] = keys[next];
                rows[hole] = rows[next];
                hole = next;
            }
        }
        keys[hole] = FREE;
    }

    long bytes() {
        return 12L * keys.length;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[capacity];
        rows = new int[capacity];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldRows[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
