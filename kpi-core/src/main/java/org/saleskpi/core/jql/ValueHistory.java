package org.saleskpi.core.jql;

import java.util.Set;

/**
 * Port: the host's recorded changes of a field, as JQL's WAS operators ask them. Every value an issue had
 * before its current one is the "from" of some change, so "had v at some time" is "holds v now, or has a
 * change from or to v" (the current value comes from the index; this port gives the rest). The standalone
 * server answers from its issue store's changes.
 */
@FunctionalInterface
public interface ValueHistory {

    /**
     * The keys of the issues with a recorded change of {@code fieldId} ({@code status}, {@code assignee}, ...)
     * from or to one of {@code values}, ignoring case, or, when {@code empty}, from or to no value. Values are
     * as history records them: names, user keys.
     */
    Set<String> keysThatHad(String fieldId, Set<String> values, boolean empty);

    /**
     * Whether the changes of {@code fieldId} are recorded at all (the default: every history field is); a WAS clause
     * on a field that is not is refused as on a host without history.
     */
    default boolean records(String fieldId) {
        return true;
    }
}
