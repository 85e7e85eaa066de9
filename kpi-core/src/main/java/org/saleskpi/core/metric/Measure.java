package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * Weighted amount (KPI-DEFINITIONS.md, KPI 16): amount x probability, the probability being the
     * {@code probability} field's value when the issue has one (a fraction, clamped to [0, 1]), else the
     * win probability of the stage its {@code status} is in. An issue in no stage with a probability
     * and without a field value weighs 0; an issue without an amount is skipped, as for any measure.
     *
     * @param stages win probability per stage status; stages without one are left out
     */
    record Weighted(Column amount, Optional<Column> probability, Column status, Map<String, BigDecimal> stages)
            implements Measure {
        public Weighted {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(probability, "probability");
            Objects.requireNonNull(status, "status");
            stages = Map.copyOf(stages);
            if (amount.type() != FieldType.NUMBER || probability.map(p -> p.type() != FieldType.NUMBER).orElse(false)) {
                throw new IllegalArgumentException("a weighted amount needs number columns");
            }
            if (!status.type().isCoded()) {
                throw new IllegalArgumentException("stages are values of a coded column, not " + status.id());
            }
        }
    }

    static Measure field(Column column) {
        return new Field(column);
    }

    static Measure weighted(Column amount, Optional<Column> probability, Column status,
            Map<String, BigDecimal> stages) {
        return new Weighted(amount, probability, status, stages);
    }

    static Measure daysBetween(Column from, Column to) {
        return new DaysBetween(from, to);
    }
}
