package org.saleskpi.core.issue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A new table made of some rows of an old table and the rows of a small one, interleaved: how a host brings a
 * cached table to a later state of its issues without gathering every row again. Neither table changes. The
 * cells pass through {@link IssueTable.ColumnBuilder} as a table gathered afresh would, so the result equals that
 * table cell by cell and also in its dictionaries' order and its numbers' scale.
 */
public final class TableMerge {
    private TableMerge() {
    }

    /**
     * The table whose rows are, in order, {@code old}'s rows at {@code kept} (ascending) and {@code added}'s rows,
     * the next of {@code added} where {@code fromAdded} is true and the next kept row of {@code old} where it is
     * false. Both tables hold the same columns in the same zone and neither has history.
     */
    public static IssueTable merge(IssueTable old, int[] kept, IssueTable added, boolean[] fromAdded) {
        if (old.history().isPresent() || added.history().isPresent()) {
            throw new IllegalArgumentException("tables with history are merged with the host's codes");
        }
        return merge(old, kept, added, fromAdded, Set.of());
    }

    /**
     * {@link #merge(IssueTable, int[], IssueTable, boolean[])} for tables of a host that holds their changes: the
     * coded columns in {@code hostCoded} hold the host's codes in both tables
     * ({@link IssueTable.ColumnBuilder#hostCodes}), and the merged table keeps them under {@code added}'s dictionary, the host's later one, which only ever extends
     * {@code old}'s; so the host's changes read in the merged table as in one gathered afresh. The tables' histories
     * are not carried: the caller gets the merged rows' changes from the host ({@link ChangeLog#patched}).
     */
    public static IssueTable merge(IssueTable old, int[] kept, IssueTable added, boolean[] fromAdded,
            Set<Column> hostCoded) {
        if (!old.columns().equals(added.columns()) || !old.zone().equals(added.zone())) {
            throw new IllegalArgumentException("tables of other columns or zones cannot be merged");
        }
        int size = kept.length + added.size();
        if (fromAdded.length != size) {
            throw new IllegalArgumentException(fromAdded.length + " places for " + size + " rows");
        }
        Optional<IssueTable> inPlace = inPlace(old, kept, added, fromAdded, hostCoded);
        if (inPlace.isPresent()) {
            return inPlace.get();
        }
        Rows rows = new Rows(kept, fromAdded);
        IssueTable.ColumnBuilder table = IssueTable.fromColumns(old.zone(), size);
        for (Column column : old.columns()) {
            if (column.equals(Column.KEY)) {
                keys(table, rows, old.keys(), added.keys());
            } else {
                switch (column.type()) {
                    case DATE -> dates(table, column, rows, old.dates(column), added.dates(column));
                    case NUMBER -> numbers(table, column, rows, old.numbers(column), added.numbers(column));
                    case TEXT, OPTION, USER -> {
                        if (hostCoded.contains(column)) {
                            hostCodes(table, column, rows, old.codes(column), added.codes(column));
                        } else {
                            table.codes(column, dictionary(old.codes(column), added.codes(column)),
                                    codes(rows, old.codes(column), added.codes(column)));
                        }
                    }
                    default -> throw new IllegalStateException("unknown field type: " + column.type());
                }
            }
        }
        return table.build();
    }

