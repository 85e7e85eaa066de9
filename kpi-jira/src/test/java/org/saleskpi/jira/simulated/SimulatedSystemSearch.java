package org.saleskpi.jira.simulated;

import com.atlassian.jira.issue.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.saleskpi.jira.bridge.SystemSearch;

/**
 * The cache's unrestricted search ({@link SystemSearch}) straight over the simulated Jira's issues, every issue
 * whoever its project or level, for the sync's tests: they check the JQL the cache and its sync write, so each text
 * is recorded exactly as sent, without the bridge's {@code ORDER BY id} and its "id in" search per 500 ids
 * ({@code SearchServiceSystemSearch}, which the bench runs over {@link SimulatedJira#searchService()}). Ids come in
 * id order; each id read gives a new issue object, as a search result would.
 */
public final class SimulatedSystemSearch implements SystemSearch {
    private final SimulatedJira jira;
    private final List<String> searches = new CopyOnWriteArrayList<>();

    SimulatedSystemSearch(SimulatedJira jira) {
        this.jira = jira;
    }

    /** Every JQL searched or counted so far, in order (reading issues by id is not a search here). */
    public List<String> searches() {
        return List.copyOf(searches);
    }

    @Override
    public List<Long> ids(String jql, int start, int max) {
        int[] positions = select(jql);
        List<Long> ids = new ArrayList<>();
        for (int i = Math.max(0, start); i < positions.length && i - start < max; i++) {
            ids.add(SimulatedJira.FIRST_ID + positions[i]);
        }
        return ids;
    }

    @Override
    public List<Issue> issues(List<Long> ids) {
        List<Issue> found = new ArrayList<>();
        for (Long id : ids) {
            StoredIssue stored = jira.stored(id);
            if (stored != null) {
                found.add(new SimulatedIssue(stored, jira));
            }
        }
        return found;
    }

    @Override
    public long count(String jql) {
        return select(jql).length;
    }

    private int[] select(String jql) {
        searches.add(jql);
        return jira.select(new SimulatedQuery(jql, SimulatedJql.read(jql, jira.zone(), jira.clock())), null);
    }
}
