package org.saleskpi.core.index;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.ChangeLog;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;

/**
 * The columns of an {@link IssueIndex}, one per field. Readers get them only inside
 * {@link IssueIndex#read}, where no upsert runs; rows are {@code 0 .. rows()-1}.
 */
public final class IndexColumns {
    private int rows;
    /**
     * Room for rows in every per-row array: a power of two less {@value #SLACK}, so that an array with its header
     * stays just under a power of two. G1 gives an array of half a region or more whole regions of its own: a
     * 4 MiB array plus its 16-byte header would take five 1 MiB regions, a quarter more than it holds.
     */
    private static final int SLACK = 64;
    private int capacity = 1024 - SLACK;
    private final KeyRows keyRows = new KeyRows(row -> KeyRows.pack(keyPrefix().code(row), keyNumber(row)));
    private final IndexCodedColumn<String> keyPrefix = new IndexCodedColumn<>(capacity);
    private int[] keyNumber = new int[capacity];
    private final IndexCodedColumn<String> project = new IndexCodedColumn<>(capacity);
    private final IndexCodedColumn<String> issueType = new IndexCodedColumn<>(capacity);
    private final IndexCodedColumn<String> status = new IndexCodedColumn<>(capacity);
    private final IndexCodedColumn<StatusCategory> statusCategory = new IndexCodedColumn<>(capacity);
    private final IndexCodedColumn<String> resolution = new IndexCodedColumn<>(capacity);
    private final IndexCodedColumn<String> assignee = new IndexCodedColumn<>(capacity);
    private final IndexCodedColumn<String> reporter = new IndexCodedColumn<>(capacity);
    private final IndexLongColumn created = new IndexLongColumn(capacity);
    private final IndexLongColumn updated = new IndexLongColumn(capacity);
    private final IndexLongColumn resolved = new IndexLongColumn(capacity);
    private final IndexLongColumn due = new IndexLongColumn(capacity);
    /** Jira's issue security level id; {@link IndexLongColumn#NONE} for an issue without one. */
    private final IndexLongColumn securityLevel = new IndexLongColumn(capacity);
    private final IndexTextColumn summary = new IndexTextColumn(capacity);
    private final IndexTextColumn description = new IndexTextColumn(capacity);
    /** Each distinct set of labels, sorted, is one code: issues share a handful of sets. */
    private final IndexCodedColumn<List<String>> labels = new IndexCodedColumn<>(capacity);
    private final Map<String, CustomField> fields = new LinkedHashMap<>();
    private final Map<String, IndexCodedColumn<String>> codedFields = new LinkedHashMap<>();
    private final Map<String, IndexLongColumn> longFields = new LinkedHashMap<>();
    /** The rows' changes, slot for row, once {@link #trackChanges} is called. */
    private ChangeLog changes;

    IndexColumns() {
    }

    /** The changes held of each row's tracked columns, if the index tracks any. */
    public Optional<ChangeLog> changes() {
        return Optional.ofNullable(changes);
    }

    /**
     * Holds from now on the changes of {@code tracked}, coded in this index's dictionaries (a custom column by its
     * defined field's id); the index must be empty.
     */
    void trackChanges(Set<Column> tracked, ZoneId zone) {
        if (rows > 0) {
            throw new IllegalStateException("changes are tracked from an empty index");
        }
        Map<Column, ChangeLog.Dictionary> dictionaries = new HashMap<>();
        for (Column column : tracked) {
            if (column.type().isCoded()) {
                dictionaries.put(column, dictionary(codedColumn(column)));
            }
        }
        changes = new ChangeLog(tracked, dictionaries, zone);
    }

    /** The coded column a tracked column's values are held in. */
    private IndexCodedColumn<String> codedColumn(Column column) {
        if (column instanceof Column.Standard standard
                && SystemField.of(standard.field()).column(this) instanceof IndexField.Texted texted) {
            return texted.column();
        }
        if (column instanceof Column.Custom custom && fields.get(custom.fieldId()) != null
                && fields.get(custom.fieldId()).type() == custom.type()) {
            return coded(fields.get(custom.fieldId()));
        }
        throw new IllegalArgumentException("no coded column holds the changes of " + column.id());
    }

