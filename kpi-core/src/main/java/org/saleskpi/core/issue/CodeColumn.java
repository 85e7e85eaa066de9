package org.saleskpi.core.issue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private CodeColumn(String[] dictionary, Map<String, Integer> codes, byte[] bytes, short[] shorts, int[] ints,
            int size) {
        this.dictionary = dictionary;
        this.codes = codes;
        this.bytes = bytes;
        this.shorts = shorts;
        this.ints = ints;
        this.size = size;
    }

    /**
     * This column's codes cut or extended to {@code size} rows, row {@code places[i]} holding {@code placeCodes[i]},
     * read through {@code dictionary}, which extends this one's: the cells copied, not coded again. Empty when the
     * dictionary needs wider codes than this column stores (a column built afresh would store them so).
     */
    Optional<CodeColumn> withCodes(String[] dictionary, int size, int[] places, int[] placeCodes) {
        if (width(dictionary.length) != width(this.dictionary.length)) {
            return Optional.empty();
        }
        Map<String, Integer> index = codes;
        if (dictionary.length != this.dictionary.length) {
            index = new HashMap<>(dictionary.length * 2);
            for (int code = 1; code < dictionary.length; code++) {
                index.put(dictionary[code], code);
            }
        }
        byte[] b = bytes == null ? null : Arrays.copyOf(bytes, size);
        short[] s = shorts == null ? null : Arrays.copyOf(shorts, size);
        int[] i = ints == null ? null : Arrays.copyOf(ints, size);
        for (int p = 0; p < places.length; p++) {
            if (b != null) {
                b[places[p]] = (byte) placeCodes[p];
            } else if (s != null) {
                s[places[p]] = (short) placeCodes[p];
            } else {
                i[places[p]] = placeCodes[p];
            }
        }
        return Optional.of(new CodeColumn(dictionary, index, b, s, i, size));
    }

    /** 1, 2 or 4: the bytes a code takes in a column of a dictionary of {@code cardinality} codes. */
    private static int width(int cardinality) {
        return cardinality <= 256 ? 1 : cardinality <= 65_536 ? 2 : 4;
    }

    /**
     * Whether each code of the dictionary is held by some row and first held after every lower one: the order a
     * table's own dictionary has ({@link IssueTable.ColumnBuilder#codes}).
     */
    boolean inFirstSeenOrder() {
        int next = 1;
        for (int row = 0; row < size && next < dictionary.length; row++) {
            int code = code(row);
            if (code >= next) {
                if (code != next) {
                    return false;
                }
                next++;
            }
        }
        return next == dictionary.length;
    }

    /** The dictionary as this column holds it, code 0 first; not to be changed. */
    String[] values() {
        return dictionary;
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
