package org.saleskpi.core.issue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Issues in columnar form: one primitive array per column, strings dictionary-encoded, dates as
 * epoch days of the table's time zone, numbers exact as scaled longs. Holds only the columns a
 * computation asked for. Immutable once built.
 */
public final class IssueTable {
    /** Numbers are kept to at most this many decimal places (Jira Number fields hold doubles). */
    public static final int MAX_SCALE = 9;

    /** Results kept per table: a dashboard's worth of distinct requests. */
    private static final int REMEMBERED = 64;

    private final ZoneId zone;
    private final int size;
    private final Set<Column> columns;
    private final KeyColumn keys;
    private final Map<Column, CodeColumn> codeColumns;
    private final Map<Column, DateColumn> dateColumns;
    private final Map<Column, NumberColumn> numberColumns;
    private final ChangeTable history;
    /** What was computed from this table alone and a request's values ({@link #remembered}). */
    private final Memo memo;

    private IssueTable(ZoneId zone, int size, Set<Column> columns, KeyColumn keys,
            Map<Column, CodeColumn> codeColumns, Map<Column, DateColumn> dateColumns,
            Map<Column, NumberColumn> numberColumns) {
        this(zone, size, columns, keys, codeColumns, dateColumns, numberColumns, null);
    }

    private IssueTable(ZoneId zone, int size, Set<Column> columns, KeyColumn keys,
            Map<Column, CodeColumn> codeColumns, Map<Column, DateColumn> dateColumns,
            Map<Column, NumberColumn> numberColumns, ChangeTable history) {
        this(zone, size, columns, keys, codeColumns, dateColumns, numberColumns, history, new OwnMemo());
    }

    private IssueTable(ZoneId zone, int size, Set<Column> columns, KeyColumn keys,
            Map<Column, CodeColumn> codeColumns, Map<Column, DateColumn> dateColumns,
            Map<Column, NumberColumn> numberColumns, ChangeTable history, Memo memo) {
        this.memo = memo;
        this.history = history;
        this.zone = zone;
        this.size = size;
        this.columns = Set.copyOf(columns);
        this.keys = keys;
        this.codeColumns = Map.copyOf(codeColumns);
        this.dateColumns = Map.copyOf(dateColumns);
        this.numberColumns = Map.copyOf(numberColumns);
    }

    public static Builder builder(ZoneId zone, Collection<? extends Column> columns) {
        return new Builder(zone, columns);
    }

    public static IssueTable of(ZoneId zone, Collection<? extends Column> columns, Iterable<IssueRecord> issues) {
        Builder builder = builder(zone, columns);
        issues.forEach(builder::add);
        return builder.build();
    }

    /**
     * Starts a table of {@code size} rows built column by column from arrays a host already holds,
     * for hosts that keep issues in columns themselves. The table equals the one {@link #builder}
     * would make from the same issues as records, cell by cell.
     */
    public static ColumnBuilder fromColumns(ZoneId zone, int size) {
        return new ColumnBuilder(zone, size);
    }

    /** The zone in which created, updated and resolved instants were turned into local dates. */
    /**
     * A result computed from this table and the values of {@code key} alone, if one was {@link #remember}ed: a host
     * that shares one table between requests, or loads the same issues as the same viewer sees them again
     * ({@link #rememberingIn}), then computes each distinct request on them once. Only pure functions of the table
     * and the key may be kept.
     */
    public Optional<Object> remembered(Object key) {
        return memo.get(key);
    }

    /** Keeps {@code result} for {@link #remembered}. */
    public void remember(Object key, Object result) {
        memo.put(key, result);
    }

    /**
     * The result of {@code key}: the one remembered, else {@code compute}'s, which is kept when it is pure. A host
     * that shares tables between requests runs identical computations once, and may answer from the same issues'
     * state before the last write while the current one is computed (ADR 0050).
     */
    public Object remembered(Object key, Supplier<Outcome> compute) {
        return memo.compute(key, compute);
    }

