package org.saleskpi.jira.sync;

import com.atlassian.jira.issue.Issue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.saleskpi.jira.bridge.SystemSearch;
import org.saleskpi.jira.cache.CacheFeed;

/**
 * A node's cache for the sync's tests: {@link CacheFeed} as the contract describes it, over {@link SystemSearch},
 * holding per issue what the tests look at (status, updated). reload checks the ids against the scope first, so an
 * issue Jira lost or that left the scope goes. It records every reload and remove, and can be made to fail.
 */
final class NodeCache implements CacheFeed {
    /** What the node answers for one issue. */
    record Held(String key, String status, Instant updated) {}

    private final SystemSearch jira;
    private final String scope;
    private final Map<Long, Held> rows = new TreeMap<>();
    final List<List<Long>> reloads = new ArrayList<>();
    final List<List<Long>> removes = new ArrayList<>();
    int rebuilds;
    int failingReloads;

    NodeCache(SystemSearch jira, String scope) {
        this.jira = jira;
        this.scope = scope;
    }

    @Override
    public Optional<String> scopeJql() {
        return Optional.ofNullable(scope);
    }

    @Override
    public synchronized void reload(Collection<Long> issueIds) {
        List<Long> ids = issueIds.stream().sorted().toList();
        if (failingReloads > 0) {
            failingReloads--;
            throw new IllegalStateException("Jira's search failed");
        }
        reloads.add(ids);
        Set<Long> inScope = Set.copyOf(jira.ids("(" + scope + ") AND issue in ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")", 0, ids.size()));
        ids.stream().filter(id -> !inScope.contains(id)).forEach(rows::remove);
        put(jira.issues(List.copyOf(inScope)));
    }

    @Override
    public synchronized void remove(Collection<Long> issueIds) {
        removes.add(issueIds.stream().sorted().toList());
        issueIds.forEach(rows::remove);
    }

    @Override
    public synchronized Set<Long> ids() {
        return Set.copyOf(rows.keySet());
    }

    @Override
    public synchronized void rebuild() {
        rebuilds++;
        rows.clear();
        if (scope == null) {
            return;
        }
        for (int start = 0; ; start += 100) {
            List<Long> page = jira.ids(scope, start, 100);
            put(jira.issues(page));
            if (page.size() < 100) {
                return;
            }
        }
    }

    synchronized Held held(long id) {
        return rows.get(id);
    }

    private void put(List<Issue> issues) {
        for (Issue issue : issues) {
            rows.put(issue.getId(), new Held(issue.getKey(), issue.getStatus().getName(),
                    issue.getUpdated().toInstant()));
        }
    }
}