    private static ChangeLog.Dictionary dictionary(IndexCodedColumn<String> column) {
        return new ChangeLog.Dictionary() {
            @Override
            public int code(String value) {
                return column.intern(value);
            }

            @Override
            public int size() {
                return column.cardinality();
            }

            @Override
            public String value(int code) {
                return column.value(code);
            }
        };
    }

    public int rows() {
        return rows;
    }

    /** The row of an issue key, or -1. */
    public int row(String key) {
        int dash = dash(key);
        if (dash < 0) {
            return -1;
        }
        int prefix = keyPrefixCode(key.substring(0, dash));
        return prefix < 0 ? -1 : keyRows.row(KeyRows.pack(prefix, Integer.parseInt(key.substring(dash + 1))));
    }

    /** A key packed as {@link KeyRows#pack} with this index's prefix codes; -1 when its prefix was never held. */
    long packedKey(String key) {
        int dash = dash(key);
        int prefix = dash < 0 ? -1 : keyPrefixCode(key.substring(0, dash));
        return prefix < 0 ? -1 : KeyRows.pack(prefix, Integer.parseInt(key.substring(dash + 1)));
    }

    /** The key a {@link #packedKey} stands for. */
    String keyOfPacked(long packed) {
        return keyPrefix.value((int) (packed >>> 32)) + '-' + (int) packed;
    }

    public String key(int row) {
        return keyPrefix.value(keyPrefix.code(row)) + '-' + keyNumber[row];
    }

    /** Key prefixes (usually project keys), coded: sorting and key ranges compare them. */
    public IndexCodedColumn<String> keyPrefix() {
        return keyPrefix;
    }

    public int keyNumber(int row) {
        return keyNumber[row];
    }

