package org.saleskpi.core.index;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Which issue keys the last writes of an {@link IssueIndex} touched, version by version, so that a table loaded at an
 * earlier version can be brought to the current one by looking at those keys' rows only. A key is touched when its
 * row was inserted, replaced or removed, or when a removal moved it to another row. A write that changes more than
 * rows (a field defined, changes tracked) or more keys than the log holds makes every earlier version unreachable.
 * Keys are held packed ({@link KeyRows#pack}: 8 bytes each, not a String), since the log fills up with the
 * start-up load's last batches. Written under the index's write lock, read under its read lock.
 */
final class WriteLog {
    /** Keys kept over all logged writes: a few seconds of a busy team's writes, never a bulk import. */
    static final int KEYS = 65_536;

    private record Write(long version, long[] keys) {
    }

    private final ArrayDeque<Write> writes = new ArrayDeque<>();
    private int keys;
    /** The oldest version from which the log reaches the newest: every write after it is logged. */
    private long reachableFrom;

    /** The write that made {@code version} touched the packed keys {@code touched}. */
    void touched(long version, long[] touched) {
        if (touched.length > KEYS) {
            everything(version);
            return;
        }
        writes.addLast(new Write(version, touched));
        keys += touched.length;
        while (keys > KEYS) {
            Write oldest = writes.removeFirst();
            keys -= oldest.keys().length;
            reachableFrom = oldest.version();
        }
    }

    /** The write that made {@code version} changed more than rows: no earlier table can be patched. */
    void everything(long version) {
        writes.clear();
        keys = 0;
        reachableFrom = version;
    }

    /**
     * The keys touched by the writes after {@code version}, unpacked by {@code key}; empty when the log no longer
     * reaches back to it.
     */
    Optional<Set<String>> since(long version, LongFunction<String> key) {
        if (version < reachableFrom) {
            return Optional.empty();
        }
        Set<String> since = new HashSet<>();
        Iterator<Write> newestFirst = writes.descendingIterator();
        while (newestFirst.hasNext()) {
            Write write = newestFirst.next();
            if (write.version() <= version) {
                break;
            }
            for (long packed : write.keys()) {
                since.add(key.apply(packed));
            }
        }
        return Optional.of(since);
    }
}
