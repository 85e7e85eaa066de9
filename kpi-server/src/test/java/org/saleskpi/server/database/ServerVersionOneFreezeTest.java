package org.saleskpi.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.java.ao.EntityManager;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.server.dashboard.DashboardTables;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.JdbcSchema;
import org.saleskpi.store.StoreSchema;
import org.saleskpi.store.upgrade.UpgradeTask;

/**
 * The server's model freezes its tables as the store's does (ADR 0004, 0019): the server's upgrade
 * tasks alone build every table, column and index its live entities declare, the dashboards' four
 * included, and they run at the store's model versions.
 */
class ServerVersionOneFreezeTest {

    @Test
    void theDashboardsHaveOneFrozenCopyPerLiveTableAndTheStoresVersions() {
        assertThat(Stream.concat(DashboardTables.VERSION_1.stream(), DashboardTables.VERSION_3.stream()))
                .extracting(entity -> entity.getAnnotation(Table.class).value())
                .containsExactlyElementsOf(DashboardTables.ENTITIES.stream()
                        .map(entity -> entity.getAnnotation(Table.class).value()).toList());
        assertThat(ServerSchema.UPGRADE_TASKS).extracting(UpgradeTask::getModelVersion)
                .containsExactlyElementsOf(StoreSchema.UPGRADE_TASKS.stream().map(UpgradeTask::getModelVersion).toList());
        assertThat(ServerSchema.ENTITIES).hasSize(StoreSchema.ENTITIES.size() + DashboardTables.ENTITIES.size())
                .containsAll(StoreSchema.ENTITIES).containsAll(DashboardTables.ENTITIES);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    @SuppressWarnings("unchecked")
    void theUpgradeTasksAloneBuildTheSchemaOfTheLiveEntities(Database database) throws SQLException {
        EntityManager byTasks = database.open();
        AoSession tasksSession = new EntityManagerSession(byTasks);
        for (UpgradeTask task : ServerSchema.UPGRADE_TASKS) {
            task.upgrade(null, tasksSession);
        }
        EntityManager byLiveEntities = database.open();
        new EntityManagerSession(byLiveEntities).migrate(ServerSchema.ENTITIES.toArray(new Class[0]));

        Map<String, TreeSet<String>> expected = JdbcSchema.of(byLiveEntities);
        assertThat(expected).hasSize(ServerSchema.ENTITIES.size());
        // Named as Jira named them when the store listed them: the same tables, so no data moves.
        assertThat(expected.keySet()).allMatch(table -> table.matches("AO_[0-9A-F]{6}_[A-Z_]+"))
                .extracting(table -> table.substring("AO_xxxxxx_".length()))
                .contains("DASHBOARD", "DASHBOARD_VERSION", "GADGET", "GADGET_VERSION", "DASHBOARD_SHARE",
                        "DASHBOARD_FAVOURITE", "DASHBOARD_OPENED");
        String gadget = expected.keySet().stream().filter(table -> table.endsWith("_GADGET")).findFirst().orElseThrow();
        assertThat(expected.get(gadget)).filteredOn(line -> line.startsWith("column "))
                .extracting(line -> line.split(" ")[1]).containsExactlyInAnyOrder("ID", "DASHBOARD_ID", "GADGET_TYPE",
                        "COLUMN_INDEX", "SORT_POSITION", "PREFERENCES", "ROW_VERSION");
        assertThat(JdbcSchema.of(byTasks)).isEqualTo(expected);
    }
}