    /** The key numbers of {@code rows}, in their order. */
    public int[] keyNumbers(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = keyNumber[rows[i]];
        }
        return out;
    }

    public IndexCodedColumn<String> project() {
        return project;
    }

    public IndexCodedColumn<String> issueType() {
        return issueType;
    }

    public IndexCodedColumn<String> status() {
        return status;
    }

    public IndexCodedColumn<StatusCategory> statusCategory() {
        return statusCategory;
    }

    public IndexCodedColumn<String> resolution() {
        return resolution;
    }

    public IndexCodedColumn<String> assignee() {
        return assignee;
    }

    public IndexCodedColumn<String> reporter() {
        return reporter;
    }

    /** Epoch milliseconds. */
    public IndexLongColumn created() {
        return created;
    }

    /** Epoch milliseconds. */
    public IndexLongColumn updated() {
        return updated;
    }

    /** Epoch milliseconds. */
    public IndexLongColumn resolved() {
        return resolved;
    }

    /** Epoch days. */
    public IndexLongColumn due() {
        return due;
    }

    /** Issue security level ids, {@link IndexLongColumn#NONE} where an issue has none. */
    public IndexLongColumn securityLevel() {
        return securityLevel;
    }

    public IndexTextColumn summary() {
        return summary;
    }

    public IndexTextColumn description() {
        return description;
    }

    /** Sorted label lists; the empty list is the empty code. */
    public IndexCodedColumn<List<String>> labels() {
        return labels;
    }

    public List<CustomField> fields() {
        return List.copyOf(fields.values());
    }

    /** A custom field by id ({@code customfield_10010}) or name, ignoring case. */
    public Optional<CustomField> field(String idOrName) {
        CustomField byId = fields.get(idOrName.toLowerCase(Locale.ROOT));
        if (byId != null) {
            return Optional.of(byId);
        }
        return fields.values().stream().filter(f -> f.name().equalsIgnoreCase(idOrName)).findFirst();
    }

    /** The column of a text, option or user field. */
    public IndexCodedColumn<String> coded(CustomField field) {
        return require(codedFields.get(field.id()), field);
    }

    /** The column of a number field (scaled) or a date field (epoch days). */
    public IndexLongColumn longs(CustomField field) {
        return require(longFields.get(field.id()), field);
    }

    /** A custom field's column, as the kind its type stores. */
    public IndexField column(CustomField field) {
        FieldType type = field.type();
        return switch (type) {
            case NUMBER -> new IndexField.Numbers(longs(field));
            case DATE -> new IndexField.Days(longs(field));
            case TEXT -> new IndexField.Names(coded(field), true);
            case OPTION -> new IndexField.Names(coded(field), false);
            case USER -> new IndexField.People(coded(field));
        };
    }

    /** The columns of every text field, in definition order: what {@code text ~} searches besides summary. */
    List<IndexCodedColumn<String>> textFields() {
        List<IndexCodedColumn<String>> text = new ArrayList<>();
        for (CustomField field : fields.values()) {
            if (field.type() == FieldType.TEXT) {
                text.add(coded(field));
            }
        }
        return text;
    }

    /** The issue of a row, rebuilt from the columns. */
    public IndexedIssue issue(int row) {
        IssueRecord.Builder record = IssueRecord.builder(key(row), project.value(project.code(row)))
                .type(issueType.value(issueType.code(row)))
                .status(status.value(status.code(row)), statusCategory.value(statusCategory.code(row)))
                .resolution(resolution.value(resolution.code(row)))
                .assignee(assignee.value(assignee.code(row)))
                .reporter(reporter.value(reporter.code(row)))
                .created(Instant.ofEpochMilli(created.value(row)))
                .updated(Instant.ofEpochMilli(updated.value(row)));
        long resolvedAt = resolved.value(row);
        if (resolvedAt != IndexLongColumn.NONE) {
            record.resolved(Instant.ofEpochMilli(resolvedAt));
        }
        long dueDay = due.value(row);
        if (dueDay != IndexLongColumn.NONE) {
            record.due(LocalDate.ofEpochDay(dueDay));
        }
        for (CustomField field : fields.values()) {
            record.field(field.id(), fieldValue(field, row));
        }
        List<String> labelList = labels.value(labels.code(row));
        long level = securityLevel.value(row);
        return new IndexedIssue(record.build(), summary.value(row), description.value(row),
                labelList == null ? Set.of() : Set.copyOf(labelList),
                level == IndexLongColumn.NONE ? Optional.empty() : Optional.of(level));
    }

    /** A custom field's cell as a value, or null when empty. */
    public FieldValue fieldValue(CustomField field, int row) {
        FieldType type = field.type();
        if (type == FieldType.NUMBER) {
            BigDecimal v = longs(field).decimal(row);
            return v == null ? null : FieldValue.number(v);
        }
        if (type == FieldType.DATE) {
            long day = longs(field).value(row);
            return day == IndexLongColumn.NONE ? null : FieldValue.date(LocalDate.ofEpochDay(day));
        }
        IndexCodedColumn<String> column = coded(field);
        String v = column.value(column.code(row));
        if (v == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> FieldValue.text(v);
            case OPTION -> FieldValue.option(v);
            case USER -> FieldValue.user(v);
            case NUMBER, DATE -> throw new IllegalStateException("not a coded field: " + field.id());
        };
    }

    void define(CustomField field) {
        CustomField known = fields.get(field.id());
        if (known != null) {
            if (known.type() != field.type()) {
                throw new IllegalArgumentException("field " + field.id() + " is already a " + known.type());
            }
            fields.put(field.id(), field);
            return;
        }
        boolean nameTaken = fields.values().stream().anyMatch(f -> f.name().equalsIgnoreCase(field.name()));
        if (nameTaken) {
            throw new IllegalArgumentException("another field is already named " + field.name());
        }
        fields.put(field.id(), field);
        if (field.type().isCoded()) {
            codedFields.put(field.id(), new IndexCodedColumn<>(capacity));
        } else {
            longFields.put(field.id(), new IndexLongColumn(capacity));
        }
        if (changes != null) {
            // A field defined after changes are tracked has its changes held too, from the histories put from now on.
            Column column = Column.custom(field.id(), field.type());
            changes.track(column, field.type().isCoded() ? dictionary(coded(field)) : null);
        }
    }

    /** Rejects what {@link #put} could not store, before any row changes. */
    void check(IndexedIssue issue) {
        dash(issue.key(), true);
        for (Map.Entry<String, FieldValue> entry : issue.record().fields().entrySet()) {
            CustomField field = fields.get(entry.getKey());
            if (field == null) {
                throw new IllegalArgumentException(issue.key() + ": custom field " + entry.getKey()
                        + " is not defined");
            }
            if (!fits(field.type(), entry.getValue())) {
                throw new IllegalArgumentException(issue.key() + ": " + field.id() + " is a " + field.type());
            }
        }
    }

    /** Inserts or replaces one issue with its history, in the log's codes ({@link #trackChanges} first). */
    void put(IndexedIssue issue, ChangeLog.Encoded history) {
        changes.put(put(issue), history);
    }

    /**
     * Inserts or replaces one issue, and gives its row. A new row of an index that tracks changes has an unknown
     * history until one is put; a replaced row keeps its own.
     */
    int put(IndexedIssue issue) {
        String key = issue.key();
        int dash = dash(key, true);
        int existing = row(key);
        boolean fresh = existing < 0;
        int row = fresh ? rows : existing;
        if (fresh) {
            if (rows == capacity) {
                grow(2 * (capacity + SLACK) - SLACK);
            }
            keyPrefix.set(row, key.substring(0, dash), true);
            keyNumber[row] = Integer.parseInt(key.substring(dash + 1));
            keyRows.put(KeyRows.pack(keyPrefix.code(row), keyNumber[row]), row);
        }
        IssueRecord r = issue.record();
        project.set(row, r.project(), fresh);
        issueType.set(row, r.issueType(), fresh);
        status.set(row, r.status(), fresh);
        statusCategory.set(row, r.statusCategory(), fresh);
        resolution.set(row, r.resolution().orElse(null), fresh);
        assignee.set(row, r.assignee().orElse(null), fresh);
        reporter.set(row, r.reporter().orElse(null), fresh);
        created.set(row, r.created().toEpochMilli());
        updated.set(row, r.updated().toEpochMilli());
        resolved.set(row, r.resolved().map(Instant::toEpochMilli).orElse(IndexLongColumn.NONE));
        due.set(row, r.due().map(LocalDate::toEpochDay).orElse(IndexLongColumn.NONE));
        securityLevel.set(row, issue.securityLevel().orElse(IndexLongColumn.NONE));
        summary.set(row, issue.summary());
        description.set(row, issue.description());
        labels.set(row, issue.labels().isEmpty() ? null : issue.labels().stream().sorted().toList(), fresh);
        for (CustomField field : fields.values()) {
            FieldValue value = r.fields().get(field.id());
            if (field.type().isCoded()) {
                codedFields.get(field.id()).set(row, value == null ? null : text(value), fresh);
            } else if (field.type() == FieldType.NUMBER) {
                longFields.get(field.id()).setDecimal(row, Math.max(rows, row + 1),
                        value == null ? null : ((FieldValue.NumberValue) value).value());
            } else if (field.type() == FieldType.DATE) {
                longFields.get(field.id()).set(row,
                        value == null ? IndexLongColumn.NONE : ((FieldValue.DateValue) value).value().toEpochDay());
            } else {
                throw new IllegalStateException("unknown field type: " + field.type());
            }
        }
        if (fresh) {
            rows++;
            if (changes != null) {
                changes.put(row, changes.encode(IssueHistory.unknown(key, r.created())));
            }
        }
        return row;
    }

    /** Removes the issue with {@code key}, if held: the last row moves into its place, so rows stay dense. */
    void remove(String key) {
        int row = row(key);
        if (row < 0) {
            return;
        }
        int last = rows - 1;
        keyRows.remove(KeyRows.pack(keyPrefix.code(row), keyNumber[row]));
        if (row != last) {
            keyRows.put(KeyRows.pack(keyPrefix.code(last), keyNumber[last]), row);
        }
        keyNumber[row] = keyNumber[last];
        keyNumber[last] = 0;
        codedColumns().forEach(c -> c.move(last, row));
        longColumns().forEach(c -> c.move(last, row));
        summary.move(last, row);
        description.move(last, row);
        if (changes != null) {
            changes.remove(row);
        }
        rows--;
    }

    /** Bytes of the per-row arrays (dictionaries and text excluded), for sizing. */
    long arrayBytes() {
        long total = keyRows.bytes() + keyPrefix.bytes() + 4L * keyNumber.length;
        for (IndexCodedColumn<?> c : List.of(project, issueType, status, statusCategory, resolution, assignee,
                reporter, labels)) {
            total += c.bytes();
        }
        total += created.bytes() + updated.bytes() + resolved.bytes() + due.bytes() + securityLevel.bytes();
        for (IndexCodedColumn<String> c : codedFields.values()) {
            total += c.bytes();
        }
        for (IndexLongColumn c : longFields.values()) {
            total += c.bytes();
        }
        if (changes != null) {
            total += changes.bytes();
        }
        return total;
    }

    private void grow(int newCapacity) {
        capacity = newCapacity;
        keyNumber = Arrays.copyOf(keyNumber, newCapacity);
        codedColumns().forEach(c -> c.grow(newCapacity));
        longColumns().forEach(c -> c.grow(newCapacity));
        summary.grow(newCapacity);
        description.grow(newCapacity);
    }

    /** Every coded column, the key prefix and the custom fields' included. */
    private List<IndexCodedColumn<?>> codedColumns() {
        List<IndexCodedColumn<?>> coded = new ArrayList<>(List.of(keyPrefix, project, issueType, status,
                statusCategory, resolution, assignee, reporter, labels));
        coded.addAll(codedFields.values());
        return coded;
    }

    /** Every column of longs, the custom fields' included. */
    private List<IndexLongColumn> longColumns() {
        List<IndexLongColumn> longs = new ArrayList<>(List.of(created, updated, resolved, due, securityLevel));
        longs.addAll(longFields.values());
        return longs;
    }

    private int keyPrefixCode(String prefix) {
        // Few prefixes: a scan of the codes in use is cheaper than a second map.
        for (int code = 1; code < keyPrefix.cardinality(); code++) {
            if (keyPrefix.value(code).equals(prefix)) {
                return code;
            }
        }
        return -1;
    }

    private static int dash(String key) {
        int dash = key.lastIndexOf('-');
        if (dash <= 0 || dash == key.length() - 1 || key.length() - dash > 10) {
            return -1;
        }
        for (int i = dash + 1; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return -1;
            }
        }
        return dash;
    }

    private static int dash(String key, boolean required) {
        int dash = dash(key);
        if (dash < 0 && required) {
            throw new IllegalArgumentException("issue key is not PROJECT-NUMBER: " + key);
        }
        return dash;
    }

    private static boolean fits(FieldType type, FieldValue value) {
        return switch (type) {
            case NUMBER -> value instanceof FieldValue.NumberValue;
            case DATE -> value instanceof FieldValue.DateValue;
            case TEXT -> value instanceof FieldValue.TextValue;
            case OPTION -> value instanceof FieldValue.OptionValue;
            case USER -> value instanceof FieldValue.UserValue;
        };
    }

    private static String text(FieldValue value) {
        if (value instanceof FieldValue.TextValue t) {
            return t.value();
        }
        if (value instanceof FieldValue.OptionValue o) {
            return o.value();
        }
        if (value instanceof FieldValue.UserValue u) {
            return u.userKey();
        }
        throw new IllegalArgumentException("not a coded value: " + value);
    }

    private static <C> C require(C column, CustomField field) {
        if (column == null) {
            throw new IllegalArgumentException("no such column for field " + field.id() + " (" + field.type() + ")");
        }
        return column;
    }

    /** Distinct values in use, sorted, for pickers. */
    static List<String> sorted(IndexCodedColumn<String> column) {
        List<String> values = column.valuesInUse();
        values.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(v -> v));
        return values;
    }
}
