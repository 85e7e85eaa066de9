package org.saleskpi.jira.cache;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.jira.JiraIssueHistories;
import org.saleskpi.jira.JiraIssueValues;
import org.saleskpi.jira.bridge.SystemSearch;

/**
 * The node's issue cache (ADR 0028): every issue of the union of the KPI profiles' scopes, read through
 * {@link SystemSearch} without any viewer's permissions, held in the engine's columns with each issue's project and
 * issue security level, so that every read can filter by the viewer ({@code CachedIssueSource}). {@link #rebuild}
 * fills it page by page on the caller's thread (Jira's scheduler) with its progress in {@link #status}; events, the
 * updated-since poll and the id census keep it in step through {@link #reload} and {@link #remove}.
 */
public final class JiraIssueCache implements CacheFeed, CacheStatusSource {
    /** Issues per search while building: the viewer's page size, far below any search window. */
    public static final int PAGE = 500;
    /** The node name of a Jira without a cluster. */
    public static final String SINGLE_NODE = "single";

    private final SystemSearch search;
    private final CacheRows rows;
    /** The admins' settings and the profiles' scope as every query asks them: read again at most every 10 s. */
    private final Refreshed<CacheSettings> latestSettings;
    private final Refreshed<CacheScope> latestScope;
    private final String node;
    private final Clock clock;

    /** One build at a time; a rebuild asked for while one runs returns at once. */
    private final ReentrantLock building = new ReentrantLock();
    /** Reloads, removals and the swap of a finished build never interleave. */
    private final Object writes = new Object();
    private volatile CacheRows.Generation current;
    private volatile CacheRows.Generation next;
    /** Ids changed while a build reads: replayed on the new rows before they serve. */
    private final Set<Long> changedWhileBuilding = new HashSet<>();
    private volatile long read;
    private volatile long total;
    private volatile boolean tooBig;
    private volatile Instant lastSync;
    private volatile String lastError;
    private final AtomicLong fallbacks = new AtomicLong();

    /** The constructor the plugin's Spring context calls (the scanner index lists this class). */
    @Inject
    public JiraIssueCache(SystemSearch search, CustomFieldManager customFields, JiraIssueHistories histories,
            WatchedKpiProfiles profiles, CacheSettingsStore settings) {
        this(search, customFields, histories, profiles::all, profiles::writes, settings, SINGLE_NODE,
                Clock.systemUTC(), ZoneId.systemDefault());
    }

    /** A cache whose profiles change only on other nodes: a change shows at the poll or within 10 s. */
    public JiraIssueCache(SystemSearch search, CustomFieldManager customFields, JiraIssueHistories histories,
            Supplier<? extends Collection<KpiProfile>> profiles, CacheSettingsStore settings, String node,
            Clock clock, ZoneId jiraZone) {
        this(search, customFields, histories, profiles, () -> 0L, settings, node, clock, jiraZone);
    }

