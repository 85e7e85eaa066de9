package org.saleskpi.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.jql.ProjectZones;
import org.saleskpi.server.issues.IssueStore;

/**
 * Where each connection's issues are and the time zone their site reads JQL dates in, so that the server's JQL reads
 * the dates of a project's copied issues in that site's zone, as the site would ({@code created >= "2026/03/29"} is
 * the site's 29th). The zone is the connection user's, as {@code /rest/api/2/myself} tells it at each run (Jira
 * reads a JQL date in the searching user's zone: ADR 0023, 0037); the projects are those the sync stored issues of,
 * written in each page's own transaction. Kept in {@code SK.SYNC_SITE_ZONE} and {@code SK.SYNC_SITE_PROJECT}.
 *
 * <p>A project whose copied issues came from connections in different zones is {@link ProjectZones#mixed}: a query
 * comparing dates over it is refused. Local issues of a synced project are read in its site's zone too.
 */
public final class SiteZones {
    private final IssueStore store;
    /** Moves when this server learns a zone or a project: the next query reads the tables again. */
    private final AtomicLong generation = new AtomicLong();

    public SiteZones(IssueStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Creates the tables when missing, filling the projects of connections synced before they existed. */
    public void createSchema() {
        store.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS SK");
                statement.execute("CREATE TABLE IF NOT EXISTS SK.SYNC_SITE_ZONE ("
                        + " CONNECTION_ID BIGINT NOT NULL PRIMARY KEY, ZONE VARCHAR(64) NOT NULL)");
                statement.execute("CREATE TABLE IF NOT EXISTS SK.SYNC_SITE_PROJECT ("
                        + " CONNECTION_ID BIGINT NOT NULL, PROJECT VARCHAR(255) NOT NULL,"
                        + " PRIMARY KEY (CONNECTION_ID, PROJECT))");
                boolean empty;
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM SK.SYNC_SITE_PROJECT")) {
                    empty = rows.next() && rows.getLong(1) == 0;
                }
                if (empty) {
                    // Once, for a store synced before projects were recorded: every later page records its own.
                    statement.execute("INSERT INTO SK.SYNC_SITE_PROJECT (CONNECTION_ID, PROJECT)"
                            + " SELECT DISTINCT J.CONNECTION_ID, I.PROJECT FROM SK.JIRA_ISSUE J"
                            + " JOIN SK.ISSUE I ON I.ISSUE_KEY = J.ISSUE_KEY");
                }
            }
            return null;
        });
        generation.incrementAndGet();
    }

    /** Records the zone the connection's site reads dates in. */
    public void record(long connectionId, ZoneId zone) {
        if (of(connectionId).filter(zone::equals).isPresent()) {
            return;
        }
        store.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE SK.SYNC_SITE_ZONE SET ZONE = ? WHERE CONNECTION_ID = ?")) {
                update.setString(1, zone.getId());
                update.setLong(2, connectionId);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO SK.SYNC_SITE_ZONE (CONNECTION_ID, ZONE) VALUES (?, ?)")) {
                insert.setLong(1, connectionId);
                insert.setString(2, zone.getId());
                insert.executeUpdate();
            }
            return null;
        });
        generation.incrementAndGet();
    }

    /** The zone last recorded for the connection. */
    public Optional<ZoneId> of(long connectionId) {
        return store.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT ZONE FROM SK.SYNC_SITE_ZONE WHERE CONNECTION_ID = ?")) {
                query.setLong(1, connectionId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? zone(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Work for a page's transaction: records the projects of the page's issues the connection had none of yet.
     * {@code added} is set when it recorded one, so the caller tells this object once the page is committed.
     */
    IssueStore.InTransaction projects(long connectionId, Set<String> projects, AtomicBoolean added) {
        return connection -> {
            for (String project : projects) {
                if (!held(connection, connectionId, project)) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO SK.SYNC_SITE_PROJECT (CONNECTION_ID, PROJECT) VALUES (?, ?)")) {
                        insert.setLong(1, connectionId);
                        insert.setString(2, project);
                        insert.executeUpdate();
                    }
                    added.set(true);
                }
            }
        };
    }

    /** A page that recorded projects was committed. */
    void projectsAdded() {
        generation.incrementAndGet();
    }

    /** Forgets the connection's zone and projects (the connection was removed). */
    public void forget(long connectionId) {
        store.inTransaction(connection -> {
            for (String table : List.of("SK.SYNC_SITE_ZONE", "SK.SYNC_SITE_PROJECT")) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE CONNECTION_ID = ?")) {
                    delete.setLong(1, connectionId);
                    delete.executeUpdate();
                }
            }
            return null;
        });
        generation.incrementAndGet();
    }

    /**
     * The zones of the projects whose issues the server's JQL must read in another zone than {@code serverZone},
     * read again when this server learned a zone or project, or when the index changed (another node's sync).
     */
    public Supplier<ProjectZones> byProject(IssueIndex index, ZoneId serverZone) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(serverZone, "serverZone");
        return new Supplier<>() {
            private Held held;

            @Override
            public synchronized ProjectZones get() {
                long version = index.version();
                long seen = generation.get();
                if (held == null || held.version() != version || held.generation() != seen) {
                    held = new Held(version, seen, read(serverZone));
                }
                return held.zones();
            }
        };
    }

    private record Held(long version, long generation, ProjectZones zones) {
    }

    /** Projects of connections whose zone is not the server's, each with its zone; those of several zones mixed. */
    private ProjectZones read(ZoneId serverZone) {
        return store.inTransaction(connection -> {
            Map<String, Set<ZoneId>> zonesOf = new TreeMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT P.PROJECT, Z.ZONE FROM SK.SYNC_SITE_PROJECT P"
                            + " JOIN SK.SYNC_SITE_ZONE Z ON Z.CONNECTION_ID = P.CONNECTION_ID")) {
                while (rows.next()) {
                    String project = rows.getString(1);
                    zone(rows.getString(2)).ifPresent(zone -> zonesOf.computeIfAbsent(project,
                            p -> new TreeSet<>((a, b) -> a.getId().compareTo(b.getId()))).add(zone));
                }
            }
            Map<String, ZoneId> zones = new HashMap<>();
            Map<String, List<String>> mixed = new HashMap<>();
            zonesOf.forEach((project, all) -> {
                if (all.size() > 1) {
                    List<String> ids = new ArrayList<>();
                    all.forEach(zone -> ids.add(zone.getId()));
                    mixed.put(project, ids);
                } else if (!all.iterator().next().equals(serverZone)) {
                    zones.put(project, all.iterator().next());
                }
            });
            return new ProjectZones(zones, mixed);
        });
    }

    private static boolean held(Connection connection, long connectionId, String project) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM SK.SYNC_SITE_PROJECT WHERE CONNECTION_ID = ? AND PROJECT = ?")) {
            query.setLong(1, connectionId);
            query.setString(2, project);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
