package org.saleskpi.core.index;

/**
 * Issue keys to rows without a boxed entry per issue, and without the keys twice: open addressing over one int per
 * slot (the row plus one; 0 is free) that compares a key with the key its row holds in the index's key columns. Half
 * full at most, so 8 bytes per issue at worst.
 */
final class KeyRows {
    /** The packed key ({@link #pack}) a row holds now. */
    interface Keys {
        long of(int row);
    }

    private final Keys keys;
    private int[] slots = new int[1024];
    private int size;

    KeyRows(Keys keys) {
        this.keys = keys;
    }

    static long pack(int prefixCode, int number) {
        return ((long) prefixCode << 32) | (number & 0xFFFFFFFFL);
    }

    /** The row of a packed key, or -1. */
    int row(long key) {
        int mask = slots.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            int held = slots[slot];
            if (held == 0) {
                return -1;
            }
            if (keys.of(held - 1) == key) {
                return held - 1;
            }
        }
    }

    /** Maps {@code key} to {@code row}; the row's key columns must already hold it, or hold it before the next read. */
    void put(long key, int row) {
        if (2 * (size + 1) > slots.length) {
            rehash(slots.length * 2);
        }
        int mask = slots.length - 1;
        int slot = slot(key, mask);
        while (slots[slot] != 0 && keys.of(slots[slot] - 1) != key) {
            slot = (slot + 1) & mask;
        }
        if (slots[slot] == 0) {
            size++;
        }
        slots[slot] = row + 1;
    }

    /**
     * Forgets a key, read while its row still holds it. Later keys of its probe run shift back into the freed slot,
     * so every key stays reachable from its home slot without tombstones.
     */
    void remove(long key) {
        int mask = slots.length - 1;
        int slot = slot(key, mask);
        while (slots[slot] == 0 || keys.of(slots[slot] - 1) != key) {
            if (slots[slot] == 0) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        size--;
        int hole = slot;
        for (int next = (hole + 1) & mask; slots[next] != 0; next = (next + 1) & mask) {
            int home = slot(keys.of(slots[next] - 1), mask);
            // The key at next may fill the hole only if its home is not inside (hole, next], cyclically.
            boolean homeAfterHole = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!homeAfterHole) {
                slots[hole] = slots[next];
                hole = next;
            }
        }
        slots[hole] = 0;
    }

    long bytes() {
        return 4L * slots.length;
    }

    private void rehash(int capacity) {
        int[] old = slots;
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int held : old) {
            if (held != 0) {
                int slot = slot(keys.of(held - 1), mask);
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = held;
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
