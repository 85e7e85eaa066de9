package org.saleskpi.jira.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.jira.bridge.SystemSearch;
import org.saleskpi.jira.cache.CacheFeed;
import org.saleskpi.jira.cache.CacheSettings;
import org.saleskpi.jira.cache.CacheSettingsStore;

/**
 * Keeps this node's issue cache in step with Jira: the first build, issue events of this node, the updated-since poll
 * that brings what other nodes, bulk edits, imports and scripts changed, and the id census that finds deletions made
 * elsewhere. One per node and plugin start (a bean of the plugin's context, nothing static): each node has its own
 * cache and its own watermark, the instant up to which its cache is known to hold what Jira held.
 */
public final class CacheSync {
    /** Read again before the watermark: nodes' clocks differ, and a commit can land after the poll that missed it. */
    public static final Duration LOOK_BACK = Duration.ofMinutes(2);
    static final int PAGE = 1000;
    /** Ids per {@code id in (...)} check of the census; keeps each JQL text short. */
    static final int CHECK = 500;

    private final CacheFeed feed;
    private final SystemSearch search;
    private final CacheSettingsStore settings;
    private final Clock clock;
    private final Supplier<ZoneId> jiraZone;
    /** Empty until the first build has read the scope (and again after the kill switch). */
    private final AtomicReference<Instant> watermark = new AtomicReference<>();
    private final AtomicBoolean building = new AtomicBoolean();
    /** The admins' maximum the last build ran under: a cache too big for it may fit a new one, and must be read. */
    private final AtomicLong builtUnder = new AtomicLong(-1);
    /** Issues another node moved: read again by the next poll too, since the move left no trace it could find. */
    private final Set<Long> recheckAtPoll = ConcurrentHashMap.newKeySet();

