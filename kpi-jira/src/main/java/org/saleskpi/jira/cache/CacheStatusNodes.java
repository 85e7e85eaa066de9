package org.saleskpi.jira.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every node's issue cache as the admin page lists it: this node from memory, the others from their last report on
 * the {@link CacheStatusBoard}, each with how far it can be trusted ({@link State}). A Jira without a cluster lists
 * its one node only.
 */
public final class CacheStatusNodes {
    /** Poll intervals without a report after which a node shows as not reporting. */
    public static final int STALE_POLLS = 3;

    private final CacheStatusPublisher self;
    private final CacheStatusBoard board;
    private final ClusterNodes cluster;
    private final CacheSettingsStore settings;
    private final Clock clock;

    public CacheStatusNodes(CacheStatusPublisher self, CacheStatusBoard board, ClusterNodes cluster,
            CacheSettingsStore settings, Clock clock) {
        this.self = Objects.requireNonNull(self, "self");
        this.board = Objects.requireNonNull(board, "board");
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How far a node's row can be trusted. */
    public enum State {
        /** The node that answers the page: its cache as it is now. */
        THIS,
        /** Published within {@link #STALE_POLLS} poll intervals. */
        REPORTING,
        /** Alive as far as Jira tells, but silent for longer: its poll or its app may be stuck. */
        NOT_REPORTING,
        /** No longer among Jira's live nodes; it leaves the list a day after its last report. */
        OFFLINE,
        /** Its stored report cannot be read; the node's next report replaces it. */
        UNREADABLE;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One row of the page.
     *
     * @param node the node's id (empty: a Jira without a cluster)
     * @param state how far the row can be trusted
     * @param report what the node last published (empty only when {@link State#UNREADABLE})
     */
    public record Row(Optional<String> node, State state, Optional<CacheStatusReport> report) {
    }

    /** How long a node may stay silent before it shows as not reporting. */
    public Duration staleAfter() {
        return Duration.ofSeconds((long) STALE_POLLS * settings.get().pollSeconds());
    }

    /** This node's row: its cache now. */
    public Row thisNode() {
        CacheStatusReport now = self.report();
        return new Row(now.node(), State.THIS, Optional.of(now));
    }

    /** This node first, then the others by id; nodes long gone (see {@link CacheStatusPublisher#FORGET_AFTER}) are left out. */
    public List<Row> rows() {
        Row mine = thisNode();
        List<Row> rows = new ArrayList<>();
        rows.add(mine);
        if (mine.node().isEmpty()) {
            // Without a cluster there is no other node; reports of an earlier cluster age off the board.
            return rows;
        }
        Optional<Set<String>> live = cluster.liveNodes();
        Instant now = clock.instant();
        Instant stale = now.minus(staleAfter());
        Instant gone = now.minus(CacheStatusPublisher.FORGET_AFTER);
        List<Row> others = new ArrayList<>();
        for (CacheStatusBoard.Entry entry : board.read()) {
            if (entry.node().isEmpty() || entry.node().equals(mine.node())) {
                continue;
            }
            boolean left = live.map(ids -> !ids.contains(entry.node().get())).orElse(false);
            if (entry.report().isEmpty()) {
                others.add(new Row(entry.node(), State.UNREADABLE, Optional.empty()));
                continue;
            }
            Instant published = entry.report().get().published();
            if (published.isBefore(gone) && (left || live.isEmpty())) {
                continue;
            }
            State state = left ? State.OFFLINE : published.isBefore(stale) ? State.NOT_REPORTING : State.REPORTING;
            others.add(new Row(entry.node(), state, entry.report()));
        }
        others.sort(Comparator.comparing(row -> row.node().orElse("")));
        rows.addAll(others);
        return rows;
    }
}
