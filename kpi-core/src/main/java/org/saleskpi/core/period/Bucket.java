package org.saleskpi.core.period;

import java.util.Locale;

/** The sizes a range can be cut into for a chart or a table. */
public enum Bucket {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    FISCAL_QUARTER,
    FISCAL_YEAR;

    /** Stable lower-case key used in preferences and URLs, e.g. {@code fiscal-quarter}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The bucket whose {@link #key()} is {@code key}; unknown keys are an IllegalArgumentException. */
    public static Bucket fromKey(String key) {
        for (Bucket bucket : values()) {
            if (bucket.key().equals(key)) {
                return bucket;
            }
        }
        throw new IllegalArgumentException("unknown bucket: " + key);
    }
}