    public CacheSync(CacheFeed feed, SystemSearch search, CacheSettingsStore settings, Clock clock,
            Supplier<ZoneId> jiraZone) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.search = Objects.requireNonNull(search, "search");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jiraZone = Objects.requireNonNull(jiraZone, "jiraZone");
    }

    public Optional<Instant> watermark() {
        return Optional.ofNullable(watermark.get());
    }

    /**
     * Reads the whole scope into the cache, unless the kill switch is on or a build is already running. The watermark
     * becomes the build's start: what changes while it reads is read again by the next poll.
     *
     * @return whether this call built the cache
     */
    public boolean build() {
        CacheSettings now = settings.get();
        if (!now.enabled()) {
            watermark.set(null);
            return false;
        }
        if (!building.compareAndSet(false, true)) {
            return false;
        }
        try {
            Instant start = clock.instant();
            feed.rebuild();
            builtUnder.set(now.maxIssues());
            watermark.set(start);
            return true;
        } finally {
            building.set(false);
        }
    }

    /**
     * Reloads the issues of the scope updated since the watermark less the look-back, and only then moves the
     * watermark to this poll's start; a failed search or reload leaves it where it was, so the next poll reads the
     * same window again. It builds instead before the first build, after a failed one, after the kill switch was
     * lifted, when the admins changed the cache's maximum (a cache that was too big may fit now), and when the KPI
     * profiles ask for other issues or fields than the cache holds.
     *
     * @return what the poll did
     */
    public Poll poll() {
        CacheSettings now = settings.get();
        if (!now.enabled()) {
            watermark.set(null);
            return Poll.OFF;
        }
        Instant since = watermark.get();
        if (since == null || now.maxIssues() != builtUnder.get() || feed.scopeChanged()) {
            return build() ? Poll.BUILT : Poll.WAITING;
        }
        Instant start = clock.instant();
        Optional<String> scope = feed.scopeJql();
        int reloaded = 0;
        Set<Long> rechecks = Set.copyOf(recheckAtPoll);
        if (scope.isPresent()) {
            long[] ids = allIds(new UpdatedSince(scope.get(), since, LOOK_BACK).jql(jiraZone.get()));
            Set<Long> read = new TreeSet<>(rechecks);
            Arrays.stream(ids).forEach(read::add);
            if (!read.isEmpty()) {
                feed.reload(List.copyOf(read));
            }
            reloaded = read.size();
        }
        recheckAtPoll.removeAll(rechecks);
        // Not over a build or the kill switch that moved it meanwhile.
        watermark.compareAndSet(since, start);
        return new Poll(Poll.Step.READ, reloaded);
    }

    /**
     * Compares the ids the cache holds with the ids of the scope and removes those Jira no longer has there (deleted,
     * or moved out of the scope, on any node). An id missing from the paged read is checked once more by id before it
     * goes: a deletion between two pages shifts the pages, and a live issue must not be dropped for it.
     *
     * @return how many issues it removed
     */
    public int census() {
        if (watermark.get() == null) {
            return 0;
        }
        Optional<String> scope = feed.scopeJql();
        Set<Long> held = feed.ids();
        if (scope.isEmpty()) {
            feed.remove(held);
            return held.size();
        }
        long[] inScope = allIds(scope.get());
        List<Long> missing = held.stream().filter(id -> Arrays.binarySearch(inScope, id) < 0).sorted().toList();
        List<Long> gone = new ArrayList<>();
        for (int from = 0; from < missing.size(); from += CHECK) {
            List<Long> chunk = missing.subList(from, Math.min(missing.size(), from + CHECK));
            Set<Long> still = Set.copyOf(search.ids(JqlText.and(scope.get(), SystemSearch.idIn(chunk)), 0,
                    chunk.size()));
            chunk.stream().filter(id -> !still.contains(id)).forEach(gone::add);
        }
        if (!gone.isEmpty()) {
            feed.remove(gone);
        }
        return gone.size();
    }

    /** An issue created, edited, moved or transitioned on this node: its row is read again now. */
    public void changed(long issueId) {
        if (watermark.get() != null) {
            feed.reload(List.of(issueId));
        }
    }

    /** An issue deleted on this node: its row goes now. */
    public void deleted(long issueId) {
        deleted(List.of(issueId));
    }

    /**
     * Issues deleted, here or on another node (a cluster message): their rows go now, without asking Jira, whose index
     * on this node may not have the deletion yet.
     */
    public void deleted(Collection<Long> issueIds) {
        if (watermark.get() != null && !issueIds.isEmpty()) {
            feed.remove(issueIds);
        }
    }

    /**
     * Issues another node moved to another project or key (a cluster message): read again now, which drops those that
     * left the scope, and once more at the next poll. An issue moved out of the scope no longer matches the poll's
     * search, and this node's copy of Jira's index may take a moment to show the move (UNVERIFIED how long), so a
     * single read now could still find it where it was.
     */
    public void recheck(Collection<Long> issueIds) {
        if (watermark.get() != null && !issueIds.isEmpty()) {
            recheckAtPoll.addAll(issueIds);
            feed.reload(List.copyOf(issueIds));
        }
    }

    /** Every id {@code jql} matches, paged in SystemSearch's stable order, sorted for look-ups. */
    private long[] allIds(String jql) {
        long[] ids = new long[PAGE];
        int count = 0;
        while (true) {
            List<Long> page = search.ids(jql, count, PAGE);
            if (count + page.size() > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(ids.length * 2, count + page.size()));
            }
            for (Long id : page) {
                ids[count++] = id;
            }
            if (page.size() < PAGE) {
                long[] all = Arrays.copyOf(ids, count);
                Arrays.sort(all);
                return all;
            }
        }
    }

    /**
     * What one poll did.
     *
     * @param step whether it read the window, built the cache, found the kill switch on or another build running
     * @param reloaded issues read again (0 unless {@code step} is {@link Step#READ})
     */
    public record Poll(Step step, int reloaded) {
        public enum Step { READ, BUILT, OFF, WAITING }

        static final Poll OFF = new Poll(Step.OFF, 0);
        static final Poll BUILT = new Poll(Step.BUILT, 0);
        static final Poll WAITING = new Poll(Step.WAITING, 0);
    }
}
