package org.saleskpi.core.drill;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Saved key lists held in a list, with the store's rules (expired lists go at the next save, a user keeps their
 * newest), for tests of what uses them; kpi-store's {@code StoredSelectionsTest} tests the real table.
 */
public final class HeldSelections implements SelectionStore {
    private final List<Selection> held = new ArrayList<>();

    @Override
    public synchronized void save(Selection selection, int keptPerOwner) {
        held.removeIf(s -> !s.expires().isAfter(selection.created()));
        List<Selection> owned = held.stream().filter(s -> s.owner().equals(selection.owner()))
                .sorted(Comparator.comparing(Selection::created).reversed()).toList();
        held.removeAll(owned.subList(Math.min(owned.size(), keptPerOwner - 1), owned.size()));
        held.add(selection);
    }

    @Override
    public synchronized Optional<Selection> find(String token) {
        return held.stream().filter(s -> s.token().equals(token)).findFirst();
    }

    @Override
    public synchronized Optional<Selection> live(String owner, String digest, Instant after) {
        return held.stream().filter(s -> s.owner().equals(owner) && s.digest().equals(digest)
                && s.expires().isAfter(after)).max(Comparator.comparing(Selection::expires));
    }

    public synchronized int size() {
        return held.size();
    }
}
