package org.saleskpi.core.metric;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saleskpi.core.issue.Column;

/** Which issues an aggregation looks at. Time is not a filter: see {@link When}. */
public sealed interface Filter {

    /** Every issue. */
    record All() implements Filter {
    }

    /**
     * A coded column (type, status, rep, customer, an option field) has one of the values. An empty
     * cell has no value, so it never matches: use {@link Empty} for that.
     */
    record In(Column column, Set<String> values) implements Filter {
        public In {
            Objects.requireNonNull(column, "column");
            if (!column.type().isCoded()) {
                throw new IllegalArgumentException("IN needs a coded column, not " + column.id());
            }
            values = Set.copyOf(values);
        }
    }

    /** The column has no value. */
    record Empty(Column column) implements Filter {
        public Empty {
            Objects.requireNonNull(column, "column");
        }
    }

    record Not(Filter filter) implements Filter {
        public Not {
            Objects.requireNonNull(filter, "filter");
        }
    }

    record And(List<Filter> filters) implements Filter {
        public And {
            filters = List.copyOf(filters);
        }
    }

    record Or(List<Filter> filters) implements Filter {
        public Or {
            filters = List.copyOf(filters);
        }
    }

    static Filter all() {
        return new All();
    }

    static Filter typeIn(Set<String> types) {
        return new In(Column.ISSUE_TYPE, types);
    }

    static Filter statusIn(Set<String> statuses) {
        return new In(Column.STATUS, statuses);
    }

    static Filter in(Column column, Set<String> values) {
        return new In(column, values);
    }

    static Filter empty(Column column) {
        return new Empty(column);
    }

    static Filter notEmpty(Column column) {
        return new Not(new Empty(column));
    }

    static Filter not(Filter filter) {
        return new Not(filter);
    }

    static Filter and(Filter... filters) {
        return new And(List.of(filters));
    }

    static Filter or(Filter... filters) {
        return new Or(List.of(filters));
    }
}
