package org.saleskpi.core.metric;

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

    /** The unit as datasets and texts name it: {@code count}, {@code amount}, ... */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
