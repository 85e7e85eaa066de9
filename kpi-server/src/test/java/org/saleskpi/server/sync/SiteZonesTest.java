package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.jql.ProjectZones;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.issues.SyncedIssue;
import org.saleskpi.store.Database;

/** Each site's zone and the projects of its copied issues, on each database, as the server's JQL reads them. */
class SiteZonesTest {
    private static final ZoneId SERVER = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @ParameterizedTest
    @EnumSource(Database.class)
    void theProjectsOfASiteInAnotherZoneAreReadInThatZoneAndASharedProjectIsMixed(Database database) {
        IssueIndex index = new IssueIndex();
        IssueStore store = new IssueStore(database.openDataSource(), index);
        store.createSchema();
        SiteZones zones = new SiteZones(store);
        zones.createSchema();
        Supplier<ProjectZones> byProject = zones.byProject(index, SERVER);
        assertThat(byProject.get()).isEqualTo(ProjectZones.NONE);

        zones.record(1, BERLIN);
        addProjects(store, zones, 1, Set.of("DEAL", "ENT"));
        zones.record(2, SERVER);
        addProjects(store, zones, 2, Set.of("OPS"));
        // OPS's site reads dates in the server's zone already: nothing to say about it.
        assertThat(byProject.get()).isEqualTo(new ProjectZones(Map.of("DEAL", BERLIN, "ENT", BERLIN), Map.of()));
        assertThat(zones.of(1)).contains(BERLIN);

        zones.record(3, TOKYO);
        addProjects(store, zones, 3, Set.of("ENT"));
        assertThat(byProject.get()).isEqualTo(new ProjectZones(Map.of("DEAL", BERLIN),
                Map.of("ENT", List.of("Asia/Tokyo", "Europe/Berlin"))));

        // The site's user moved to Tokyo: the next query reads its projects there.
        zones.record(1, TOKYO);
        assertThat(byProject.get()).isEqualTo(new ProjectZones(Map.of("DEAL", TOKYO, "ENT", TOKYO), Map.of()));

        zones.forget(3);
        zones.forget(1);
        assertThat(byProject.get()).isEqualTo(ProjectZones.NONE);
        assertThat(zones.of(1)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStoreSyncedBeforeProjectsWereRecordedHasThemFilledInAtStart(Database database) {
        DataSource dataSource = database.openDataSource();
        IssueIndex index = new IssueIndex();
        IssueStore store = new IssueStore(dataSource, index);
        store.createSchema();
        // Pages stored without the projects, as before this table existed.
        store.applySyncPage(7, List.of(synced("10001", "SALES-1"), synced("10002", "PART-4")), connection -> { });
        SiteZones zones = new SiteZones(store);
        zones.createSchema();
        zones.record(7, BERLIN);
        assertThat(zones.byProject(index, SERVER).get()).isEqualTo(new ProjectZones(
                Map.of("SALES", BERLIN, "PART", BERLIN), Map.of()));
    }

    private static void addProjects(IssueStore store, SiteZones zones, long connectionId, Set<String> projects) {
        AtomicBoolean added = new AtomicBoolean();
        store.inTransaction(connection -> {
            zones.projects(connectionId, projects, added).run(connection);
            return null;
        });
        assertThat(added).isTrue();
        zones.projectsAdded();
        // A project recorded once is not recorded again.
        AtomicBoolean again = new AtomicBoolean();
        store.inTransaction(connection -> {
            zones.projects(connectionId, projects, again).run(connection);
            return null;
        });
        assertThat(again).isFalse();
    }

    private static SyncedIssue synced(String jiraId, String key) {
        Instant created = Instant.parse("2026-03-01T10:00:00Z");
        IndexedIssue issue = new IndexedIssue(IssueRecord.builder(key, key.substring(0, key.indexOf('-')))
                .type("Deal").status("Open", StatusCategory.TO_DO).created(created).build(), key, "", Set.of());
        return new SyncedIssue(jiraId, issue, IssueHistory.of(key, created, List.of()));
    }
}
