package org.saleskpi.core.gadget;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an option holds, and so how the form draws it and the API reads it. The key is what
 * {@code GET /gadgets/types} serves.
 */
public enum OptionKind {
    /** JQL that narrows the profile's scope. */
    JQL("jql"),
    /** One KPI key, or {@code <kpi>.<figure>} for one of its figures. */
    FIGURE("figure"),
    /** Several figures, a repeated parameter (saved comma-separated). */
    FIGURES("figures"),
    /** A period key ({@code this-month}, {@code ytd}, {@code all}, ...). */
    PERIOD("period"),
    /** A bucket key ({@code week}, {@code month}, ...). */
    BUCKET("bucket"),
    /** {@code rep}, {@code assignee}, {@code customer}, {@code status}, {@code issuetype} or {@code field:<id>}. */
    GROUPING("grouping"),
    /** A whole number from {@code min} to {@code max}. */
    WHOLE("whole"),
    /** A decimal number, at least {@code min}. */
    DECIMAL("decimal"),
    /** One of {@code choices}. */
    CHOICE("choice"),
    /** true or false. */
    FLAG("flag"),
    /** A checkbox whose checked value is {@code quota}: each rep's quota as the target. */
    QUOTA("quota"),
    /** A number in the figure's unit, or {@code quota}. */
    TARGET("target"),
    /** A goal's id. */
    GOAL("goal"),
    /** The id of one target of the chosen goal. */
    GOAL_TARGET("goal-target"),
    /** The key of one of the chosen figures. */
    SORT("sort"),
    /** Comma-separated colours. */
    COLOURS("colours");

    private final String key;

    OptionKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<OptionKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
