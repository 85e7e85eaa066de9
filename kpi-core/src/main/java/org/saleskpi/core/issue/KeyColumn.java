package org.saleskpi.core.issue;

import java.util.Arrays;

/** Issue keys stored as a dictionary-encoded project prefix plus the issue number. */
public final class KeyColumn {
    private final CodeColumn prefixes;
    private final int[] numbers;

    KeyColumn(CodeColumn prefixes, int[] numbers, int size) {
        this.prefixes = prefixes;
        this.numbers = Arrays.copyOf(numbers, size);
    }

    public int size() {
        return numbers.length;
    }

    public String key(int row) {
        return prefixes.value(prefixes.code(row)) + '-' + numbers[row];
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
