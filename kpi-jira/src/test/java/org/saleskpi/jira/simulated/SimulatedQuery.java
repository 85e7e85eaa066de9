package org.saleskpi.jira.simulated;

import com.atlassian.query.Query;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A parsed query of the simulated Jira: its JQL text and what it selects. The rows one searcher may see are worked out
 * once per version of the issues and kept, so paging through a million issues 500 at a time does not scan them all for
 * every page (Jira's index answers each page from its postings; this stands in for that).
 */
final class SimulatedQuery implements Query {
    private final String jql;
    private final Predicate<StoredIssue> selects;
    private final Optional<Set<Long>> ids;
    private final Map<String, Matches> matches = new ConcurrentHashMap<>();

    SimulatedQuery(String jql, SimulatedJql.Selection selection) {
        this.jql = jql;
        this.selects = selection.selects();
        this.ids = selection.ids();
    }

    /** The only ids the query can select, when its JQL says so. */
    Optional<Set<Long>> ids() {
        return ids;
    }

    String jql() {
        return jql;
    }

    Predicate<StoredIssue> selects() {
        return selects;
    }

    /** The positions of the matching issues the searcher may see, if still current for {@code version}. */
    int[] cached(String searcher, long version) {
        Matches found = matches.get(searcher);
        return found != null && found.version == version ? found.positions : null;
    }

    void cache(String searcher, long version, int[] positions) {
        matches.put(searcher, new Matches(version, positions));
    }

    @Override
    public String toString() {
        return jql;
    }

    private record Matches(long version, int[] positions) {
    }
}
