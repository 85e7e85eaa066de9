package org.saleskpi.core.kpi;

import java.util.Locale;
import java.util.Optional;

/** What the options of a profile's forecast category field mean (KPI 17). */
public enum ForecastCategory {
    COMMIT,
    BEST_CASE,
    PIPELINE,
    OMITTED;

    /** Stable key in JSON and storage: {@code commit}, {@code best-case}, {@code pipeline}, {@code omitted}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ForecastCategory> fromKey(String key) {
        for (ForecastCategory category : values()) {
            if (category.key().equals(key)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /**
     * The category an option means when the profile maps none: the option named like the category,
     * ignoring case, spaces and dashes ({@code Best Case}, {@code best-case}); else none.
     */
    public static Optional<ForecastCategory> byName(String option) {
        String plain = option.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        for (ForecastCategory category : values()) {
            if (category.name().toLowerCase(Locale.ROOT).replace("_", "").equals(plain)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
