package org.saleskpi.core.gadget.whosbehind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * What the who's behind gadget checks, and who is behind enough to be listed.
 *
 * @param today the current date in the profile's time zone (the host knows the clock, core does not)
 * @param staleDays an open deal not updated for at least this many days is stale
 * @param maxKeys issue keys listed per list; the count is always the full one
 * @param minLateItems a rep with at least this many late items (overdue issues and deals, stale and slipping
 *        deals, added up) is listed; 0 lists no one for late items alone
 * @param minPaceMissed a rep with a target behind pace by at least this share of its pace (0.2: 40 % done where
 *        50 % was due) is listed; any target behind pace counts when it is 0
 */
public record WhosBehindOptions(LocalDate today, int staleDays, int maxKeys, int minLateItems,
        BigDecimal minPaceMissed) {
    public static final int DEFAULT_MAX_KEYS = 50;
    /** As before thresholds could be set: anyone with one late item, or any target behind pace, is listed. */
    public static final int DEFAULT_MIN_LATE_ITEMS = 1;

    /** With the default thresholds, which list everyone behind on anything. */
    public WhosBehindOptions(LocalDate today, int staleDays, int maxKeys) {
        this(today, staleDays, maxKeys, DEFAULT_MIN_LATE_ITEMS, BigDecimal.ZERO);
    }

    public WhosBehindOptions {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(minPaceMissed, "minPaceMissed");
        if (minLateItems < 0) {
            throw InvalidInputException.of("minLateItems", "saleskpi.gadget.minLateItems.min",
                    "minLateItems must not be negative, was " + minLateItems);
        }
        if (minPaceMissed.signum() < 0 || minPaceMissed.compareTo(BigDecimal.ONE) > 0) {
            throw InvalidInputException.of("minPaceMissed", "saleskpi.gadget.minPaceMissed.range",
                    "minPaceMissed must be from 0 to 1, was " + minPaceMissed);
        }
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
        return new WhosBehindOptions(today, staleDays, value, minLateItems, minPaceMissed);
    }

    public WhosBehindOptions staleDays(int value) {
        return new WhosBehindOptions(today, value, maxKeys, minLateItems, minPaceMissed);
    }

    /** Lists only reps with at least {@code items} late items or a target at least {@code paceMissed} behind its pace. */
    public WhosBehindOptions thresholds(int items, BigDecimal paceMissed) {
        return new WhosBehindOptions(today, staleDays, maxKeys, items, paceMissed);
    }
}
