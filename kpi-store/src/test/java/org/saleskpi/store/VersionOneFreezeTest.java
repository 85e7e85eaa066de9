package org.saleskpi.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.EntityManager;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.store.upgrade.UpgradeTask;
import org.saleskpi.store.upgrade.v1.CreateV1Schema;

/**
 * The frozen entities of the upgrade tasks describe the same schema as the live ones (ADR 0004): run
 * alone, the tasks build every table, column, type, nullability and index that the live entities
 * declare, so no table of a release is created by the live entities only.
 */
class VersionOneFreezeTest {

    @Test
    void versionOneFreezesOneCopyOfEveryLiveTable() {
        assertThat(CreateV1Schema.ENTITIES).extracting(entity -> entity.getAnnotation(Table.class).value())
                .containsExactlyElementsOf(StoreSchema.ENTITIES.stream()
                        .map(entity -> entity.getAnnotation(Table.class).value()).toList());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theUpgradeTasksAloneBuildTheSchemaOfTheLiveEntities(Database database) throws SQLException {
        EntityManager byTasks = database.open();
        AoSession tasksSession = new EntityManagerSession(byTasks);
        for (UpgradeTask task : StoreSchema.UPGRADE_TASKS) {
            task.upgrade(null, tasksSession);
        }
        EntityManager byLiveEntities = database.open();
        StoreSchema.migrate(new EntityManagerSession(byLiveEntities));

        Map<String, TreeSet<String>> expected = schema(byLiveEntities);
        assertThat(expected).hasSize(StoreSchema.ENTITIES.size());
        assertThat(schema(byTasks)).isEqualTo(expected);
    }

    /** Each app table with its columns (name, type, size, nullability, default) and its indexes. */
    private static Map<String, TreeSet<String>> schema(EntityManager manager) throws SQLException {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        try (Connection connection = manager.getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rows = meta.getTables(null, null, "AO_%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.put(rows.getString("TABLE_NAME"), new TreeSet<>());
                }
            }
            for (Map.Entry<String, TreeSet<String>> table : tables.entrySet()) {
                try (ResultSet columns = meta.getColumns(null, null, table.getKey(), "%")) {
                    while (columns.next()) {
                        table.getValue().add("column " + columns.getString("COLUMN_NAME") + " "
                                + columns.getString("TYPE_NAME") + "(" + columns.getInt("COLUMN_SIZE") + ") "
                                + columns.getString("IS_NULLABLE") + " " + columns.getString("COLUMN_DEF"));
                    }
                }
                try (ResultSet indexes = meta.getIndexInfo(null, null, table.getKey(), false, false)) {
                    while (indexes.next()) {
                        table.getValue().add("index " + indexes.getString("INDEX_NAME") + " "
                                + indexes.getString("COLUMN_NAME") + " unique=" + !indexes.getBoolean("NON_UNIQUE"));
                    }
                }
            }
        }
        return tables;
    }
}
