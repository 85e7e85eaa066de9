package org.saleskpi.core.index;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
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

    /** What is computed on a scope's table of some columns, at whichever version. */
    private record Line(Scope scope, Set<Column> columns, Object computed) {
    }

    /** A line's result at one version. */
    private record Kept(long version, Object value) {
    }

    /** A line's computation at one version, which identical requests join. */
    private record At(Line line, long version) {
    }

    /** A computation's outcome and the thread that computed it. */
    private record Answer(IssueTable.Outcome outcome, Thread computer) {
    }

    /** Results computed from the tables of all scopes, kept past their tables (each a few kilobytes at most). */
    private static final int RESULTS = 1024;

    private final int maxEntries;
    private long maxBytes;
    private final LinkedHashMap<Scope, Entry> tables = new LinkedHashMap<>(16, 0.75f, true);
    /** The latest result of each line: the answer at its version, and, with {@code recent}, after it. */
    private final LinkedHashMap<Line, Kept> results = new LinkedHashMap<>(64, 0.75f, true);
    /** Lines whose computation asked more than the table: computed by each request. */
    private final Set<Line> impure = java.util.Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Line, Boolean> eldest) {
            return size() > RESULTS;
        }
    });
    private final SingleFlight<At, Answer> computing = new SingleFlight<>();
    private final Refreshes recent;
    private long bytes;

    LoadedTables(int maxEntries, long maxBytes) {
        this(maxEntries, maxBytes, null);
    }

    /**
     * With {@code recent} (null: never), a result of a scope's state before the last writes answers while its
     * refresh to the current state runs in the background, for longer than the refresh's wait (ADR 0050).
     */
    LoadedTables(int maxEntries, long maxBytes, Refreshes recent) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.recent = recent;
    }

    synchronized Optional<Entry> get(Scope scope) {
        return Optional.ofNullable(tables.get(scope));
    }

    /** Whether {@code entry} itself is the table kept for {@code scope}. */
    synchronized boolean holds(Scope scope, Entry entry) {
        return tables.get(scope) == entry;
    }

    /**
     * Keeps {@code entry} as its scope's table, unless a later version of the scope is kept already or the entry
     * alone is over the byte budget. The results of the scope's earlier versions go with their version.
     */
    synchronized void put(Scope scope, Entry entry) {
        put(scope, entry, maxBytes);
    }

    /** {@link #put(Scope, Entry)} with the budget now {@code room} bytes (a host's index grew or shrank). */
    synchronized void put(Scope scope, Entry entry, long room) {
        maxBytes = room;
        Entry held = tables.get(scope);
        if (held != null && held.version() > entry.version()) {
            return;
        }
        // The results of the scope's earlier versions stay, each until its line is computed again: they answer
        // only their own version, or, with recent answers, while their line's refresh runs.
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
        return table(scope, entry, columns, 0);
    }

    /**
     * The same for a request that must not be answered from a state older than version {@code floor} (its user's
     * own last write): a table of its own memo when {@code floor} is above 0.
     */
    IssueTable table(Scope scope, Entry entry, Set<Column> columns, long floor) {
        if (floor > 0) {
            return view(scope, entry, Set.copyOf(columns), floor);
        }
        return entry.views().computeIfAbsent(Set.copyOf(columns), wanted -> view(scope, entry, wanted, 0));
    }

    private IssueTable view(Scope scope, Entry entry, Set<Column> wanted, long floor) {
        IssueTable table = entry.table().columns().equals(wanted) ? entry.table() : entry.table().only(wanted);
        long version = entry.version();
        return table.rememberingIn(new IssueTable.Memo() {
            @Override
            public Optional<Object> get(Object computed) {
                Kept kept = kept(new Line(scope, wanted, computed));
                return kept != null && kept.version() == version ? Optional.of(kept.value()) : Optional.empty();
            }

            @Override
            public void put(Object computed, Object result) {
                keep(new Line(scope, wanted, computed), version, result);
            }

            @Override
            public Object compute(Object computed, Supplier<IssueTable.Outcome> compute) {
                Line line = new Line(scope, wanted, computed);
                Kept held = kept(line);
                if (held != null && held.version() == version) {
                    return held.value();
                }
                if (recent != null && held != null && held.version() < version && held.version() >= floor
                        && !isImpure(line)) {
                    Refreshes.Ended ended = recent.await(line, false, () -> computeAt(line, version, compute));
                    if (ended != Refreshes.Ended.FAILED) {
                        Kept now = kept(line);
                        // Never a result of a later state than this table's: the caller reads the table beside it.
                        return (now != null && now.version() <= version && now.version() > held.version() ? now
                                : held).value();
                    }
                }
                return computeAt(line, version, compute).value();
            }
        });
    }

    /** The line's result at {@code version}, computed once however many ask at once. */
    private IssueTable.Outcome computeAt(Line line, long version, Supplier<IssueTable.Outcome> compute) {
        Answer answer = computing.run(new At(line, version), () -> {
            IssueTable.Outcome outcome = compute.get();
            if (outcome.pure()) {
                keep(line, version, outcome.value());
            } else {
                synchronized (this) {
                    impure.add(line);
                }
            }
            return new Answer(outcome, Thread.currentThread());
        });
        // What asked more than the table (another request's quotas, say) is not handed to anyone else.
        if (!answer.outcome().pure() && answer.computer() != Thread.currentThread()) {
            return compute.get();
        }
        return answer.outcome();
    }

    private synchronized Kept kept(Line line) {
        return results.get(line);
    }

    private synchronized boolean isImpure(Line line) {
        return impure.contains(line);
    }

    /** Keeps a line's result unless one of a later version is kept already. */
    private synchronized void keep(Line line, long version, Object value) {
        Kept held = results.get(line);
        if (held != null && held.version() >= version) {
            return;
        }
        Entry table = tables.get(line.scope());
        // A result of a version the scope has left behind is kept only where the scope has none yet.
        if (table != null && table.version() > version && held != null) {
            return;
        }
        results.put(line, new Kept(version, value));
        if (results.size() > RESULTS) {
            results.remove(results.keySet().iterator().next());
        }
    }

    synchronized int size() {
        return tables.size();
    }

    /** The versions of the results kept for {@code scope} (for tests that no result outlives its version). */
    synchronized Set<Long> resultVersions(Scope scope) {
        Set<Long> versions = new HashSet<>();
        results.forEach((line, kept) -> {
            if (line.scope().equals(scope)) {
                versions.add(kept.version());
            }
        });
        return versions;
    }

    private static long bytesOf(Entry entry) {
        IssueTable table = entry.table();
        return table.rowBytes() + table.dictionaryBytes() + (entry.rows() == null ? 0 : 4L * entry.rows().length)
                + table.history().map(changes -> changes.changeBytes() + changes.rowBytes()).orElse(0L);
    }
}
