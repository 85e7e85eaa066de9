package org.saleskpi.core.user;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Port: looking people up by key or by a search text, for pickers and for rep names. */
public interface Directory {

    Optional<UserRef> find(String userKey);

    /** People whose name or key contains {@code text}, at most {@code limit} of them. */
    List<UserRef> search(String text, int limit);

    /**
     * The zone in which the host's search reads this person's date literals ({@code "2026-01-31"}), so a drill-down
     * written for them selects the days it means. Empty: the host's own clock zone, in which the standalone server
     * reads every search (this default). Jira reads JQL dates in the user's time zone.
     */
    default Optional<ZoneId> searchZone(UserRef person) {
        return Optional.empty();
    }
}
