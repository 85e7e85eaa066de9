package org.saleskpi.core.metric;

import java.util.Objects;
import org.saleskpi.core.issue.Column;

/** What a result is grouped by, besides the time buckets. */
public sealed interface Dimension {

    /** One group holding everything. */
    record None() implements Dimension {
    }

    /**
     * One group per value of a coded column (rep, customer, status, issue type, an option field).
     * The groups are the values found on issues that pass {@code universe}, whatever the period,
     * so that a rep who owns deals but won none still shows with 0.
     */
    record By(Column column, Filter universe) implements Dimension {
        public By {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(universe, "universe");
            if (!column.type().isCoded()) {
                throw new IllegalArgumentException("group by needs a coded column, not " + column.id());
            }
        }
    }

    static Dimension none() {
        return new None();
    }

    static Dimension by(Column column, Filter universe) {
        return new By(column, universe);
    }
}
