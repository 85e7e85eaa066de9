package org.saleskpi.core.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of one field of an issue (KPI-DEFINITIONS.md, "Issue history"): when, which field,
 * the value before and after, and who made it. Values are canonical text, as an issue record holds
 * them: a status or option by name, a user by key, a number as a plain decimal ({@code 1250.5}), a
 * date as ISO {@code 2026-03-31}. An empty side is a field without a value.
 *
 * @param field the field's stable id, as a column's: {@code status}, {@code assignee},
 *     {@code resolution}, {@code customfield_10010}
 */
public record Change(Instant at, String field, Optional<String> from, Optional<String> to, Optional<String> by) {
    public Change {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
        if (field.isBlank()) {
            throw new IllegalArgumentException("field must not be blank");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
    }

    /** A change with nullable sides, for hosts and tests. */
    public static Change of(Instant at, String field, String from, String to, String by) {
        return new Change(at, field, Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(by));
    }
}
