package org.saleskpi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.store.entity.GoalFolderEntity;

/** Active Objects 6.1.1 on each real database: Jira's table names, round trips, transactions. */
class FoundationTest {

    private static Map<String, Object> folder(String project, String name, Long parent) {
        Map<String, Object> values = new HashMap<>();
        values.put("PROJECT_KEY", project);
        values.put("NAME", name);
        values.put("PARENT_ID", parent);
        return values;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void tablesAreNamedAsJiraNamesThem(Database database) throws SQLException {
        EntityManager manager = database.open();
        new EntityManagerSession(manager).migrate(GoalFolderEntity.class);
        List<String> tables = new ArrayList<>();
        try (Connection connection = manager.getProvider().getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        String table = tables.stream().filter(t -> t.toUpperCase(Locale.ROOT).endsWith("_GOAL_FOLDER")).findFirst()
                .orElseThrow(() -> new AssertionError("no GOAL_FOLDER table in " + tables));
        assertThat(table).matches("AO_[0-9A-F]{6}_GOAL_FOLDER");
        assertThat(columns(manager, table)).contains("ID", "PROJECT_KEY", "NAME", "PARENT_ID");
    }

    private static List<String> columns(EntityManager manager, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = manager.getProvider().getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            try (ResultSet rows = metadata.getColumns(null, null, table, "%")) {
                while (rows.next()) {
                    columns.add(rows.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void roundTripsUnicodeAndFiltersInSql(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        session.migrate(GoalFolderEntity.class);
        String name = "営業 Ünïcødé 🚀 " + "x".repeat(200);
        GoalFolderEntity parent = session.create(GoalFolderEntity.class, folder("SALES", name, null));
        session.create(GoalFolderEntity.class, folder("SALES", "Q1", (long) parent.getID()));
        session.create(GoalFolderEntity.class, folder("OTHER", "Elsewhere", null));

        GoalFolderEntity[] sales = session.find(GoalFolderEntity.class,
                Query.select().where("PROJECT_KEY = ?", "SALES").order("NAME ASC"));
        assertThat(sales).extracting(GoalFolderEntity::getName).containsExactly("Q1", name);
        assertThat(sales[0].getParentId()).isEqualTo(parent.getID());
        assertThat(session.get(GoalFolderEntity.class, parent.getID()).getName()).isEqualTo(name);
        assertThat(session.count(GoalFolderEntity.class, Query.select().where("PROJECT_KEY = ?", "OTHER")))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFailureHalfWayThroughATransactionLeavesNothing(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        session.migrate(GoalFolderEntity.class);
        assertThatThrownBy(() -> session.inTransaction(() -> {
            session.create(GoalFolderEntity.class, folder("SALES", "First", null));
            session.create(GoalFolderEntity.class, folder("SALES", "Second", null));
            throw new IllegalStateException("half-way");
        })).isInstanceOf(IllegalStateException.class).hasMessage("half-way");
        assertThat(session.count(GoalFolderEntity.class, Query.select())).isZero();

        session.inTransaction(() -> session.create(GoalFolderEntity.class, folder("SALES", "Kept", null)));
        assertThat(session.count(GoalFolderEntity.class, Query.select())).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingByCriteriaCountsTheRowsItDeleted(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        session.migrate(GoalFolderEntity.class);
        session.create(GoalFolderEntity.class, folder("SALES", "A", null));
        session.create(GoalFolderEntity.class, folder("SALES", "B", null));
        assertThat(session.deleteWithSQL(GoalFolderEntity.class, "NAME = ? AND PROJECT_KEY = ?", "A", "SALES"))
                .isEqualTo(1);
        assertThat(session.deleteWithSQL(GoalFolderEntity.class, "NAME = ?", "A")).isZero();
        assertThat(session.count(GoalFolderEntity.class, Query.select())).isEqualTo(1);
    }
}
