package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** A computed figure: a number with its unit, or absent with a reason. Never null, NaN or a fake 0. */
public sealed interface Value {

    record Present(BigDecimal number, Unit unit) implements Value {
        public Present {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(unit, "unit");
        }
    }

    record Absent(AbsentReason reason) implements Value {
        public Absent {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static Value of(BigDecimal number, Unit unit) {
        return new Present(number, unit);
    }

    static Value of(long number, Unit unit) {
        return new Present(BigDecimal.valueOf(number), unit);
    }

    static Value absent(AbsentReason reason) {
        return new Absent(reason);
    }

    /** Orders present values by number, either way, with absent values after them in both directions. */
    static Comparator<Value> absentLast(boolean descending) {
        Comparator<BigDecimal> numbers = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return (a, b) -> {
            if (a instanceof Present pa && b instanceof Present pb) {
                return numbers.compare(pa.number(), pb.number());
            }
            return Boolean.compare(a instanceof Absent, b instanceof Absent);
        };
    }

    default boolean isPresent() {
        return this instanceof Present;
    }

    /** The number, if present. */
    default Optional<BigDecimal> asNumber() {
        return this instanceof Present p ? Optional.of(p.number()) : Optional.empty();
    }

    /** The number as a double for charts; callers must check {@link #isPresent()} first. */
    default double doubleValue() {
        if (this instanceof Present p) {
            return p.number().doubleValue();
        }
        throw new IllegalStateException("absent value: " + ((Absent) this).reason());
    }
}
