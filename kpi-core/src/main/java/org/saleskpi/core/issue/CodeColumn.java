package org.saleskpi.core.issue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary-encoded string column. Code 0 means empty; codes are stored in the narrowest
 * array (byte, short or int) that holds the dictionary.
 */
public final class CodeColumn {
    /** The code of an empty cell. */
    public static final int EMPTY = 0;

    private final String[] dictionary;
    private final Map<String, Integer> codes;
    private final byte[] bytes;
    private final short[] shorts;
    private final int[] ints;
    private final int size;

    CodeColumn(String[] dictionary, int[] rawCodes, int size) {
        this.dictionary = dictionary;
        this.size = size;
        this.codes = new HashMap<>(dictionary.length * 2);
        for (int code = 1; code < dictionary.length; code++) {
            codes.put(dictionary[code], code);
        }
        if (dictionary.length <= 256) {
            bytes = new byte[size];
            for (int i = 0; i < size; i++) {
                bytes[i] = (byte) rawCodes[i];
            }
            shorts = null;
            ints = null;
        } else if (dictionary.length <= 65_536) {
            shorts = new short[size];
            for (int i = 0; i < size; i++) {
                shorts[i] = (short) rawCodes[i];
            }
            bytes = null;
            ints = null;
        } else {
            ints = Arrays.copyOf(rawCodes, size);
            bytes = null;
            shorts = null;
        }
    }

    public int size() {
        return size;
    }

    /** Number of codes including {@link #EMPTY}; valid codes are {@code 0 .. cardinality()-1}. */
    public int cardinality() {
        return dictionary.length;
    }

    public int code(int row) {
        if (bytes != null) {
            return bytes[row] & 0xFF;
        }
        if (shorts != null) {
            return shorts[row] & 0xFFFF;
        }
        return ints[row];
    }

    /** The string of a code; empty string for {@link #EMPTY}. */
    public String value(int code) {
        return code == EMPTY ? "" : dictionary[code];
    }

    /** The code of a value, or -1 when no row has it. */
    public int codeOf(String value) {
        Integer code = codes.get(value);
        return code == null ? -1 : code;
    }

    /** Values in code order, index 0 being the empty value "". */
    public List<String> dictionary() {
        return Arrays.asList(dictionary.clone());
    }

    /** Copies the codes of rows {@code [from, to)} into {@code out[0 .. to-from)}. */
    public void decode(int from, int to, int[] out) {
        int n = to - from;
        if (bytes != null) {
            for (int i = 0; i < n; i++) {
                out[i] = bytes[from + i] & 0xFF;
            }
        } else if (shorts != null) {
            for (int i = 0; i < n; i++) {
                out[i] = shorts[from + i] & 0xFFFF;
            }
        } else {
            System.arraycopy(ints, from, out, 0, n);
        }
    }

    /** Bytes held by the code array (the dictionary is shared across rows and counted separately). */
    long codeBytes() {
        if (bytes != null) {
            return bytes.length;
        }
        if (shorts != null) {
            return 2L * shorts.length;
        }
        return 4L * ints.length;
    }

    /** Estimated: the strings, the array of them, and the reverse lookup (map node, boxed code, bucket). */
    long dictionaryBytes() {
        long total = 16 + 4L * dictionary.length;
        for (String value : dictionary) {
            total += 40 + value.length() + 56;
        }
        return total;
    }
}
