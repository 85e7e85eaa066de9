package org.saleskpi.server.sync;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.issues.SyncedIssue;
import org.saleskpi.server.jira.IssuePage;
import org.saleskpi.server.jira.JiraCredentials;
import org.saleskpi.server.jira.JiraHttpSettings;
import org.saleskpi.server.jira.JiraReader;
import org.saleskpi.server.jira.JiraSite;
import org.saleskpi.server.jira.JiraUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a connection's issues with their histories and keeps them in step. A run is a full copy when the connection
 * has no watermark yet, else an incremental pass over {@code (<scope>) AND updated >= "<watermark - look-back>"},
 * the date written in the site's time zone as {@code /myself} gives it (JQL reads dates in the searching user's
 * zone: ADR 0023, 0037). After each full copy and every {@value #CENSUS_EVERY}th run, a census asks Jira for every
 * id of the scope, deletes the local issues it no longer returns (deleted, moved out of the scope, or no longer visible to the
 * connection) and copies any it returns that are missing. Every page is stored with the state in one transaction, so
 * a run stopped by a crash, a kill or an error resumes at the first page not stored, and a page read twice stores the
 * same rows.
 */
public final class JiraSync {
    /** Issues per page: Cloud's search and bulk fetch and Data Center's search with changelogs answer 100 at most. */
    static final int PAGE_SIZE = 100;
    /** A census every 12th run: an hour at the default interval of 5 minutes. */
    static final int CENSUS_EVERY = 12;
    /** Ids per {@code id in (..)} query when a census finds issues missing locally. */
    private static final int IDS_PER_QUERY = 100;
    private static final Logger LOG = LoggerFactory.getLogger(JiraSync.class);

    private final IssueStore store;
    private final SyncPeople people;
    private final SyncConnections connections;
    private final Clock clock;
    private final Function<JiraSite, JiraReader> readers;
    private final int censusEvery;
    private final int pageSize;
    private final SyncStates states;
    private final SiteZones zones;
    private final Map<Long, ReentrantLock> running = new ConcurrentHashMap<>();

    public JiraSync(IssueStore store, SyncPeople people, SyncConnections connections, Clock clock,
            JiraHttpSettings http) {
        this(store, people, connections, clock, http, new SiteZones(store));
    }

    /** Recording each site's zone and projects in {@code zones}, which the server's JQL reads dates by. */
    public JiraSync(IssueStore store, SyncPeople people, SyncConnections connections, Clock clock,
            JiraHttpSettings http, SiteZones zones) {
        this(store, people, connections, clock, site -> JiraReader.open(site, http), CENSUS_EVERY, PAGE_SIZE, zones);
    }

    /** With another way to open readers, census frequency and page size (tests and the bench). */
    JiraSync(IssueStore store, SyncPeople people, SyncConnections connections, Clock clock,
            Function<JiraSite, JiraReader> readers, int censusEvery, int pageSize) {
        this(store, people, connections, clock, readers, censusEvery, pageSize, new SiteZones(store));
    }

    private JiraSync(IssueStore store, SyncPeople people, SyncConnections connections, Clock clock,
            Function<JiraSite, JiraReader> readers, int censusEvery, int pageSize, SiteZones zones) {
        this.store = Objects.requireNonNull(store, "store");
        this.people = Objects.requireNonNull(people, "people");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.readers = Objects.requireNonNull(readers, "readers");
        if (censusEvery < 1 || pageSize < 1) {
            throw new IllegalArgumentException("censusEvery and pageSize must be at least 1");
        }
        this.censusEvery = censusEvery;
        this.pageSize = pageSize;
        this.states = new SyncStates(store);
        states.createSchema();
        this.zones = Objects.requireNonNull(zones, "zones");
        zones.createSchema();
    }

    /**
     * Runs the connection's sync once: resumes a pass a crash or an error left, or starts the pass that is due, then
     * the census when due. When a run of the connection is under way already, returns its status without starting
     * another. An error ends the run and is kept in the status (without any secret); what was stored stays.
     *
     * @throws IllegalArgumentException when there is no such connection
     */
    public SyncStatus runOnce(long connectionId) {
        SyncSettings settings = connections.get(connectionId).orElseThrow(() -> new IllegalArgumentException(
                "there is no connection " + connectionId));
        ReentrantLock lock = running.computeIfAbsent(connectionId, id -> new ReentrantLock());
        if (!lock.tryLock()) {
            return status(connectionId);
        }
        try {
            SyncState state = states.load(connectionId);
            try {
                state = run(settings, state);
            } catch (RuntimeException e) {
                String error = redacted(describe(e), settings.site().credentials());
                LOG.warn("The sync of connection {} stopped: {}", connectionId, error);
                state = states.load(connectionId).failed(error, clock.instant());
                states.save(state);
            }
            return state.status();
        } finally {
            lock.unlock();
        }
    }

    /** The connection's progress as last committed. */
    public SyncStatus status(long connectionId) {
        return states.load(connectionId).status();
    }

    /** Whether a run of the connection is under way in this server. */
    public boolean running(long connectionId) {
        ReentrantLock lock = running.get(connectionId);
        return lock != null && lock.isLocked();
    }

    /** Forgets the connection's sync state, for a connection that was removed (its issues are the caller's). */
    public void forget(long connectionId) {
        states.delete(connectionId);
        zones.forget(connectionId);
    }

    private SyncState run(SyncSettings settings, SyncState before) {
        JiraReader reader = readers.apply(settings.site());
        ZoneId zone = zoneOf(reader.myself());
        // The server's JQL reads the dates of this site's issues in the zone the site reads them in.
        zones.record(settings.connectionId(), zone);
        SyncFields fields = SyncFields.resolve(settings.fieldNames(), reader.fields(), store);
        JiraIssueMapper mapper = new JiraIssueMapper(fields, people, zone);
        SyncState state = before;
        if (!state.passUnderWay() && state.phase() != SyncPhase.CENSUS) {
            boolean full = state.watermark().isEmpty();
            String jql = full ? settings.jql() : incremental(settings, state.watermark().get(), zone);
            // Cloud's search tells no total: for a full copy the id-only count gives the ETA its size.
            Optional<Long> size = full ? Optional.of((long) reader.ids(settings.jql()).size()) : Optional.empty();
            state = state.startPass(full ? SyncPhase.FULL : SyncPhase.INCREMENTAL, jql, size, clock.instant());
            states.save(state);
        }
        if (state.passUnderWay()) {
            state = pass(settings, reader, fields, mapper, state);
        }
        if (state.phase() == SyncPhase.CENSUS) {
            census(settings, reader, fields, mapper, state);
        }
        SyncState done = state.runDone(clock.instant());
        states.save(done);
        return done;
    }

    /** Reads the pass's pages from its cursor to its end, each stored with the state in one transaction. */
    private SyncState pass(SyncSettings settings, JiraReader reader, SyncFields fields, JiraIssueMapper mapper,
            SyncState from) {
        SyncState state = from;
        boolean full = state.phase() == SyncPhase.FULL;
        long resumedAt = System.nanoTime();
        long issuesAtResume = state.issues();
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("the server is stopping");
            }
            IssuePage page = reader.page(state.passJql().orElseThrow(), fields.jiraIds(), state.cursor().orElse(null),
                    pageSize);
            List<SyncedIssue> synced = page.issues().stream().map(mapper::map).toList();
            int changes = synced.stream().mapToInt(issue -> issue.history().changes().size()).sum();
            Optional<Instant> newest = synced.stream().map(issue -> issue.issue().record().updated())
                    .max(Instant::compareTo);
            double seconds = Math.max(1e-3, (System.nanoTime() - resumedAt) / 1e9);
            double rate = (state.issues() + synced.size() - issuesAtResume) / seconds;
            boolean last = page.last() || page.nextCursor() == null;
            SyncState next = state.afterPage(Optional.ofNullable(page.nextCursor()), synced.size(), changes, newest,
                    rate);
            if (last) {
                next = next.passDone(full || (state.runs() + 1) % censusEvery == 0);
            }
            apply(settings.connectionId(), synced, states.checkpoint(next));
            state = next;
            if (last) {
                LOG.info("Sync of connection {}: {} pass copied {} issues with {} changes in {} pages ({} issues/s)",
                        settings.connectionId(), full ? "full" : "incremental", state.issues(), state.changes(),
                        state.pages(), Math.round(rate));
                return state;
            }
        }
    }

    /**
     * Deletes the connection's local issues whose ids Jira no longer returns for the scope, and copies those it
     * returns that are not held (a page lost to issues shifting while paging, or access given back).
     */
    private void census(SyncSettings settings, JiraReader reader, SyncFields fields, JiraIssueMapper mapper,
            SyncState state) {
        Set<String> ids = reader.ids(settings.jql());
        Map<String, String> held = store.jiraIds(settings.connectionId());
        List<String> gone = held.entrySet().stream().filter(entry -> !ids.contains(entry.getKey()))
                .map(Map.Entry::getValue).toList();
        int deleted = store.deleteIssues(gone);
        List<String> missing = new ArrayList<>(ids);
        missing.removeAll(held.keySet());
        missing.sort(null);
        Set<String> copied = new HashSet<>();
        for (int from = 0; from < missing.size(); from += IDS_PER_QUERY) {
            String jql = "id in (" + String.join(", ", missing.subList(from,
                    Math.min(missing.size(), from + IDS_PER_QUERY))) + ")";
            String cursor = null;
            do {
                IssuePage page = reader.page(jql, fields.jiraIds(), cursor, pageSize);
                List<SyncedIssue> synced = page.issues().stream().map(mapper::map).toList();
                apply(settings.connectionId(), synced, states.checkpoint(state));
                synced.forEach(issue -> copied.add(issue.jiraId()));
                cursor = page.last() ? null : page.nextCursor();
            } while (cursor != null);
        }
        LOG.info("Sync census of connection {}: Jira returns {} issues; {} deleted locally, {} copied",
                settings.connectionId(), ids.size(), deleted, copied.size());
    }

    /** Stores a page with the checkpoint and the projects of its issues, in one transaction. */
    private void apply(long connectionId, List<SyncedIssue> page, IssueStore.InTransaction checkpoint) {
        Set<String> projects = new HashSet<>();
        page.forEach(issue -> projects.add(issue.issue().record().project()));
        AtomicBoolean added = new AtomicBoolean();
        IssueStore.InTransaction recordProjects = zones.projects(connectionId, projects, added);
        store.applySyncPage(connectionId, page, connection -> {
            checkpoint.run(connection);
            recordProjects.run(connection);
        });
        if (added.get()) {
            zones.projectsAdded();
        }
    }

    /** The scope narrowed to what changed since the watermark less the look-back, in the site's zone. */
    static String incremental(SyncSettings settings, Instant watermark, ZoneId siteZone) {
        String since = "updated >= \"" + JiraTime.jql(watermark.minus(settings.lookBack()), siteZone) + "\"";
        return settings.jql().isBlank() ? since : "(" + settings.jql() + ") AND " + since;
    }

    /** The zone JQL dates are read in: the connection user's, as {@code /myself} tells it; UTC when it tells none. */
    private static ZoneId zoneOf(JiraUser myself) {
        try {
            return myself.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(myself.timeZone());
        } catch (DateTimeException e) {
            LOG.warn("Jira named an unknown time zone for the connection's user; JQL dates are written in UTC");
            return ZoneId.of("UTC");
        }
    }

    private static String describe(RuntimeException e) {
        // A reader's error names the status and the endpoint already, and never holds a secret.
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The text with the connection's secret (and the header carrying it) blotted out, should any part hold it. */
    static String redacted(String text, JiraCredentials credentials) {
        String clean = text;
        String secret = credentials instanceof JiraCredentials.Basic basic ? basic.apiToken()
                : ((JiraCredentials.Bearer) credentials).personalAccessToken();
        String header = credentials.authorization();
        for (String hidden : List.of(header, header.substring(header.indexOf(' ') + 1), secret)) {
            if (!hidden.isBlank()) {
                clean = clean.replace(hidden, "***");
            }
        }
        return clean;
    }
}
