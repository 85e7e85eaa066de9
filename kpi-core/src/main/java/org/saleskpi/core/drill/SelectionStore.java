package org.saleskpi.core.drill;

import java.time.Instant;
import java.util.Optional;

/** Port: where a host keeps {@link Selection}s (kpi-store's table in both hosts, shared by every Jira node). */
public interface SelectionStore {

    /**
     * Keeps {@code selection} in one transaction with the removal of every selection expired at its creation and
     * of its owner's oldest beyond {@code keptPerOwner} (this one included).
     */
    void save(Selection selection, int keptPerOwner);

    /** The selection saved under {@code token}, expired or not. */
    Optional<Selection> find(String token);

    /** A selection of {@code owner} with {@code digest} that lives past {@code after}, the latest expiring first. */
    Optional<Selection> live(String owner, String digest, Instant after);
}
