package org.saleskpi.core.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One change of a target's current value: who changed it, when, from what, to what, and why. */
public record ValueChange(
        long targetId,
        String changedBy,
        Instant changedAt,
        BigDecimal oldValue,
        BigDecimal newValue,
        Optional<String> note) {

    public ValueChange {
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
        Objects.requireNonNull(note, "note");
        if (changedBy.isBlank()) {
            throw new IllegalArgumentException("a value change needs the user key of who made it");
        }
        note = note.map(String::strip).filter(text -> !text.isEmpty());
    }
}
