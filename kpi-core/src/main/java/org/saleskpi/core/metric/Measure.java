package org.saleskpi.core.metric;

import java.util.Objects;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;

/** The number an aggregation works on, per issue. Issues where it is empty are skipped. */
public sealed interface Measure {

    /** A Number column, exact. */
    record Field(Column column) implements Measure {
        public Field {
            Objects.requireNonNull(column, "column");
            if (column.type() != FieldType.NUMBER) {
                throw new IllegalArgumentException("a measure field must be a number column, not " + column.id());
            }
        }
    }

    /** Whole calendar days from one date column to another ({@code to - from}). */
    record DaysBetween(Column from, Column to) implements Measure {
        public DaysBetween {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.type() != FieldType.DATE || to.type() != FieldType.DATE) {
                throw new IllegalArgumentException("days between needs two date columns");
            }
        }
    }

    static Measure field(Column column) {
        return new Field(column);
    }

    static Measure daysBetween(Column from, Column to) {
        return new DaysBetween(from, to);
    }
}
