package org.saleskpi.core.index;

import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.jql.JqlQuery;
import org.saleskpi.core.jql.ProjectZones;
import org.saleskpi.core.jql.UserValues;

/**
 * Issue tables loaded lately, so that the gadgets of one dashboard, and the next person opening
 * it, do not gather the same columns again. Bounded by entries and by bytes, least recently used
 * out first; an index write makes every entry stale, and the next put drops them. What the engine
 * computes from a key's tables is kept beside them, by count, and outlives a table given up for its
 * bytes: the next viewer with the same visibility finds the figures computed (ADR 0035).
 */
final class LoadedTables {
    /**
     * What a loaded table depends on. What the caller may see stands for the caller: users with equal
     * visibilities see the same issues, users with different ones never share.
     * The people the query's user values name are part of it: a name that comes to mean another
     * person, or a second one, must not answer from a table loaded before. A table with the changes
     * of some columns is another table than one without them. So are the zones some projects' dates
     * are read in: a site's zone learned anew must not answer from a table read in the old one.
     */
    record Key(long indexVersion, Visibility visibility, JqlQuery jql, UserValues users, Set<Column> columns,
            ZoneId zone, Set<Column> history, ProjectZones projectZones) {
        Key {
            columns = Set.copyOf(columns);
            history = Set.copyOf(history);
        }
    }

    /** Results computed from the tables of all keys, kept past their tables (each a few kilobytes at most). */
    private static final int RESULTS = 1024;

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<Key, IssueTable> tables = new LinkedHashMap<>(16, 0.75f, true);
    private final LinkedHashMap<Result, Object> results = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long version;

    LoadedTables(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /**
     * {@code table}, loaded for {@code key}, keeping what is computed from it with this key's results, and kept for
     * the next load of the key: a table loaded again after its bytes were given up finds its results still here.
     */
    IssueTable keep(Key key, IssueTable table) {
        IssueTable remembering = table.rememberingIn(new IssueTable.Memo() {
            @Override
            public Optional<Object> get(Object computed) {
                synchronized (LoadedTables.this) {
                    return Optional.ofNullable(results.get(new Result(key, computed)));
                }
            }

            @Override
            public void put(Object computed, Object result) {
                synchronized (LoadedTables.this) {
                    if (key.indexVersion() == version) {
                        results.put(new Result(key, computed), result);
                        if (results.size() > RESULTS) {
                            results.remove(results.keySet().iterator().next());
                        }
                    }
                }
            }
        });
        put(key, remembering);
        return remembering;
    }

    /** A result computed on the tables of a key. */
    private record Result(Key key, Object computed) {
    }

    synchronized Optional<IssueTable> get(Key key) {
        return Optional.ofNullable(tables.get(key));
    }

    /** Keeps {@code table} unless it alone is over the byte budget. */
    synchronized void put(Key key, IssueTable table) {
        if (key.indexVersion() != version) {
            if (key.indexVersion() < version) {
                // Loaded from an older state than what is kept already.
                return;
            }
            tables.clear();
            results.clear();
            bytes = 0;
            version = key.indexVersion();
        }
        long size = bytesOf(table);
        if (size > maxBytes) {
            return;
        }
        IssueTable replaced = tables.put(key, table);
        bytes += size - (replaced == null ? 0 : bytesOf(replaced));
        Iterator<Map.Entry<Key, IssueTable>> oldestFirst = tables.entrySet().iterator();
        while (tables.size() > maxEntries || bytes > maxBytes) {
            bytes -= bytesOf(oldestFirst.next().getValue());
            oldestFirst.remove();
        }
    }

    synchronized int size() {
        return tables.size();
    }

    private static long bytesOf(IssueTable table) {
        return table.rowBytes() + table.dictionaryBytes()
                + table.history().map(changes -> changes.changeBytes() + changes.rowBytes()).orElse(0L);
    }
}
