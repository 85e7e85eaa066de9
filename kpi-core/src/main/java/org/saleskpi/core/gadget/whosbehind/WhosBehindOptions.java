package org.saleskpi.core.gadget.whosbehind;

import java.time.LocalDate;
import java.util.Objects;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * What the who's behind gadget checks.
 *
 * @param today the current date in the profile's time zone (the host knows the clock, core does not)
 * @param staleDays an open deal not updated for at least this many days is stale
 * @param maxKeys issue keys listed per list; the count is always the full one
 */
public record WhosBehindOptions(LocalDate today, int staleDays, int maxKeys) {
    public static final int DEFAULT_MAX_KEYS = 50;

    public WhosBehindOptions {
        Objects.requireNonNull(today, "today");
        if (staleDays < 1) {
            throw InvalidInputException.of("staleDays", "saleskpi.gadget.staleDays.min", "staleDays must be at least 1, was " + staleDays);
        }
        if (maxKeys < 1) {
            throw InvalidInputException.of("maxKeys", "saleskpi.gadget.maxKeys.min", "maxKeys must be at least 1, was " + maxKeys);
        }
    }

    /** The model's stale days and up to {@value #DEFAULT_MAX_KEYS} keys a list. */
    public static WhosBehindOptions of(LocalDate today, SalesModel model) {
        return new WhosBehindOptions(today, model.staleDays(), DEFAULT_MAX_KEYS);
    }

    public WhosBehindOptions maxKeys(int value) {
        return new WhosBehindOptions(today, staleDays, value);
    }

    public WhosBehindOptions staleDays(int value) {
        return new WhosBehindOptions(today, value, maxKeys);
    }
}
