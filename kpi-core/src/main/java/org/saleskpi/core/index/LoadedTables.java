package org.saleskpi.core.index;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.jql.JqlQuery;
import org.saleskpi.core.jql.ProjectZones;
import org.saleskpi.core.jql.UserValues;

/**
 * Issue tables loaded lately, so that the gadgets of one dashboard, and the next person opening it, do not gather
 * the same rows again. One table per scope (the same issues as the same viewer sees them) with every column the
 * scope's loads asked for, so that two KPIs needing columns A, B and A, C share one gather. A table stays after a
 * write: the next load of its scope patches it to the new version from the rows the write touched (ADR 0040).
 * Bounded by entries and by bytes, least recently used out first. What the engine computes from a table is kept
 * beside it per scope, columns and version, by count, and outlives a table given up for its bytes (ADR 0035); a
 * result of an earlier version never answers a later one.
 */
final class LoadedTables {
    /**
     * What a loaded table depends on besides the index's state and its columns. What the caller may see stands for
     * the caller: users with equal visibilities see the same issues, users with different ones never share. The
     * people the query's user values name are part of it: a name that comes to mean another person, or a second
     * one, must not answer from a table loaded before. A table with the changes of some columns is another table
     * than one without them and holds exactly the columns asked ({@code fixedColumns}; empty for a scope without
     * history, whose table gains the columns its loads ask); it is patched after a write when its host's index holds
     * the changes, and loaded again when they are read from a store.
     * So are the zones some projects' dates are read in: a site's zone learned anew must not answer from a table
     * read in the old one.
     */
    record Scope(Visibility visibility, JqlQuery jql, UserValues users, ZoneId zone, Set<Column> history,
            Set<Column> fixedColumns, ProjectZones projectZones) {
        Scope {
            history = Set.copyOf(history);
            fixedColumns = Set.copyOf(fixedColumns);
        }
    }

    /**
     * A scope's table at one index version and the index rows it holds, ascending, from which a later version is
     * patched ({@code rows} is null for a table that is loaded again instead: its changes were read from a store).
     * Its tables of some of its columns, as handed out, are kept with it: a load asking the same again gets the same
     * table.
     */
    record Entry(long version, int[] rows, IssueTable table, Map<Set<Column>, IssueTable> views) {
        Entry(long version, int[] rows, IssueTable table) {
            this(version, rows, table, new ConcurrentHashMap<>());
        }
    }

    /** A result computed on a scope's table of some columns at one version. */
    private record Result(Scope scope, Set<Column> columns, long version, Object computed) {
    }

    /** Results computed from the tables of all scopes, kept past their tables (each a few kilobytes at most). */
    private static final int RESULTS = 1024;

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<Scope, Entry> tables = new LinkedHashMap<>(16, 0.75f, true);
    private final LinkedHashMap<Result, Object> results = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    LoadedTables(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    synchronized Optional<Entry> get(Scope scope) {
        return Optional.ofNullable(tables.get(scope));
    }

    /**
     * Keeps {@code entry} as its scope's table, unless a later version of the scope is kept already or the entry
     * alone is over the byte budget. The results of the scope's earlier versions go with their version.
     */
    synchronized void put(Scope scope, Entry entry) {
        Entry held = tables.get(scope);
        if (held != null && held.version() > entry.version()) {
            return;
        }
        if (held != null && held.version() < entry.version()) {
            results.keySet().removeIf(result -> result.scope().equals(scope) && result.version() < entry.version());
        }
        long size = bytesOf(entry);
        if (size > maxBytes) {
            return;
        }
        Entry replaced = tables.put(scope, entry);
        bytes += size - (replaced == null ? 0 : bytesOf(replaced));
        Iterator<Map.Entry<Scope, Entry>> oldestFirst = tables.entrySet().iterator();
        while (tables.size() > maxEntries || bytes > maxBytes) {
            bytes -= bytesOf(oldestFirst.next().getValue());
            oldestFirst.remove();
        }
    }

    /**
     * The entry's table with just {@code columns}, keeping what is computed from it with the results of the same
     * scope, columns and version: a table loaded again after its bytes were given up finds its results still here.
     */
    IssueTable table(Scope scope, Entry entry, Set<Column> columns) {
        return entry.views().computeIfAbsent(Set.copyOf(columns), wanted -> view(scope, entry, wanted));
    }

    private IssueTable view(Scope scope, Entry entry, Set<Column> wanted) {
        IssueTable table = entry.table().columns().equals(wanted) ? entry.table() : entry.table().only(wanted);
        return table.rememberingIn(new IssueTable.Memo() {
            @Override
            public Optional<Object> get(Object computed) {
                synchronized (LoadedTables.this) {
                    return Optional.ofNullable(results.get(new Result(scope, wanted, entry.version(), computed)));
                }
            }

            @Override
            public void put(Object computed, Object result) {
                synchronized (LoadedTables.this) {
                    Entry held = tables.get(scope);
                    // A result of a version the scope has left behind would only wait to be dropped.
                    if (held == null || held.version() <= entry.version()) {
                        results.put(new Result(scope, wanted, entry.version(), computed), result);
                        if (results.size() > RESULTS) {
                            results.remove(results.keySet().iterator().next());
                        }
                    }
                }
            }
        });
    }

    synchronized int size() {
        return tables.size();
    }

    /** The versions of the results kept for {@code scope} (for tests that no result outlives its version). */
    synchronized Set<Long> resultVersions(Scope scope) {
        Set<Long> versions = new HashSet<>();
        results.keySet().stream().filter(result -> result.scope().equals(scope))
                .forEach(result -> versions.add(result.version()));
        return versions;
    }

    private static long bytesOf(Entry entry) {
        IssueTable table = entry.table();
        return table.rowBytes() + table.dictionaryBytes() + (entry.rows() == null ? 0 : 4L * entry.rows().length)
                + table.history().map(changes -> changes.changeBytes() + changes.rowBytes()).orElse(0L);
    }
}
