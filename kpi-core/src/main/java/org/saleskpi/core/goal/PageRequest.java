package org.saleskpi.core.goal;

import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.validation.Validator;

/**
 * Which page of a list to read: skip {@code offset} items, then take at most {@code limit}. A
 * negative offset or a limit outside 1..{@value #MAX_LIMIT} is an {@link InvalidInputException}
 * naming {@code offset} or {@code limit}.
 */
public record PageRequest(int offset, int limit) {

    /** Keeps one request's work bounded; clients page for more. */
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        new Validator()
                .check(offset >= 0, "offset", "saleskpi.goal.offset.negative", "Offset must not be negative")
                .check(limit >= 1 && limit <= MAX_LIMIT, "limit", "saleskpi.goal.limit.outOfRange",
                        "Limit must be between 1 and " + MAX_LIMIT, MAX_LIMIT)
                .throwIfInvalid();
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
