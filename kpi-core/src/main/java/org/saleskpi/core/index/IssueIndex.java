package org.saleskpi.core.index;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.ChangeLog;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.jql.ValueHistory;

/**
 * Issues in memory, column by column, kept in step with the host's issues: every write to the standalone
 * store, or what a Jira node's cache reads.
 * Strings are dictionary-encoded, instants kept as epoch milliseconds (Jira's precision), numbers
 * exact. Thread-safe: an upsert is applied whole under a write lock, so a reader never sees half
 * of one.
 */
public final class IssueIndex implements IssueSink {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final IndexColumns columns = new IndexColumns();
    private volatile long version;
    private final WriteLog writes = new WriteLog();
    /** The presorted rows last made of each field, for the next search to use or to patch to the version it reads. */
    private final Map<SystemField, PresortedRows> presorted = new EnumMap<>(SystemField.class);

    /** Adds a custom field, or renames one already defined with the same type. */
    @Override
    public void defineField(CustomField field) {
        writeAll(() -> columns.define(field));
    }

    public List<CustomField> fields() {
        return read(IndexColumns::fields);
    }

    /**
     * Inserts each issue or replaces the one with its key. All or nothing: an issue with an
     * undefined custom field or a value of the wrong type rejects the whole batch.
     */
    @Override
    public void upsert(Collection<IndexedIssue> issues) {
        writeRows(touched -> {
            issues.forEach(columns::check);
            issues.forEach(issue -> touched.add(issue.key()));
            issues.forEach(columns::put);
        });
    }

    /**
     * Holds from now on, beside each row, the changes of {@code tracked} its issue's history records
     * ({@link IndexColumns#changes()}), so a query wanting history slices them instead of reading a store. The index
     * must be empty and the custom columns among {@code tracked} defined.
     */
    public void trackChanges(Set<Column> tracked, ZoneId zone) {
        writeAll(() -> columns.trackChanges(tracked, zone));
    }

    /**
     * As {@link #upsert(Collection)}, each issue with its history ({@code histories.get(i)} is
     * {@code issues.get(i)}'s), which replaces the one held. A history holding a value not of its column's type
     * is held as unknown (see {@link ChangeLog#encode}). An index that tracks no changes keeps the issues alone.
     */
    @Override
    public void upsert(List<IndexedIssue> issues, List<IssueHistory> histories) {
        if (issues.size() != histories.size()) {
            throw new IllegalArgumentException(histories.size() + " histories for " + issues.size() + " issues");
        }
        writeRows(touched -> {
            ChangeLog log = columns.changes().orElse(null);
            if (log == null) {
                issues.forEach(columns::check);
                issues.forEach(issue -> touched.add(issue.key()));
                issues.forEach(columns::put);
                return;
            }
            issues.forEach(columns::check);
            List<ChangeLog.Encoded> encoded = new ArrayList<>(histories.size());
            for (int i = 0; i < issues.size(); i++) {
                if (!histories.get(i).key().equals(issues.get(i).key())) {
                    throw new IllegalArgumentException("history of " + histories.get(i).key() + " given for "
                            + issues.get(i).key());
                }
                encoded.add(log.encode(histories.get(i)));
            }
            for (int i = 0; i < issues.size(); i++) {
                touched.add(issues.get(i).key());
                columns.put(issues.get(i), encoded.get(i));
            }
        });
    }

