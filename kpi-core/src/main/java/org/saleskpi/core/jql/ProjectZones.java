package org.saleskpi.core.jql;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The time zone a query's dates are read in for the issues of some projects, where it is not the query's own: the
 * issues a standalone server copied from a Jira site are read in that site's zone (the zone Jira reads the same
 * query in for them), so that {@code created >= "2026/03/29"} selects what the site would select. A project whose
 * issues came from sites in different zones is {@code mixed}: no one zone is right for it, and a query comparing
 * dates over it is refused rather than answered in a zone that is wrong for some of its issues.
 *
 * @param zones per project key, the zone its issues' dates are read in
 * @param mixed per project key whose issues came from sites in different zones, those zones' ids, sorted
 */
public record ProjectZones(Map<String, ZoneId> zones, Map<String, List<String>> mixed) {
    /** Every project's dates in the query's zone. */
    public static final ProjectZones NONE = new ProjectZones(Map.of(), Map.of());

    public ProjectZones {
        zones = Map.copyOf(zones);
        mixed = Map.copyOf(mixed);
    }

    /** Whether every project's dates are read in the query's zone. */
    public boolean none() {
        return zones.isEmpty() && mixed.isEmpty();
    }
}
