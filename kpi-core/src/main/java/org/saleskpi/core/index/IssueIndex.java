package org.saleskpi.core.index;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

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

    /** Adds a custom field, or renames one already defined with the same type. */
    @Override
    public void defineField(CustomField field) {
        write(() -> columns.define(field));
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
        write(() -> {
            issues.forEach(columns::check);
            issues.forEach(columns::put);
        });
    }

    /** Removes the issues with these keys; keys not held are ignored. */
    public void remove(Collection<String> keys) {
        write(() -> keys.forEach(columns::remove));
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

    private void write(Runnable change) {
        lock.writeLock().lock();
        try {
            change.run();
        } finally {
            version++;
            lock.writeLock().unlock();
        }
    }
}