    /**
     * JQL's WAS clauses answered from the changes held beside the rows ({@link #trackChanges}); empty when the index
     * tracks none. A field whose changes are not held is refused as on a host without history.
     */
    public Optional<ValueHistory> valueHistory() {
        if (read(c -> c.changes().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new ValueHistory() {
            @Override
            public Set<String> keysThatHad(String fieldId, Set<String> values, boolean empty) {
                return read(c -> valueHistory(c).keysThatHad(fieldId, values, empty));
            }

            @Override
            public boolean records(String fieldId) {
                return read(c -> valueHistory(c).records(fieldId));
            }
        });
    }

    /**
     * JQL's WAS clauses answered from the changes {@code columns} hold, which have a change log, for a reader already
     * under the index lock: the answer is of the same state as the rows it reads.
     */
    static ValueHistory valueHistory(IndexColumns columns) {
        ChangeLog log = columns.changes().orElseThrow();
        return new ValueHistory() {
            @Override
            public Set<String> keysThatHad(String fieldId, Set<String> values, boolean empty) {
                Set<String> lower = new HashSet<>();
                values.forEach(value -> lower.add(value.toLowerCase(Locale.ROOT)));
                BitSet rows = log.slotsThatHad(fieldId, value -> lower.contains(value.toLowerCase(Locale.ROOT)),
                        empty);
                Set<String> keys = new HashSet<>();
                rows.stream().forEach(row -> keys.add(columns.key(row)));
                return keys;
            }

            @Override
            public boolean records(String fieldId) {
                return log.tracks(fieldId);
            }
        };
    }

    /**
     * Bytes of the change log's arrays ({@link ChangeLog#bytes}, room not yet used included), part of
     * {@link #arrayBytes()}; 0 when the index tracks no changes.
     */
    public long changeLogBytes() {
        return read(c -> c.changes().map(ChangeLog::bytes).orElse(0L));
    }

    /** Changes held beside the rows; 0 when the index tracks none. */
    public long changeCount() {
        return read(c -> c.changes().map(ChangeLog::changeCount).orElse(0L));
    }

    /** Removes the issues with these keys; keys not held are ignored. */
    @Override
    public void remove(Collection<String> keys) {
        writeRows(touched -> keys.forEach(key -> {
            if (columns.row(key) >= 0) {
                // The last row moves into the freed one: its issue is read again at its new row.
                touched.add(key);
                touched.add(columns.key(columns.rows() - 1));
                columns.remove(key);
            }
        }));
    }

    public Optional<IndexedIssue> get(String key) {
        return read(c -> {
            int row = c.row(key);
            return row < 0 ? Optional.empty() : Optional.of(c.issue(row));
        });
    }

    public int size() {
        return read(IndexColumns::rows);
    }

    /** Project keys some issue is in, sorted. */
    public List<String> projects() {
        return read(c -> IndexColumns.sorted(c.project()));
    }

    public List<String> statuses() {
        return read(c -> IndexColumns.sorted(c.status()));
    }

    public List<String> issueTypes() {
        return read(c -> IndexColumns.sorted(c.issueType()));
    }

    /** Runs {@code reader} over the columns while no upsert can run; it must not keep them. */
    public <T> T read(Function<IndexColumns, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(columns);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Goes up with every write: inside {@link #read}, it names the state the columns are in. */
    public long version() {
        return version;
    }

    /** Bytes of the per-row arrays: the part of the index that grows with every issue. */
    public long arrayBytes() {
        return read(IndexColumns::arrayBytes);
    }

    /**
     * The keys the writes after {@code version} touched, for a table loaded then to be patched; empty when the log no
     * longer reaches back that far. Inside {@link #read} only.
     */
    Optional<Set<String>> touchedSince(long version) {
        return writes.since(version, columns::keyOfPacked);
    }

    /**
     * Every row of the current version in the order of {@code field} (one of {@link PresortedRows#FIELDS}), then key.
     * Inside {@link #read} only. Made on first use, then from the last one made by moving the rows the writes since
     * touched; searches that need it meanwhile wait for it.
     */
    public PresortedRows presorted(SystemField field) {
        if (!PresortedRows.FIELDS.contains(field)) {
            throw new IllegalArgumentException("no presorted order of " + field);
        }
        synchronized (presorted) {
            PresortedRows held = presorted.get(field);
            long now = version;
            if (held != null && held.version() == now) {
                return held;
            }
            PresortedRows next = null;
            if (held != null) {
                Optional<Set<String>> touched = touchedSince(held.version());
                // Moving many rows one by one costs more than sorting them all again.
                if (touched.isPresent() && touched.get().size() <= Math.max(1024, columns.rows() / 16)) {
                    next = held.patched(columns, touched.get(), now);
                }
            }
            if (next == null) {
                next = PresortedRows.sorted(columns, field, now);
            }
            presorted.put(field, next);
            return next;
        }
    }

    /** Bytes of the presorted rows held, 0 before an issue list asked for one. */
    public long presortedBytes() {
        synchronized (presorted) {
            return presorted.values().stream().mapToLong(PresortedRows::bytes).sum();
        }
    }

    /** A write of rows: {@code change} names every key whose row it inserts, replaces, removes or moves. */
    private void writeRows(Consumer<Set<String>> change) {
        Set<String> touched = new HashSet<>();
        lock.writeLock().lock();
        try {
            change.accept(touched);
        } finally {
            version++;
            long[] packed = touched.stream().mapToLong(columns::packedKey).toArray();
            if (Arrays.stream(packed).anyMatch(key -> key < 0)) {
                // A key whose prefix the index never held (a batch that failed before its first row): log it all.
                writes.everything(version);
            } else {
                writes.touched(version, packed);
            }
            lock.writeLock().unlock();
        }
    }

    /** A write of more than rows (a field's definition, what the rows hold): tables loaded before are not patched. */
    private void writeAll(Runnable change) {
        lock.writeLock().lock();
        try {
            change.run();
        } finally {
            version++;
            writes.everything(version);
            lock.writeLock().unlock();
        }
    }
}
