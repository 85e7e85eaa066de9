package org.saleskpi.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
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

        Map<String, TreeSet<String>> expected = JdbcSchema.of(byLiveEntities);
        assertThat(expected).hasSize(StoreSchema.ENTITIES.size());
        assertThat(JdbcSchema.of(byTasks)).isEqualTo(expected);
    }
}