    /**
     * @param profiles the KPI profiles now, asked at every build and poll, and by queries at most every 10 s
     * @param profileWrites moves after each profile write on this node: queries then see the new scope at once
     * @param node this cluster node's id, as the admin page shows it
     * @param jiraZone Jira's own time zone: Date fields hold its midnight, and Date Time fields are held as its days
     */
    public JiraIssueCache(SystemSearch search, CustomFieldManager customFields, JiraIssueHistories histories,
            Supplier<? extends Collection<KpiProfile>> profiles, LongSupplier profileWrites,
            CacheSettingsStore settings, String node, Clock clock, ZoneId jiraZone) {
        this.search = Objects.requireNonNull(search, "search");
        this.rows = new CacheRows(customFields, histories, new JiraIssueValues(jiraZone), jiraZone);
        Objects.requireNonNull(profiles, "profiles");
        this.latestSettings = new Refreshed<>(Objects.requireNonNull(settings, "settings")::get, clock);
        this.latestScope = new Refreshed<>(() -> CacheScope.of(profiles.get()), profileWrites, clock);
        this.node = Objects.requireNonNull(node, "node");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CacheStatus status() {
        CacheRows.Generation held = current;
        CacheStatus.Phase phase;
        int percent;
        if (!latestSettings.get().enabled()) {
            phase = CacheStatus.Phase.OFF;
            percent = 0;
        } else if (tooBig) {
            phase = CacheStatus.Phase.TOO_BIG;
            percent = 0;
        } else if (held == null) {
            phase = CacheStatus.Phase.WARMING;
            percent = percent();
        } else {
            phase = CacheStatus.Phase.READY;
            percent = 100;
        }
        return new CacheStatus(node, phase, percent, held == null ? 0 : held.size(), held == null ? 0 : held.changes(),
                held == null ? 0 : held.bytes(), Optional.ofNullable(lastSync), fallbacks.get(),
                Optional.ofNullable(lastError));
    }

    /** Of the first fill, 0 to 99: 100 is only ever READY. */
    private int percent() {
        long all = total;
        return all <= 0 ? 0 : (int) Math.min(99, read * 100 / all);
    }

    @Override
    public Optional<String> scopeJql() {
        return latestScope.reread().jql();
    }

    @Override
    public void rebuild() {
        if (!building.tryLock()) {
            return;
        }
        try {
            CacheSettings now = latestSettings.reread();
            if (!now.enabled()) {
                // The kill switch: hold nothing, so the memory goes back to Jira.
                drop(false);
                return;
            }
            build(latestScope.reread(), now.maxIssues());
        } catch (RuntimeException e) {
            lastError = "The cache could not be built: " + e.getMessage();
            throw e;
        } finally {
            next = null;
            building.unlock();
        }
    }

    private void build(CacheScope scope, long maxIssues) {
        CacheRows.Generation fresh = rows.generation(scope);
        read = 0;
        total = scope.jql().map(search::count).orElse(0L);
        if (total > maxIssues) {
            lastError = "The profiles' scopes hold " + total + " issues, more than the " + maxIssues
                    + " the cache may hold: gadgets search Jira instead.";
            drop(true);
            return;
        }
        synchronized (writes) {
            changedWhileBuilding.clear();
            next = fresh;
        }
        if (scope.jql().isPresent()) {
            String jql = scope.jql().get();
            for (int start = 0;; start += PAGE) {
                List<Long> ids = search.ids(jql, start, PAGE);
                fresh.put(search.issues(ids));
                read += ids.size();
                if (ids.size() < PAGE) {
                    break;
                }
            }
        }
        Set<Long> replay;
        synchronized (writes) {
            replay = new HashSet<>(changedWhileBuilding);
            changedWhileBuilding.clear();
            next = null;
            current = fresh;
            tooBig = false;
        }
        lastSync = clock.instant();
        lastError = null;
        // What changed while the pages were read may be missing or stale in them.
        reload(replay);
    }

    private void drop(boolean overMaximum) {
        synchronized (writes) {
            current = null;
            tooBig = overMaximum;
            read = 0;
        }
    }

    @Override
    public void reload(Collection<Long> issueIds) {
        if (issueIds.isEmpty() || !latestSettings.get().enabled()) {
            return;
        }
        remember(issueIds);
        CacheRows.Generation held = current;
        Optional<String> scope = held == null ? Optional.empty() : held.scope().jql();
        if (held == null || scope.isEmpty()) {
            return;
        }
        List<Long> asked = List.copyOf(new HashSet<>(issueIds));
        Set<Long> inScope = new HashSet<>();
        for (int from = 0; from < asked.size(); from += PAGE) {
            List<Long> batch = asked.subList(from, Math.min(asked.size(), from + PAGE));
            inScope.addAll(search.ids(JqlText.and(scope.get(), SystemSearch.idIn(batch)), 0, batch.size()));
        }
        List<Issue> issues = search.issues(asked.stream().filter(inScope::contains).toList());
        Set<Long> gone = new HashSet<>(asked);
        gone.removeAll(inScope);
        synchronized (writes) {
            if (current == held) {
                held.put(issues);
                held.remove(gone);
            }
        }
        lastSync = clock.instant();
    }

    @Override
    public void remove(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return;
        }
        remember(issueIds);
        synchronized (writes) {
            CacheRows.Generation held = current;
            if (held != null) {
                held.remove(issueIds);
            }
        }
    }

    /** While a build reads, what changes is replayed on its rows before they serve. */
    private void remember(Collection<Long> issueIds) {
        synchronized (writes) {
            if (next != null) {
                changedWhileBuilding.addAll(issueIds);
            }
        }
    }

    @Override
    public Set<Long> ids() {
        CacheRows.Generation held = current;
        return held == null ? Set.of() : held.ids();
    }

    @Override
    public boolean scopeChanged() {
        CacheRows.Generation held = current;
        return held != null && !held.scope().equals(latestScope.reread());
    }

    /**
     * The rows that answer now, when the cache is on, filled, and built for the profiles as they are: rows built for
     * other scopes or fields would miss issues a new or edited profile reads, so Jira's search answers until the next
     * poll has rebuilt them (a rebuild replaces them whole when it ends). Asked by every query, it reads neither the
     * settings nor the profiles from Jira: their last reads serve for 10 s, and a profile written on this node is
     * seen at once.
     */
    Optional<CacheRows.Generation> rows() {
        CacheRows.Generation held = current;
        return held == null || tooBig || !latestSettings.get().enabled() || !held.scope().equals(latestScope.get())
                ? Optional.empty() : Optional.of(held);
    }

    /** Counts a query answered by Jira's search because the cache could not ({@link CacheStatus#fallbacks}). */
    public void countFallback() {
        fallbacks.incrementAndGet();
    }
}
