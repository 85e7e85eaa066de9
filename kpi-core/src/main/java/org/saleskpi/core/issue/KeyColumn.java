package org.saleskpi.core.issue;

import java.util.Arrays;
import java.util.Comparator;

/** Issue keys stored as a dictionary-encoded project prefix plus the issue number. */
public final class KeyColumn {
    private final CodeColumn prefixes;
    private final int[] numbers;

    KeyColumn(CodeColumn prefixes, int[] numbers, int size) {
        this.prefixes = prefixes;
        this.numbers = Arrays.copyOf(numbers, size);
    }

    /** The keys of {@code prefixes} (the rows' prefix codes) and this column's numbers, {@code places} changed. */
    KeyColumn withKeys(CodeColumn prefixes, int[] places, int[] placeNumbers) {
        int[] copy = Arrays.copyOf(numbers, prefixes.size());
        for (int p = 0; p < places.length; p++) {
            copy[places[p]] = placeNumbers[p];
        }
        return new KeyColumn(prefixes, copy);
    }

    private KeyColumn(CodeColumn prefixes, int[] numbers) {
        this.prefixes = prefixes;
        this.numbers = numbers;
    }

    public int size() {
        return numbers.length;
    }

    public String key(int row) {
        return prefixes.value(prefixes.code(row)) + '-' + numbers[row];
    }

    /**
     * A number per row that orders keys by prefix as text ({@link String#compareTo}), then by issue number: SALES-9
     * before SALES-10. The prefixes are compared once here, so a sort of keys compares longs instead of parsing.
     */
    public LongKeyOrder order() {
        int[] rank = new int[prefixes.cardinality()];
        Integer[] codes = new Integer[prefixes.cardinality() - 1];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = i + 1;
        }
        Arrays.sort(codes, Comparator.comparing(prefixes::value));
        for (int i = 0; i < codes.length; i++) {
            rank[codes[i]] = i;
        }
        // The rank in the high half, the (never negative) issue number in the low half.
        return row -> (long) rank[prefixes.code(row)] << 32 | numbers[row] & 0xFFFFFFFFL;
    }

    /** A row's place among the keys, as a number. */
    @FunctionalInterface
    public interface LongKeyOrder {
        long of(int row);
    }

    /** The coded prefixes, row for row. */
    CodeColumn prefixes() {
        return prefixes;
    }

    int number(int row) {
        return numbers[row];
    }

    long bytes() {
        return prefixes.codeBytes() + 4L * numbers.length;
    }

    long dictionaryBytes() {
        return prefixes.dictionaryBytes();
    }

    /** Splits a Jira key such as {@code SALES-42}; rejects anything that is not PREFIX-NUMBER. */
    static int split(String key) {
        int dash = key.lastIndexOf('-');
        if (dash <= 0 || dash == key.length() - 1) {
            throw new IllegalArgumentException("issue key is not PROJECT-NUMBER: " + key);
        }
        for (int i = dash + 1; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                throw new IllegalArgumentException("issue key is not PROJECT-NUMBER: " + key);
            }
        }
        return dash;
    }
}
