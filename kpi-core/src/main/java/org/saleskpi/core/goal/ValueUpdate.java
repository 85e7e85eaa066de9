package org.saleskpi.core.goal;

import java.util.Objects;

/**
 * A target with a newly entered current value and the history entry that records it; store both
 * at once with {@link ValueHistoryRepository#updateValue(long, ValueChange)}.
 */
public record ValueUpdate(Target target, ValueChange change) {
    public ValueUpdate {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(change, "change");
    }
}
