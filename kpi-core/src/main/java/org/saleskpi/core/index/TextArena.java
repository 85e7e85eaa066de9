package org.saleskpi.core.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Texts as bytes in chunks of at most 256 KiB (under half a G1 region, so a chunk never takes a region of its own),
 * each text named by an int: its chunk in the high bits, its offset in the low 18. A text is a varint header (its length in chars, whether it is UTF-16, whether it can be
 * {@link FoldedText folded}) and its chars, one byte each when all are Latin-1, else two (big-endian, lone
 * surrogates kept as they are). Texts replaced or removed leave their bytes until the waste outgrows the texts in
 * use; then the live texts are copied into new chunks. Growing never copies more than one chunk. Not thread-safe:
 * written under the index's write lock.
 */
final class TextArena {
    private static final int CHUNK_BITS = 18;
    private static final int CHUNK = 1 << CHUNK_BITS;
    /** Chunk numbers fit the int's high 11 bits, so a start is never negative. */
    private static final int MAX_CHUNKS = 1 << (31 - CHUNK_BITS);
    private static final int FIRST_CHUNK = 1024;
    private static final char[] LATIN1_FOLDS = new char[256];

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1_FOLDS[c] = FoldedText.fold(c);
        }
    }

    private byte[][] chunks = new byte[4][];
    private int count;
    /** Bytes used in the last chunk. */
    private int fill;
    private long live;
    private long waste;

    /** Adds a non-empty text and gives where it starts. */
    int add(String text) {
        int length = text.length();
        boolean wide = false;
        boolean foldable = true;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            wide |= c > 0xFF;
            foldable &= FoldedText.fold(c) != FoldedText.UNFOLDABLE;
        }
        long header = (long) length << 2 | (wide ? 1 : 0) | (foldable ? 0 : 2);
        long size = varintSize(header) + (wide ? 2L : 1L) * length;
        int start = reserve(size);
        byte[] chunk = chunks[start >>> CHUNK_BITS];
        int at = writeVarint(chunk, start & (CHUNK - 1), header);
        if (wide) {
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                chunk[at++] = (byte) (c >>> 8);
                chunk[at++] = (byte) c;
            }
        } else {
            for (int i = 0; i < length; i++) {
                chunk[at++] = (byte) text.charAt(i);
            }
        }
        live += size;
        return start;
    }

    /** The text starting at {@code start}. */
    String text(int start) {
        byte[] chunk = chunks[start >>> CHUNK_BITS];
        int at = start & (CHUNK - 1);
        long header = readVarint(chunk, at);
        at += varintSize(header);
        int length = (int) (header >>> 2);
        if ((header & 1) == 0) {
            return new String(chunk, at, length, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++, at += 2) {
            chars[i] = (char) ((chunk[at] & 0xFF) << 8 | chunk[at + 1] & 0xFF);
        }
        return new String(chars);
    }

    /** Whether every char of the text folds to one char. */
    boolean foldable(int start) {
        byte[] chunk = chunks[start >>> CHUNK_BITS];
        return (chunk[start & (CHUNK - 1)] & 2) == 0;
    }

    /** Whether the folded text contains every one of the folded {@code terms}; for a foldable text only. */
    boolean containsAll(int start, char[][] terms) {
        byte[] chunk = chunks[start >>> CHUNK_BITS];
        int at = start & (CHUNK - 1);
        long header = readVarint(chunk, at);
        at += varintSize(header);
        int length = (int) (header >>> 2);
        boolean wide = (header & 1) != 0;
        for (char[] term : terms) {
            if (!(wide ? wideContains(chunk, at, length, term) : latin1Contains(chunk, at, length, term))) {
                return false;
            }
        }
        return true;
    }

    /** The text at {@code start} is no longer used. */
    void release(int start) {
        byte[] chunk = chunks[start >>> CHUNK_BITS];
        long header = readVarint(chunk, start & (CHUNK - 1));
        long size = varintSize(header) + ((header & 1) != 0 ? 2L : 1L) * (header >>> 2);
        live -= size;
        waste += size;
    }

    /** Whether the released texts take more than the live ones (and more than a chunk). */
    boolean wasteful() {
        return waste > CHUNK && waste > live;
    }

    /**
     * Copies the texts {@code starts} names (others marked {@code empty}) into new chunks, in row order, and gives
     * their new starts.
     */
    int[] compacted(int[] starts, int empty) {
        byte[][] old = chunks;
        chunks = new byte[4][];
        count = 0;
        fill = 0;
        live = 0;
        waste = 0;
        int[] moved = starts.clone();
        for (int row = 0; row < starts.length; row++) {
            if (starts[row] != empty) {
                moved[row] = copy(old, starts[row]);
            }
        }
        return moved;
    }

    /** Bytes of the chunks. */
    long bytes() {
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            bytes += chunks[i].length;
        }
        return bytes;
    }

    private int copy(byte[][] from, int start) {
        byte[] chunk = from[start >>> CHUNK_BITS];
        int at = start & (CHUNK - 1);
        long header = readVarint(chunk, at);
        long size = varintSize(header) + ((header & 1) != 0 ? 2L : 1L) * (header >>> 2);
        int to = reserve(size);
        System.arraycopy(chunk, at, chunks[to >>> CHUNK_BITS], to & (CHUNK - 1), (int) size);
        live += size;
        return to;
    }

    /** Room for {@code size} bytes in one chunk: the last one (grown up to a full chunk), else a new one. */
    private int reserve(long size) {
        if (count > 0 && fill + size <= CHUNK) {
            byte[] last = chunks[count - 1];
            if (fill + size > last.length) {
                chunks[count - 1] = Arrays.copyOf(last, (int) Math.min(CHUNK, Math.max(2L * last.length, fill + size)));
            }
            int start = (count - 1) << CHUNK_BITS | fill;
            fill += (int) size;
            return start;
        }
        if (count == MAX_CHUNKS) {
            throw new IllegalStateException("a text column holds at most 2 GiB of text");
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("text too long: " + size + " bytes");
        }
        if (count == chunks.length) {
            chunks = Arrays.copyOf(chunks, 2 * count);
        }
        // The first chunk starts small for small indexes; a text longer than a chunk gets a chunk of its own, full.
        chunks[count] = new byte[(int) Math.max(size, count == 0 ? FIRST_CHUNK : CHUNK)];
        fill = size > CHUNK ? CHUNK : (int) size;
        return count++ << CHUNK_BITS;
    }

    private static boolean latin1Contains(byte[] chunk, int at, int length, char[] term) {
        int m = term.length;
        if (m == 0) {
            return true;
        }
        char first = term[0];
        for (int i = at, last = at + length - m; i <= last; i++) {
            if (LATIN1_FOLDS[chunk[i] & 0xFF] == first) {
                int j = 1;
                while (j < m && LATIN1_FOLDS[chunk[i + j] & 0xFF] == term[j]) {
                    j++;
                }
                if (j == m) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wideContains(byte[] chunk, int at, int length, char[] term) {
        int m = term.length;
        for (int i = 0; i <= length - m; i++) {
            int j = 0;
            while (j < m && FoldedText.fold(wideChar(chunk, at + 2 * (i + j))) == term[j]) {
                j++;
            }
            if (j == m) {
                return true;
            }
        }
        return false;
    }

    private static char wideChar(byte[] chunk, int at) {
        return (char) ((chunk[at] & 0xFF) << 8 | chunk[at + 1] & 0xFF);
    }

    private static int varintSize(long value) {
        int size = 1;
        while ((value >>>= 7) != 0) {
            size++;
        }
        return size;
    }

    private static int writeVarint(byte[] into, int at, long value) {
        while ((value & ~0x7FL) != 0) {
            into[at++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        into[at++] = (byte) value;
        return at;
    }

    private static long readVarint(byte[] from, int at) {
        long value = 0;
        int shift = 0;
        byte b;
        do {
            b = from[at++];
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return value;
    }
}
