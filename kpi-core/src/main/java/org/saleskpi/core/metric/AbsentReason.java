package org.saleskpi.core.metric;

import java.util.Locale;

/** Why a figure has no value. Each has an i18n key {@code saleskpi.absent.<key>}. */
public enum AbsentReason {
    /** Nothing matched: no won deal for a cycle length, no row for a mean. */
    NO_DATA,
    /** A ratio's denominator is zero (no sent emails, no closed deals, no customers at start). */
    ZERO_DENOMINATOR,
    /** Growth against a previous period whose value is zero or absent. */
    NO_PREVIOUS_VALUE,
    /** Attainment without a target or quota. */
    NO_TARGET,
    /** The profile does not configure what the figure needs (no cost types, no customer field). */
    NOT_CONFIGURED,
    /** A bucket that begins after today: nothing can have happened in it yet, so it is no zero. */
    NOT_YET,
    /** A target whose unit is not the figure's (a money quota against a win rate): not drawn, not compared. */
    TARGET_IN_OTHER_UNIT,
    /** The figure needs the issues' past and the host has none for them (a CSV import of a Jira export). */
    NO_HISTORY,
    /** Pipeline coverage once won deals already meet the target: nothing remains to cover. */
    TARGET_MET;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "saleskpi.absent." + key();
    }
}
