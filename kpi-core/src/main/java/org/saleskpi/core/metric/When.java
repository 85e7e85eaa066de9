package org.saleskpi.core.metric;

import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;

/** How an aggregation is tied to the period P it is computed for, through one date column. */
public sealed interface When {

    /** The date column that ties the aggregation to the period; empty for {@link Always}. Each variant answers. */
    Optional<Column> dateColumn();

    /** Ignore the period: every matching issue counts. */
    record Always() implements When {
        @Override
        public Optional<Column> dateColumn() {
            return Optional.empty();
        }
    }

    /** Tied to the period through one date column. */
    sealed interface Dated extends When {
        Column date();

        @Override
        default Optional<Column> dateColumn() {
            return Optional.of(date());
        }
    }

    /** The date falls in P ("created in P", "won in P"). */
    record During(Column date) implements Dated {
        public During {
            requireDate(date);
        }
    }

    /** The date falls before P starts ("customers at start of P"). */
    record Before(Column date) implements Dated {
        public Before {
            requireDate(date);
        }
    }

    /** The date falls before P ends: all time up to the end of P. */
    record Through(Column date) implements Dated {
        public Through {
            requireDate(date);
        }
    }

    static When always() {
        return new Always();
    }

    static When during(Column date) {
        return new During(date);
    }

    static When before(Column date) {
        return new Before(date);
    }

    static When through(Column date) {
        return new Through(date);
    }

    private static void requireDate(Column date) {
        Objects.requireNonNull(date, "date");
        if (date.type() != FieldType.DATE) {
            throw new IllegalArgumentException("a period is tied to a date column, not " + date.id());
        }
    }
}
