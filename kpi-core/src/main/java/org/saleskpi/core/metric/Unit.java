package org.saleskpi.core.metric;

import java.util.Locale;

/** What a number means, so that hosts can format it (the currency comes from the profile). */
public enum Unit {
    /** A count of issues, customers or reps. */
    COUNT,
    /** An amount of money in the profile's currency. */
    AMOUNT,
    /** Whole or mean calendar days. */
    DAYS,
    /** A fraction, 0.25 meaning 25 %. */
    RATIO,
    /** Any other number (a field's own unit). */
    NUMBER;

    /** The unit as JSON names it: {@code amount}, {@code count}, {@code days}, {@code ratio}, {@code number}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
