package org.saleskpi.jira.sync;

import com.atlassian.jira.issue.Issue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.jira.bridge.SystemSearch;
import org.saleskpi.jira.cache.CacheFeed;

/**
 * A node's cache for the sync's tests: {@link CacheFeed} as the contract describes it, over Jira's issues through
 * {@link SystemSearch}, held in the engine's shared {@link IssueIndex} (key, project, status, updated) with the id to
 * key map. reload checks the ids against the scope first, so an issue Jira lost or that left the scope goes. It
 * records every reload and remove, and can be made to fail.
 */
final class NodeCache implements CacheFeed {
    /** What the node answers for one issue. */
    record Held(String key, String status, Instant updated) {}

    private final SystemSearch jira;
    private final String scope;
    private final IssueIndex index = new IssueIndex();
    private final Map<Long, String> keys = new ConcurrentHashMap<>();
    final List<List<Long>> reloads = new ArrayList<>();
    final List<List<Long>> removes = new ArrayList<>();
    int rebuilds;
    int failingReloads;
    int failingRebuilds;
    /** Set by a test as an edited profile would; a rebuild clears it. */
    volatile boolean profilesEdited;

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
        Set<Long> inScope = new HashSet<>(jira.ids(JqlText.and(scope, SystemSearch.idIn(ids)), 0, ids.size()));
        drop(ids.stream().filter(id -> !inScope.contains(id)).toList());
        put(jira.issues(ids.stream().filter(inScope::contains).toList()));
    }

    @Override
    public synchronized void remove(Collection<Long> issueIds) {
        removes.add(issueIds.stream().sorted().toList());
        drop(issueIds);
    }

    @Override
    public synchronized Set<Long> ids() {
        return Set.copyOf(keys.keySet());
    }

    @Override
    public boolean scopeChanged() {
        return profilesEdited;
    }

    @Override
    public synchronized void rebuild() {
        if (failingRebuilds > 0) {
            failingRebuilds--;
            throw new IllegalStateException("Jira's search failed while building");
        }
        rebuilds++;
        profilesEdited = false;
        drop(List.copyOf(keys.keySet()));
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

    /** The issue as this node's index holds it, or null. */
    synchronized Held held(long id) {
        String key = keys.get(id);
        return key == null ? null : index.get(key).map(IndexedIssue::record)
                .map(record -> new Held(record.key(), record.status(), record.updated())).orElse(null);
    }

    private void put(List<Issue> issues) {
        List<IndexedIssue> rows = new ArrayList<>();
        for (Issue issue : issues) {
            keys.put(issue.getId(), issue.getKey());
            IssueRecord record = IssueRecord.builder(issue.getKey(), issue.getProjectObject().getKey()).type("Deal")
                    .status(issue.getStatus().getName(), StatusCategory.TO_DO)
                    .created(issue.getCreated().toInstant()).updated(issue.getUpdated().toInstant()).build();
            rows.add(new IndexedIssue(record, issue.getSummary(), "", Set.of()));
        }
        index.upsert(rows);
    }

    private void drop(Collection<Long> ids) {
        List<String> gone = ids.stream().map(keys::remove).filter(key -> key != null).toList();
        index.remove(gone);
    }
}
