package org.saleskpi.core.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A host's memo for tests: keeps every result and records the keys it was asked to keep, in order. */
public final class RecordingMemo implements IssueTable.Memo {
    private final Map<Object, Object> kept = new ConcurrentHashMap<>();
    private final List<Object> puts = new ArrayList<>();

    @Override
    public Optional<Object> get(Object key) {
        return Optional.ofNullable(kept.get(key));
    }

    @Override
    public synchronized void put(Object key, Object result) {
        puts.add(key);
        kept.put(key, result);
    }

    /** The keys kept so far, in the order they were kept. */
    public synchronized List<Object> puts() {
        return List.copyOf(puts);
    }
}