    /**
     * The merged table when no kept row moves (the added rows take the places of the rows they replace or come after
     * the old ones, and only the last rows left): each column's cells copied whole and the added rows' set, where that
     * gives the column a table built afresh would have (its dictionary in first-seen order, the least scale its
     * numbers need, codes as narrow); empty otherwise, and the rows are merged one by one.
     */
    private static Optional<IssueTable> inPlace(IssueTable old, int[] kept, IssueTable added, boolean[] fromAdded,
            Set<Column> hostCoded) {
        int size = fromAdded.length;
        int[] places = new int[added.size()];
        for (int row = 0, k = 0, a = 0; row < size; row++) {
            if (fromAdded[row]) {
                places[a++] = row;
            } else if (kept[k++] != row) {
                return Optional.empty();
            }
        }
        IssueTable.ColumnBuilder table = IssueTable.fromColumns(old.zone(), size);
        for (Column column : old.columns()) {
            if (column.equals(Column.KEY)) {
                KeyColumn keys = added.keys();
                Optional<CodeColumn> prefixes = firstSeen(old.keys().prefixes(), keys.prefixes(), size, places);
                if (prefixes.isEmpty()) {
                    return Optional.empty();
                }
                int[] numbers = new int[places.length];
                for (int a = 0; a < numbers.length; a++) {
                    numbers[a] = keys.number(a);
                }
                table.keys(old.keys().withKeys(prefixes.get(), places, numbers));
                continue;
            }
            switch (column.type()) {
                case DATE -> {
                    int[] days = new int[places.length];
                    for (int a = 0; a < days.length; a++) {
                        days[a] = added.dates(column).day(a);
                    }
                    table.dates(column, old.dates(column).withDays(size, places, days));
                }
                case NUMBER -> {
                    Optional<NumberColumn> numbers = numbersInPlace(old.numbers(column), added.numbers(column), size,
                            places);
                    if (numbers.isEmpty()) {
                        return Optional.empty();
                    }
                    table.numbers(column, numbers.get());
                }
                case TEXT, OPTION, USER -> {
                    Optional<CodeColumn> codes = hostCoded.contains(column)
                            ? hostCodesInPlace(old.codes(column), added.codes(column), size, places)
                            : firstSeen(old.codes(column), added.codes(column), size, places);
                    if (codes.isEmpty()) {
                        return Optional.empty();
                    }
                    table.codes(column, codes.get());
                }
                default -> throw new IllegalStateException("unknown field type: " + column.type());
            }
        }
        return Optional.of(table.build());
    }

    /** The old codes with the added rows' values coded in the old dictionary (new values after it), if still first-seen. */
    private static Optional<CodeColumn> firstSeen(CodeColumn old, CodeColumn added, int size, int[] places) {
        List<String> values = null;
        Map<String, Integer> newCodes = new HashMap<>();
        int[] codes = new int[places.length];
        for (int a = 0; a < codes.length; a++) {
            String value = added.value(added.code(a));
            int code = value.isEmpty() ? CodeColumn.EMPTY : old.codeOf(value);
            if (code < 0) {
                Integer known = newCodes.get(value);
                if (known == null) {
                    if (values == null) {
                        values = new ArrayList<>(Arrays.asList(old.values()));
                    }
                    known = values.size();
                    values.add(value);
                    newCodes.put(value, known);
                }
                code = known;
            }
            codes[a] = code;
        }
        String[] dictionary = values == null ? old.values() : values.toArray(String[]::new);
        return old.withCodes(dictionary, size, places, codes).filter(CodeColumn::inFirstSeenOrder);
    }

    /** The host's codes copied, under the added rows' dictionary, the host's later one. */
    private static Optional<CodeColumn> hostCodesInPlace(CodeColumn old, CodeColumn added, int size, int[] places) {
        if (old.cardinality() > added.cardinality()) {
            return Optional.empty();
        }
        int[] codes = new int[places.length];
        for (int a = 0; a < codes.length; a++) {
            codes[a] = added.code(a);
        }
        return old.withCodes(added.values(), size, places, codes);
    }

    /** The old numbers with the added rows' at the old scale, when that is the scale a fresh column takes. */
    private static Optional<NumberColumn> numbersInPlace(NumberColumn old, NumberColumn added, int size,
            int[] places) {
        if (added.scale() > old.scale()) {
            return Optional.empty();
        }
        long factor = tenTo(old.scale() - added.scale());
        long[] unscaled = new long[places.length];
        for (int a = 0; a < unscaled.length; a++) {
            long v = added.unscaled(a);
            unscaled[a] = v == NumberColumn.NONE ? NumberColumn.NONE : Math.multiplyExact(v, factor);
        }
        return old.withUnscaled(size, places, unscaled);
    }

    /** Where each merged row comes from: a row of the old table, or (as {@code -1 - i}) row i of the added one. */
    private record Rows(int[] source) {
        Rows(int[] kept, boolean[] fromAdded) {
            this(sources(kept, fromAdded));
        }

