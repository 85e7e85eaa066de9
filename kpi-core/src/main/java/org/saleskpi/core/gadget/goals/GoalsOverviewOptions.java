package org.saleskpi.core.gadget.goals;

import java.util.Locale;
import java.util.Objects;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * What the goals overview lists and in which order. Filtering by project, folder, owner and
 * archived happens in the repository query; this sorts and caps what it returned.
 *
 * @param limit at most this many rows (1..500); the status counts cover every goal given
 */
public record GoalsOverviewOptions(Order order, int limit) {

    public GoalsOverviewOptions {
        Objects.requireNonNull(order, "order");
        if (limit < 1 || limit > 500) {
            throw InvalidInputException.of("limit", "saleskpi.gadget.limit.range", "limit must be 1..500, was " + limit);
        }
    }

    public static GoalsOverviewOptions defaults() {
        return new GoalsOverviewOptions(Order.ATTENTION, 50);
    }

    /** Row order: most in need of attention first (off track, at risk, on track, done), by due date, or by name. */
    public enum Order {
        ATTENTION,
        DUE_DATE,
        NAME;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Order fromKey(String key) {
            for (Order order : values()) {
                if (order.key().equals(key)) {
                    return order;
                }
            }
            throw InvalidInputException.of("order", "saleskpi.gadget.order.unknown", "order must be attention, due-date or name, was " + key);
        }
    }
}