    /**
     * What a computation on a table gave: its value, and whether it is a pure function of the table and the key
     * alone (one that asked anything else, such as the reps' quotas, is neither kept nor shared).
     */
    public record Outcome(Object value, boolean pure) {
        public Outcome {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * This table keeping what is computed from it in {@code memo}, which a host gives every table it loads of the same
     * issues in the same state as the same viewer sees them (the index: per version, visibility and query), so that
     * the results outlive one table object.
     */
    public IssueTable rememberingIn(Memo memo) {
        return new IssueTable(zone, size, columns, keys, codeColumns, dateColumns, numberColumns, history, memo);
    }

    /** Where a table keeps results computed from it; safe for concurrent use. */
    public interface Memo {
        /** Keeps nothing: every computation on the table runs (what a benchmark of the engine times). */
        Memo NONE = new Memo() {
            @Override
            public Optional<Object> get(Object key) {
                return Optional.empty();
            }

            @Override
            public void put(Object key, Object result) {
            }
        };

        Optional<Object> get(Object key);

        void put(Object key, Object result);

        /** The result of {@code key}, computed when none is kept and kept when pure. */
        default Object compute(Object key, Supplier<Outcome> compute) {
            Optional<Object> known = get(key);
            if (known.isPresent()) {
                return known.get();
            }
            Outcome outcome = compute.get();
            if (outcome.pure()) {
                put(key, outcome.value());
            }
            return outcome.value();
        }
    }

    /** A table's own results: a dashboard's worth of distinct requests, the least recently used out first. */
    private static final class OwnMemo implements Memo {
        private final Map<Object, Object> results = new LinkedHashMap<>(16, 0.75f, true);

        @Override
        public synchronized Optional<Object> get(Object key) {
            return Optional.ofNullable(results.get(key));
        }

        @Override
        public synchronized void put(Object key, Object result) {
            results.put(key, result);
            if (results.size() > REMEMBERED) {
                results.remove(results.keySet().iterator().next());
            }
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public int size() {
        return size;
    }

    /** The same columns (shared, not copied) with the changes of its rows attached. */
    public IssueTable withHistory(ChangeTable history) {
        if (history.size() != size) {
            throw new IllegalArgumentException(
                    "history of " + history.size() + " rows attached to a table of " + size);
        }
        return new IssueTable(zone, size, columns, keys, codeColumns, dateColumns, numberColumns, history);
    }

    /** The changes of the rows, when the host loaded them (KPI-DEFINITIONS.md, "Issue history"). */
    public Optional<ChangeTable> history() {
        return Optional.ofNullable(history);
    }

    /**
     * This table with some columns replaced (the as-of table): every other column is shared, and
     * {@code history} (the changes up to the as-of instant) attached.
     */
    IssueTable replacing(Map<Column, CodeColumn> codes, Map<Column, DateColumn> dates,
            Map<Column, NumberColumn> numbers, ChangeTable history) {
        Map<Column, CodeColumn> c = new HashMap<>(codeColumns);
        c.putAll(codes);
        Map<Column, DateColumn> d = new HashMap<>(dateColumns);
        d.putAll(dates);
        Map<Column, NumberColumn> n = new HashMap<>(numberColumns);
        n.putAll(numbers);
        return new IssueTable(zone, size, columns, keys, c, d, n, history);
    }

    public Set<Column> columns() {
        return columns;
    }

    /** This table with only {@code wanted} of its columns (shared, not copied) and a memo of its own. */
    public IssueTable only(Set<Column> wanted) {
        if (!columns.containsAll(wanted)) {
            throw new IllegalArgumentException("columns not loaded in this table: " + wanted);
        }
        Map<Column, CodeColumn> c = new HashMap<>(codeColumns);
        c.keySet().retainAll(wanted);
        Map<Column, DateColumn> d = new HashMap<>(dateColumns);
        d.keySet().retainAll(wanted);
        Map<Column, NumberColumn> n = new HashMap<>(numberColumns);
        n.keySet().retainAll(wanted);
        return new IssueTable(zone, size, wanted, wanted.contains(Column.KEY) ? keys : null, c, d, n, history);
    }

    /**
     * This table with the columns of {@code other}, a table of the same rows in the same order that this one lacks
     * (shared, not copied).
     */
    public IssueTable joined(IssueTable other) {
        if (other.size != size || !other.zone.equals(zone)) {
            throw new IllegalArgumentException("not the same rows: " + other.size + " rows in " + other.zone
                    + " joined to " + size + " in " + zone);
        }
        Set<Column> both = new LinkedHashSet<>(columns);
        for (Column column : other.columns) {
            if (!both.add(column)) {
                throw new IllegalArgumentException("column in both tables: " + column.id());
            }
        }
        Map<Column, CodeColumn> c = new HashMap<>(codeColumns);
        c.putAll(other.codeColumns);
        Map<Column, DateColumn> d = new HashMap<>(dateColumns);
        d.putAll(other.dateColumns);
        Map<Column, NumberColumn> n = new HashMap<>(numberColumns);
        n.putAll(other.numberColumns);
        return new IssueTable(zone, size, both, keys != null ? keys : other.keys, c, d, n, history);
    }

    public boolean has(Column column) {
        return columns.contains(column);
    }

    public KeyColumn keys() {
        return require(keys, Column.KEY);
    }

    public CodeColumn codes(Column column) {
        return require(codeColumns.get(column), column);
    }

    public DateColumn dates(Column column) {
        return require(dateColumns.get(column), column);
    }

    public NumberColumn numbers(Column column) {
        return require(numberColumns.get(column), column);
    }

    /**
     * One cell as a plain value, for comparing tables cell by cell: the key, the date column's day,
     * the exact number (empty when the cell is), or the coded text.
     */
    public Object cell(Column column, int row) {
        if (column.equals(Column.KEY)) {
            return keys().key(row);
        }
        // A switch expression: the compiler checks that every field type is read.
        return switch (column.type()) {
            case DATE -> dates(column).day(row);
            case NUMBER -> numbers(column).value(row);
            case TEXT, OPTION, USER -> codes(column).value(codes(column).code(row));
        };
    }

    /** Bytes held per row by the column arrays (dictionaries excluded: they do not grow per row). */
    public long rowBytes() {
        long total = keys == null ? 0 : keys.bytes();
        for (CodeColumn c : codeColumns.values()) {
            total += c.codeBytes();
        }
        for (DateColumn c : dateColumns.values()) {
            total += c.bytes();
        }
        for (NumberColumn c : numberColumns.values()) {
            total += c.bytes();
        }
        return total;
    }

    /** Bytes held by the dictionaries of the coded columns. */
    public long dictionaryBytes() {
        long total = keys == null ? 0 : keys.dictionaryBytes();
        for (CodeColumn c : codeColumns.values()) {
            total += c.dictionaryBytes();
        }
        return total;
    }

    private <T> T require(T value, Column column) {
        if (value == null) {
            throw new IllegalArgumentException("column not loaded in this table: " + column.id());
        }
        return value;
    }

    /**
     * Collects rows one at a time or page by page, then builds the table: from issue records, or
     * cell by cell from a host's own issue objects through {@link #add(Consumer)}.
     */
    public static final class Builder {
        private final ZoneId zone;
        private final Set<Column> columns;
        private int size;
        private int capacity = 1024;
        private final DictionaryBuilder keyPrefixes;
        private int[] keyNumbers;
        private final Map<Column, DictionaryBuilder> codeBuilders = new LinkedHashMap<>();
        private final Map<Column, int[]> dateBuilders = new LinkedHashMap<>();
        private final Map<Column, NumberBuilder> numberBuilders = new LinkedHashMap<>();
        private final Row row = new Row();

        private Builder(ZoneId zone, Collection<? extends Column> columns) {
            this.zone = Objects.requireNonNull(zone, "zone");
            this.columns = new LinkedHashSet<>(columns);
            boolean wantsKey = this.columns.contains(Column.KEY);
            this.keyPrefixes = wantsKey ? new DictionaryBuilder(capacity) : null;
            this.keyNumbers = wantsKey ? new int[capacity] : null;
            for (Column column : this.columns) {
                if (column.equals(Column.KEY)) {
                    continue;
                }
                FieldType type = column.type();
                switch (type) {
                    case DATE -> dateBuilders.put(column, new int[capacity]);
                    case NUMBER -> numberBuilders.put(column, new NumberBuilder(capacity));
                    case TEXT, OPTION, USER -> codeBuilders.put(column, new DictionaryBuilder(capacity));
                    default -> throw new IllegalStateException("no builder for field type " + column.type());
                }
            }
        }

        /** Whether the table holds {@code column}: a host reads only those cells. */
        public boolean wants(Column column) {
            return columns.contains(column);
        }

        public Builder addAll(Iterable<IssueRecord> page) {
            page.forEach(this::add);
            return this;
        }

        public Builder add(IssueRecord issue) {
            return add(cells -> cells.record(issue));
        }

        /**
         * Adds one row: every cell starts empty and {@code cells} fills the wanted ones. The key must
         * be given when the table holds keys.
         */
        public Builder add(Consumer<Row> cells) {
            if (size == capacity) {
                grow();
            }
            int at = size;
            codeBuilders.values().forEach(b -> b.set(at, null));
            dateBuilders.values().forEach(days -> days[at] = DateColumn.NONE);
            numberBuilders.values().forEach(b -> b.set(at, null));
            row.start(at);
            cells.accept(row);
            if (keyNumbers != null && !row.keyGiven) {
                throw new IllegalArgumentException("row " + at + " has no issue key");
            }
            size++;
            return this;
        }

        public IssueTable build() {
            KeyColumn keys = keyNumbers == null ? null : new KeyColumn(keyPrefixes.build(size), keyNumbers, size);
            Map<Column, CodeColumn> codes = new HashMap<>();
            codeBuilders.forEach((column, b) -> codes.put(column, b.build(size)));
            Map<Column, DateColumn> dates = new HashMap<>();
            dateBuilders.forEach((column, days) -> dates.put(column, new DateColumn(days, size)));
            Map<Column, NumberColumn> numbers = new HashMap<>();
            numberBuilders.forEach((column, b) -> numbers.put(column, b.build(size)));
            return new IssueTable(zone, size, columns, keys, codes, dates, numbers);
        }

        private void grow() {
            capacity *= 2;
            if (keyNumbers != null) {
                keyNumbers = Arrays.copyOf(keyNumbers, capacity);
                keyPrefixes.grow(capacity);
            }
            codeBuilders.values().forEach(b -> b.grow(capacity));
            dateBuilders.replaceAll((column, days) -> Arrays.copyOf(days, capacity));
            numberBuilders.values().forEach(b -> b.grow(capacity));
        }

        /**
         * The cells of the row being added. Each setter takes one column of the table; null is an
         * empty cell, and a column the table does not hold, or of another type, is an error.
         */
        public final class Row {
            private int at;
            private boolean keyGiven;

            private Row() {
            }

            private void start(int row) {
                at = row;
                keyGiven = false;
            }

            /** The issue key, e.g. {@code SALES-42}. */
            public Row key(String key) {
                if (keyNumbers == null) {
                    throw new IllegalArgumentException("column not in this table: " + Column.KEY.id());
                }
                int dash = KeyColumn.split(key);
                keyPrefixes.set(at, key.substring(0, dash));
                keyNumbers[at] = Integer.parseInt(key.substring(dash + 1));
                keyGiven = true;
                return this;
            }

            /** A text, option or user cell (a name, or a user's key). */
            public Row text(Column column, String value) {
                require(codeBuilders.get(column), column, "coded").set(at, value);
                return this;
            }

            /** The status category cell, as Jira's category key. */
            public Row statusCategory(StatusCategory category) {
                return text(Column.STATUS_CATEGORY, category == null ? null : category.jiraKey());
            }

            /** A date cell from an instant: its date in the table's zone. */
            public Row instant(Column column, Instant instant) {
                return day(column, instant == null ? null : LocalDate.ofInstant(instant, zone));
            }

            /** A date cell from a local date (a due date, a date field). */
            public Row day(Column column, LocalDate day) {
                require(dateBuilders.get(column), column, "date")[at] = day == null ? DateColumn.NONE
                        : (int) day.toEpochDay();
                return this;
            }

            /** A number cell, kept exact to {@link #MAX_SCALE} decimal places. */
            public Row number(Column column, BigDecimal value) {
                require(numberBuilders.get(column), column, "number").set(at, value);
                return this;
            }

            /**
             * A custom field's cell from its value: a coded column takes any value as its text, a date
             * or number column only a date or a number.
             */
            public Row value(Column column, FieldValue value) {
                FieldType type = column.type();
                switch (type) {
                    case TEXT, OPTION, USER -> text(column, value == null ? null : textOf(value));
                    case DATE -> {
                        if (value != null && !(value instanceof FieldValue.DateValue)) {
                            throw new IllegalArgumentException("field " + column.id() + " is not a date: " + value);
                        }
                        day(column, value == null ? null : ((FieldValue.DateValue) value).value());
                    }
                    case NUMBER -> {
                        if (value != null && !(value instanceof FieldValue.NumberValue)) {
                            throw new IllegalArgumentException("field " + column.id() + " is not a number: " + value);
                        }
                        number(column, value == null ? null : ((FieldValue.NumberValue) value).value());
                    }
                    default -> throw new IllegalStateException("unknown field type: " + type);
                }
                return this;
            }

            /** Every wanted cell of the row from an issue record. */
            private void record(IssueRecord issue) {
                for (Column column : columns) {
                    if (column instanceof Column.Standard standard) {
                        standard(standard, issue);
                    } else if (column instanceof Column.Custom) {
                        try {
                            value(column, issue.field(column.id()).orElse(null));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException(issue.key() + ": " + e.getMessage(), e);
                        }
                    } else {
                        throw new IllegalStateException("unknown column: " + column);
                    }
                }
            }

            private void standard(Column.Standard column, IssueRecord issue) {
                switch (column.field()) {
                    case KEY -> key(issue.key());
                    case PROJECT -> text(column, issue.project());
                    case ISSUE_TYPE -> text(column, issue.issueType());
                    case STATUS -> text(column, issue.status());
                    case STATUS_CATEGORY -> statusCategory(issue.statusCategory());
                    case RESOLUTION -> text(column, issue.resolution().orElse(null));
                    case ASSIGNEE -> text(column, issue.assignee().orElse(null));
                    case REPORTER -> text(column, issue.reporter().orElse(null));
                    case CREATED -> instant(column, issue.created());
                    case UPDATED -> instant(column, issue.updated());
                    case RESOLVED -> instant(column, issue.resolved().orElse(null));
                    case DUE -> day(column, issue.due().orElse(null));
                    default -> throw new IllegalStateException("unknown system field: " + column.field());
                }
            }

            private <T> T require(T builder, Column column, String kind) {
                if (builder == null) {
                    throw new IllegalArgumentException(columns.contains(column)
                            ? "not a " + kind + " column: " + column.id()
                            : "column not in this table: " + column.id());
                }
                return builder;
            }
        }
    }

    /**
     * Takes whole columns, each exactly {@code size} cells long, in row order; a long cell equal to
     * {@link #EMPTY} is empty. The table holds the columns given, each at most once.
     */
    public static final class ColumnBuilder {
        /** The value of an empty cell in the long arrays this builder takes. */
        public static final long EMPTY = NumberColumn.NONE;

        private final ZoneId zone;
        private final int size;
        private final Set<Column> columns = new LinkedHashSet<>();
        private KeyColumn keys;
        private final Map<Column, CodeColumn> codeColumns = new HashMap<>();
        private final Map<Column, DateColumn> dateColumns = new HashMap<>();
        private final Map<Column, NumberColumn> numberColumns = new HashMap<>();

        private ColumnBuilder(ZoneId zone, int size) {
            this.zone = Objects.requireNonNull(zone, "zone");
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative: " + size);
            }
            this.size = size;
        }

        /**
         * Issue keys as a prefix ({@code SALES} of {@code SALES-42}) coded into {@code prefixes}
         * plus the issue number.
         */
        public ColumnBuilder keys(String[] prefixes, int[] prefixCodes, int[] numbers) {
            add(Column.KEY);
            requireSize(prefixCodes.length, Column.KEY);
            requireSize(numbers.length, Column.KEY);
            for (int row = 0; row < size; row++) {
                if (numbers[row] < 0) {
                    throw new IllegalArgumentException("issue number must not be negative: " + numbers[row]);
                }
            }
            DictionaryBuilder dictionary = new DictionaryBuilder(0);
            int[] codes = recode(prefixes, prefixCodes, dictionary, true);
            keys = new KeyColumn(dictionary.build(codes, size), numbers, size);
            return this;
        }

        /**
         * A text, option or user column: row {@code r} holds {@code dictionary[codes[r]]}, where
         * null and "" are empty. The dictionary may hold values no row uses, and a value twice.
         */
        public ColumnBuilder codes(Column column, String[] dictionary, int[] codes) {
            if (column.equals(Column.KEY) || !column.type().isCoded()) {
                throw new IllegalArgumentException("not a coded column: " + column.id());
            }
            add(column);
            requireSize(codes.length, column);
            DictionaryBuilder table = new DictionaryBuilder(0);
            codeColumns.put(column, table.build(recode(dictionary, codes, table, false), size));
            return this;
        }

        /**
         * A text, option or user column whose codes are kept as the host gives them, unused values and all: the
         * codes of a host's {@link ChangeLog}, whose changes the table's history reads in the same dictionary.
         * The dictionary must not hold a value twice; an empty value is read as the empty cell.
         */
        public ColumnBuilder hostCodes(Column column, String[] dictionary, int[] codes) {
            if (column.equals(Column.KEY) || !column.type().isCoded()) {
                throw new IllegalArgumentException("not a coded column: " + column.id());
            }
            add(column);
            requireSize(codes.length, column);
            String[] values = dictionary.length == 0 ? new String[] {""} : dictionary.clone();
            values[0] = "";
            boolean[] empty = new boolean[values.length];
            boolean anyEmpty = false;
            for (int code = 1; code < values.length; code++) {
                if (values[code] == null || values[code].isEmpty()) {
                    values[code] = "";
                    empty[code] = true;
                    anyEmpty = true;
                }
            }
            int[] kept = codes;
            if (anyEmpty) {
                kept = codes.clone();
                for (int row = 0; row < kept.length; row++) {
                    if (empty[kept[row]]) {
                        kept[row] = CodeColumn.EMPTY;
                    }
                }
            }
            codeColumns.put(column, new CodeColumn(values, kept, size));
            return this;
        }

        /** A date column from local dates as epoch days (a due date, a date custom field). */
        public ColumnBuilder epochDays(Column column, long[] days) {
            requireDate(column, days);
            int[] local = new int[size];
            for (int row = 0; row < size; row++) {
                long day = days[row];
                // The same narrowing as the row builder's (int) LocalDate.toEpochDay().
                local[row] = day == EMPTY ? DateColumn.NONE : (int) day;
            }
            dateColumns.put(column, new DateColumn(local, size));
            return this;
        }

        /** A date column from instants as epoch milliseconds, each turned into its date in the table's zone. */
        public ColumnBuilder epochMillis(Column column, long[] millis) {
            requireDate(column, millis);
            dateColumns.put(column, new DateColumn(LocalDays.of(millis, 1_000, zone), size));
            return this;
        }

        /** A date column from instants as epoch seconds, each turned into its date in the table's zone. */
        public ColumnBuilder epochSeconds(Column column, long[] seconds) {
            requireDate(column, seconds);
            dateColumns.put(column, new DateColumn(LocalDays.of(seconds, 1, zone), size));
            return this;
        }

        /** A number column: row {@code r} holds {@code unscaled[r] * 10^-scale}. */
        public ColumnBuilder numbers(Column column, long[] unscaled, int scale) {
            if (column.type() != FieldType.NUMBER) {
                throw new IllegalArgumentException("not a number column: " + column.id());
            }
            add(column);
            requireSize(unscaled.length, column);
            numberColumns.put(column, scaled(unscaled, scale));
            return this;
        }

        public IssueTable build() {
            return new IssueTable(zone, size, columns, keys, codeColumns, dateColumns, numberColumns);
        }

        /** The keys as a column made already (of this builder's size). */
        ColumnBuilder keys(KeyColumn column) {
            add(Column.KEY);
            requireSize(column.size(), Column.KEY);
            keys = column;
            return this;
        }

        /** A coded column made already, its dictionary in the order it holds. */
        ColumnBuilder codes(Column column, CodeColumn made) {
            add(column);
            requireSize(made.size(), column);
            codeColumns.put(column, made);
            return this;
        }

        ColumnBuilder dates(Column column, DateColumn made) {
            add(column);
            requireSize(made.size(), column);
            dateColumns.put(column, made);
            return this;
        }

        ColumnBuilder numbers(Column column, NumberColumn made) {
            add(column);
            requireSize(made.size(), column);
            numberColumns.put(column, made);
            return this;
        }

        private void add(Column column) {
            if (!columns.add(column)) {
                throw new IllegalArgumentException("column given twice: " + column.id());
            }
        }

        private void requireSize(int length, Column column) {
            if (length != size) {
                throw new IllegalArgumentException(
                        "column " + column.id() + " has " + length + " cells, the table " + size + " rows");
            }
        }

        private void requireDate(Column column, long[] values) {
            if (column.type() != FieldType.DATE) {
                throw new IllegalArgumentException("not a date column: " + column.id());
            }
            add(column);
            requireSize(values.length, column);
        }

        /**
         * The host's codes as the table's: each host code is looked up once, on the first row that
         * holds it, so the table's dictionary has the row builder's first-seen order.
         */
        private int[] recode(String[] hostValues, int[] hostCodes, DictionaryBuilder table, boolean required) {
            int[] tableCodes = new int[hostValues.length];
            Arrays.fill(tableCodes, -1);
            int[] out = new int[size];
            for (int row = 0; row < size; row++) {
                int hostCode = hostCodes[row];
                int code = tableCodes[hostCode];
                if (code < 0) {
                    String value = hostValues[hostCode];
                    if (value == null || value.isEmpty()) {
                        if (required) {
                            throw new IllegalArgumentException("issue key has an empty project prefix");
                        }
                        code = CodeColumn.EMPTY;
                    } else {
                        code = table.intern(value);
                    }
                    tableCodes[hostCode] = code;
                }
                out[row] = code;
            }
            return out;
        }

        /** The row builder's numbers: trailing zeros dropped, the widest scale left kept for the column. */
        private NumberColumn scaled(long[] unscaled, int scale) {
            if (scale < 0 || scale > MAX_SCALE) {
                // Rounding or negative scales: rare enough to go through the row builder's own path.
                NumberBuilder numbers = new NumberBuilder(size);
                for (int row = 0; row < size; row++) {
                    long v = unscaled[row];
                    numbers.set(row, v == EMPTY ? null : BigDecimal.valueOf(v, scale));
                }
                return numbers.build(size);
            }
            int kept = 0;
            for (int row = 0; row < size && kept < scale; row++) {
                long v = unscaled[row];
                if (v != EMPTY && v % POWERS_OF_TEN[scale - kept] != 0) {
                    kept = scale - trailingZeros(v);
                }
            }
            if (kept == scale) {
                return new NumberColumn(unscaled, size, scale);
            }
            long divisor = POWERS_OF_TEN[scale - kept];
            long[] column = new long[size];
            for (int row = 0; row < size; row++) {
                long v = unscaled[row];
                // Exact: every value has at least scale - kept trailing zeros.
                column[row] = v == EMPTY ? NumberColumn.NONE : v / divisor;
            }
            return new NumberColumn(column, size, kept);
        }

        private static int trailingZeros(long v) {
            int zeros = 0;
            while (v != 0 && v % 10 == 0) {
                v /= 10;
                zeros++;
            }
            return zeros;
        }
    }

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
        10_000_000L, 100_000_000L, 1_000_000_000L};

    private static String textOf(FieldValue value) {
        if (value instanceof FieldValue.TextValue text) {
            return text.value();
        }
        if (value instanceof FieldValue.OptionValue option) {
            return option.value();
        }
        if (value instanceof FieldValue.UserValue user) {
            return user.userKey();
        }
        if (value instanceof FieldValue.NumberValue number) {
            return number.value().stripTrailingZeros().toPlainString();
        }
        if (value instanceof FieldValue.DateValue date) {
            return date.value().toString();
        }
        throw new IllegalStateException("no text for field value " + value.getClass().getName());
    }

    /** Growable codes plus the dictionary being built; empty and null map to code 0. */
    private static final class DictionaryBuilder {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> values = new ArrayList<>(List.of(""));
        private int[] codes;

        DictionaryBuilder(int capacity) {
            codes = new int[capacity];
        }

        void grow(int capacity) {
            codes = Arrays.copyOf(codes, capacity);
        }

        void set(int row, String value) {
            if (value == null || value.isEmpty()) {
                codes[row] = CodeColumn.EMPTY;
                return;
            }
            codes[row] = intern(value);
        }

        /** The code of a non-empty value, adding it to the dictionary when it is new. */
        int intern(String value) {
            Integer code = index.get(value);
            if (code == null) {
                code = values.size();
                values.add(value);
                index.put(value, code);
            }
            return code;
        }

        CodeColumn build(int size) {
            return build(codes, size);
        }

        /** The column of {@code rowCodes}, codes this dictionary gave out. */
        CodeColumn build(int[] rowCodes, int size) {
            return new CodeColumn(values.toArray(String[]::new), rowCodes, size);
        }
    }

    /** Growable unscaled longs that widen the shared scale when a value needs more digits. */
    private static final class NumberBuilder {
        private long[] unscaled;
        private int scale;

        NumberBuilder(int capacity) {
            unscaled = new long[capacity];
        }

        void grow(int capacity) {
            unscaled = Arrays.copyOf(unscaled, capacity);
        }

        void set(int row, BigDecimal value) {
            if (value == null) {
                unscaled[row] = NumberColumn.NONE;
                return;
            }
            BigDecimal v = value.stripTrailingZeros();
            if (v.scale() > MAX_SCALE) {
                v = v.setScale(MAX_SCALE, RoundingMode.HALF_EVEN);
            }
            if (v.scale() > scale) {
                rescaleTo(v.scale(), row);
            }
            try {
                long raw = v.setScale(scale).unscaledValue().longValueExact();
                if (raw == NumberColumn.NONE) {
                    throw new ArithmeticException("out of range");
                }
                unscaled[row] = raw;
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("number out of range for an exact column: " + value, e);
            }
        }

        private void rescaleTo(int newScale, int rows) {
            long factor = BigDecimal.ONE.movePointRight(newScale - scale).longValueExact();
            for (int i = 0; i < rows; i++) {
                if (unscaled[i] != NumberColumn.NONE) {
                    unscaled[i] = Math.multiplyExact(unscaled[i], factor);
                }
            }
            scale = newScale;
        }

        NumberColumn build(int size) {
            return new NumberColumn(unscaled, size, scale);
        }
    }
}