        private static int[] sources(int[] kept, boolean[] fromAdded) {
            int[] source = new int[fromAdded.length];
            int nextKept = 0;
            int nextAdded = 0;
            for (int row = 0; row < source.length; row++) {
                source[row] = fromAdded[row] ? -1 - nextAdded++ : kept[nextKept++];
            }
            if (nextKept != kept.length) {
                throw new IllegalArgumentException("kept rows left over: " + (kept.length - nextKept));
            }
            return source;
        }
    }

    /** The old dictionary followed by the added one; the builder codes the values again in first-seen order. */
    private static String[] dictionary(CodeColumn old, CodeColumn added) {
        String[] values = new String[old.cardinality() + added.cardinality()];
        for (int code = 0; code < old.cardinality(); code++) {
            values[code] = old.value(code);
        }
        for (int code = 0; code < added.cardinality(); code++) {
            values[old.cardinality() + code] = added.value(code);
        }
        return values;
    }

    private static int[] codes(Rows rows, CodeColumn old, CodeColumn added) {
        int[] codes = new int[rows.source().length];
        for (int row = 0; row < codes.length; row++) {
            int source = rows.source()[row];
            codes[row] = source >= 0 ? old.code(source) : old.cardinality() + added.code(-1 - source);
        }
        return codes;
    }

    /** Host codes kept as they are, under the later dictionary of the two. */
    private static void hostCodes(IssueTable.ColumnBuilder table, Column column, Rows rows, CodeColumn old,
            CodeColumn added) {
        if (old.cardinality() > added.cardinality()) {
            throw new IllegalArgumentException("the added rows of " + column.id() + " have an older dictionary");
        }
        String[] values = new String[added.cardinality()];
        for (int code = 0; code < values.length; code++) {
            values[code] = added.value(code);
        }
        int[] codes = new int[rows.source().length];
        for (int row = 0; row < codes.length; row++) {
            int source = rows.source()[row];
            codes[row] = source >= 0 ? old.code(source) : added.code(-1 - source);
        }
        table.hostCodes(column, values, codes);
    }

    private static void keys(IssueTable.ColumnBuilder table, Rows rows, KeyColumn old, KeyColumn added) {
        int[] numbers = new int[rows.source().length];
        for (int row = 0; row < numbers.length; row++) {
            int source = rows.source()[row];
            numbers[row] = source >= 0 ? old.number(source) : added.number(-1 - source);
        }
        table.keys(dictionary(old.prefixes(), added.prefixes()), codes(rows, old.prefixes(), added.prefixes()),
                numbers);
    }

    private static void dates(IssueTable.ColumnBuilder table, Column column, Rows rows, DateColumn old,
            DateColumn added) {
        long[] days = new long[rows.source().length];
        for (int row = 0; row < days.length; row++) {
            int source = rows.source()[row];
            int day = source >= 0 ? old.day(source) : added.day(-1 - source);
            days[row] = day == DateColumn.NONE ? IssueTable.ColumnBuilder.EMPTY : day;
        }
        table.epochDays(column, days);
    }

    /** Both at the wider scale; the builder narrows to what the merged values need, as for a fresh table. */
    private static void numbers(IssueTable.ColumnBuilder table, Column column, Rows rows, NumberColumn old,
            NumberColumn added) {
        int scale = Math.max(old.scale(), added.scale());
        long oldFactor = tenTo(scale - old.scale());
        long addedFactor = tenTo(scale - added.scale());
        long[] unscaled = new long[rows.source().length];
        for (int row = 0; row < unscaled.length; row++) {
            int source = rows.source()[row];
            long v = source >= 0 ? old.unscaled(source) : added.unscaled(-1 - source);
            long factor = source >= 0 ? oldFactor : addedFactor;
            unscaled[row] = v == NumberColumn.NONE ? IssueTable.ColumnBuilder.EMPTY : Math.multiplyExact(v, factor);
        }
        table.numbers(column, unscaled, scale);
    }

    private static long tenTo(int power) {
        long result = 1;
        for (int i = 0; i < power; i++) {
            result = Math.multiplyExact(result, 10L);
        }
        return result;
    }
}
