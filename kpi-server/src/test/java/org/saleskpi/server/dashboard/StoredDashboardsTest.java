package org.saleskpi.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.dashboard.Dashboard;
import org.saleskpi.core.dashboard.GadgetInstance;
import org.saleskpi.core.dashboard.Layout;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.Database;

class StoredDashboardsTest {

    static AoSession migrated(AoSession session) {
        session.migrate(DashboardEntity.class, GadgetEntity.class, DashboardVersionEntity.class,
                GadgetVersionEntity.class);
        return session;
    }

    /** 10 000 characters of JSON with quotes, escapes and unicode. */
    static String largePreferences() {
        StringBuilder json = new StringBuilder("{\"title\":\"Umsatz \\\"Q1\\\" 営業 🚀\",\"reps\":[");
        while (json.length() < 9_990) {
            json.append("\"rep-ü\",");
        }
        json.setLength(json.length() - 1);
        json.append("]}");
        while (json.length() < 10_000) {
            json.append(' ');
        }
        return json.toString();
    }

    /** "type@column.position" of each gadget, in the repository's order. */
    private static List<String> places(StoredDashboards dashboards, long dashboardId) {
        return dashboards.gadgets(dashboardId).stream()
                .map(g -> g.gadgetType() + "@" + g.column() + "." + g.position()).toList();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aDashboardAndItsGadgetsComeBackAsSaved(Database database) {
        StoredDashboards dashboards = new StoredDashboards(migrated(new EntityManagerSession(database.open())));
        Dashboard saved = dashboards.create(Dashboard.create("jürgen", "  Verkauf 営業 🚀 ", Layout.THREE_COLUMNS));
        String preferences = largePreferences();
        GadgetInstance gadget = dashboards.addGadget(saved.id(), "leaderboard", 2, 0, preferences);
        GadgetInstance bare = dashboards.addGadget(saved.id(), "pie", 0, 0, "");

        assertThat(preferences).hasSize(10_000);
        assertThat(dashboards.get(saved.id())).contains(
                new Dashboard(saved.id(), "jürgen", "Verkauf 営業 🚀", Layout.THREE_COLUMNS, 1));
        assertThat(dashboards.gadgets(saved.id())).containsExactly(bare, gadget);
        assertThat(gadget).isEqualTo(new GadgetInstance(gadget.id(), saved.id(), "leaderboard", 2, 0, preferences, 1));
        assertThat(bare.preferencesJson()).isEmpty();
        assertThat(dashboards.get(saved.id() + 1000)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anOwnersDashboardsPageByName(Database database) {
        StoredDashboards dashboards = new StoredDashboards(migrated(new EntityManagerSession(database.open())));
        for (String name : List.of("G", "C", "A", "F", "B", "E", "D")) {
            dashboards.create(Dashboard.create("alice", name, Layout.ONE_COLUMN));
        }
        dashboards.create(Dashboard.create("bob", "A of bob", Layout.ONE_COLUMN));

        Page<Dashboard> second = dashboards.ofOwner("alice", new PageRequest(5, 5));
        assertThat(second.total()).isEqualTo(7);
        assertThat(second.items()).extracting(Dashboard::name).containsExactly("F", "G");
        assertThat(dashboards.ofOwner("alice", new PageRequest(1, 2)).items()).extracting(Dashboard::name)
                .containsExactly("B", "C");
        assertThat(dashboards.ofOwner("carol", PageRequest.first(5)).total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void renamingFromAStaleVersionIsAConflict(Database database) {
        StoredDashboards dashboards = new StoredDashboards(migrated(new EntityManagerSession(database.open())));
        Dashboard read = dashboards.create(Dashboard.create("alice", "Sales", Layout.ONE_COLUMN));
        Dashboard renamed = dashboards.update(new Dashboard(read.id(), "alice", "Sales 2026", Layout.TWO_COLUMNS, 1));

        assertThat(renamed).isEqualTo(new Dashboard(read.id(), "alice", "Sales 2026", Layout.TWO_COLUMNS, 2));
        assertThatThrownBy(() -> dashboards.update(new Dashboard(read.id(), "alice", "Mine", Layout.ONE_COLUMN, 1)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Dashboard " + read.id() + " changed since version 1 was read");
        assertThat(dashboards.get(read.id())).contains(renamed);

        dashboards.delete(read.id());
        assertThatThrownBy(() -> dashboards.update(renamed)).isInstanceOf(ConflictException.class)
                .hasMessage("Dashboard " + read.id() + " no longer exists");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void gadgetsArePlacedMovedAndRemovedWithoutGapsInTheirColumns(Database database) {
        StoredDashboards dashboards = new StoredDashboards(migrated(new EntityManagerSession(database.open())));
        long board = dashboards.create(Dashboard.create("alice", "Sales", Layout.TWO_COLUMNS)).id();
        GadgetInstance a = dashboards.addGadget(board, "a", 0, 0, "{}");
        dashboards.addGadget(board, "b", 0, 0, "{}");
        GadgetInstance c = dashboards.addGadget(board, "c", 0, 1, "{}");
        dashboards.addGadget(board, "d", 0, 99, "{}");
        assertThat(places(dashboards, board)).containsExactly("b@0.0", "c@0.1", "a@0.2", "d@0.3");

        GadgetInstance moved = dashboards.moveGadget(c.id(), 1, 5);
        assertThat(moved.column()).isEqualTo(1);
        assertThat(places(dashboards, board)).containsExactly("b@0.0", "a@0.1", "d@0.2", "c@1.0");
        dashboards.moveGadget(a.id(), 0, 0);
        assertThat(places(dashboards, board)).containsExactly("a@0.0", "b@0.1", "d@0.2", "c@1.0");

        dashboards.removeGadget(a.id());
        assertThat(places(dashboards, board)).containsExactly("b@0.0", "d@0.1", "c@1.0");
        assertThatThrownBy(() -> dashboards.removeGadget(a.id())).isInstanceOf(ConflictException.class)
                .hasMessage("Gadget " + a.id() + " no longer exists");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aGadgetOutsideTheLayoutIsRefusedNamingTheColumn(Database database) {
        StoredDashboards dashboards = new StoredDashboards(migrated(new EntityManagerSession(database.open())));
        long board = dashboards.create(Dashboard.create("alice", "Sales", Layout.TWO_COLUMNS)).id();
        GadgetInstance a = dashboards.addGadget(board, "a", 1, 0, "{}");

        assertThatThrownBy(() -> dashboards.addGadget(board, "b", 2, 0, "{}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("column"));
        assertThatThrownBy(() -> dashboards.moveGadget(a.id(), -1, -1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("column", "position"));
        assertThat(places(dashboards, board)).containsExactly("a@1.0");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aLayoutWithFewerColumnsGathersTheirGadgetsInItsLastColumn(Database database) {
        StoredDashboards dashboards = new StoredDashboards(migrated(new EntityManagerSession(database.open())));
        Dashboard read = dashboards.create(Dashboard.create("alice", "Sales", Layout.THREE_COLUMNS));
        for (String place : List.of("a0", "b1", "c1", "d2", "e0")) {
            dashboards.addGadget(read.id(), place, place.charAt(1) - '0', 9, "{}");
        }

        dashboards.update(new Dashboard(read.id(), "alice", "Sales", Layout.TWO_COLUMNS, 1));
        assertThat(places(dashboards, read.id())).containsExactly("a0@0.0", "e0@0.1", "b1@1.0", "c1@1.1", "d2@1.2");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void preferencesUpdateOnlyFromTheCurrentVersion(Database database) {
        StoredDashboards dashboards = new StoredDashboards(migrated(new EntityManagerSession(database.open())));
        long board = dashboards.create(Dashboard.create("alice", "Sales", Layout.ONE_COLUMN)).id();
        GadgetInstance read = dashboards.addGadget(board, "bar", 0, 0, "{\"v\":1}");
        GadgetInstance first = dashboards.updatePreferences(
                new GadgetInstance(read.id(), board, "bar", 0, 0, largePreferences(), read.version()));

        assertThat(first.version()).isEqualTo(2);
        assertThat(first.preferencesJson()).isEqualTo(largePreferences());
        assertThatThrownBy(() -> dashboards.updatePreferences(
                new GadgetInstance(read.id(), board, "bar", 0, 0, "{\"v\":3}", read.version())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Gadget " + read.id() + " changed since version 1 was read");
        assertThat(dashboards.gadgets(board)).containsExactly(first);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingADashboardDeletesItsGadgetsAndTheirVersions(Database database) {
        AoSession session = migrated(new EntityManagerSession(database.open()));
        StoredDashboards dashboards = new StoredDashboards(session);
        long gone = dashboards.create(Dashboard.create("alice", "Old", Layout.TWO_COLUMNS)).id();
        long kept = dashboards.create(Dashboard.create("alice", "Kept", Layout.TWO_COLUMNS)).id();
        GadgetInstance orphan = dashboards.addGadget(gone, "pie", 0, 0, "{}");
        dashboards.addGadget(gone, "bar", 1, 0, "{}");
        GadgetInstance other = dashboards.addGadget(kept, "line", 0, 0, "{}");

        dashboards.delete(gone);
        assertThat(dashboards.get(gone)).isEmpty();
        assertThat(dashboards.gadgets(gone)).isEmpty();
        assertThat(dashboards.gadgets(kept)).containsExactly(other);
        assertThat(session.count(GadgetVersionEntity.class, Query.select())).isEqualTo(1);
        assertThat(session.count(DashboardVersionEntity.class, Query.select())).isEqualTo(1);
        assertThatThrownBy(() -> dashboards.updatePreferences(orphan)).isInstanceOf(ConflictException.class)
                .hasMessage("Gadget " + orphan.id() + " no longer exists");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aDeleteThatFailsHalfWayLeavesTheDashboardWhole(Database database) {
        AoSession session = migrated(new EntityManagerSession(database.open()));
        StoredDashboards dashboards = new StoredDashboards(session);
        Dashboard board = dashboards.create(Dashboard.create("alice", "Sales", Layout.TWO_COLUMNS));
        GadgetInstance gadget = dashboards.addGadget(board.id(), "pie", 0, 0, "{}");

        // Gadgets and version tokens are deleted first; the dashboard row itself then fails.
        StoredDashboards failing = new StoredDashboards(new FailingSession(session, DashboardEntity.class));
        assertThatThrownBy(() -> failing.delete(board.id())).hasMessage("the database went away");

        assertThat(dashboards.get(board.id())).contains(board);
        assertThat(dashboards.gadgets(board.id())).containsExactly(gadget);
        assertThat(dashboards.updatePreferences(
                new GadgetInstance(gadget.id(), board.id(), "pie", 0, 0, "{\"after\":true}", 1)).version())
                .isEqualTo(2);
    }
}
