package org.saleskpi.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.java.ao.EntityManager;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.store.upgrade.UpgradeTask;
import org.saleskpi.store.upgrade.v1.CreateV1Schema;
import org.saleskpi.store.upgrade.v2.AddPipelineSettings;
import org.saleskpi.store.upgrade.v3.AddKeySelections;
import org.saleskpi.store.upgrade.v4.AddCheckIns;

/**
 * The frozen entities of the upgrade tasks describe the same schema as the live ones (ADR 0004): run
 * alone, the tasks build every table, column, type, nullability and index that the live entities
 * declare, so no table of a release is created by the live entities only. Version 1 shipped: a change
 * since is a later version's frozen copies and task, never an edit of version 1.
 */
class VersionOneFreezeTest {

    /** The first release's nine tables: version 1 shipped with them and never changes (ADR 0004). */
    @Test
    void versionOneStaysTheFirstReleasesTables() {
        assertThat(CreateV1Schema.ENTITIES).extracting(entity -> entity.getAnnotation(Table.class).value())
                .containsExactly("GoalFolder", "Goal", "GoalVersion", "Target", "TargetVersion", "ValueChange",
                        "KpiProfile", "ProfileVersion", "RepQuota");
        assertThat(StoreSchema.UPGRADE_TASKS).extracting(task -> task.getModelVersion().toString())
                .containsExactly("1", "2", "3", "4");
    }

    /** Every live table has a frozen copy in the version that created or last changed it. */
    @Test
    void everyLiveTableHasAFrozenCopy() {
        Set<String> frozen = new TreeSet<>();
        Stream.of(CreateV1Schema.ENTITIES, AddPipelineSettings.ENTITIES, AddKeySelections.ENTITIES,
                        AddCheckIns.ENTITIES).flatMap(List::stream)
                .forEach(entity -> frozen.add(entity.getAnnotation(Table.class).value()));
        assertThat(frozen).containsExactlyInAnyOrderElementsOf(StoreSchema.ENTITIES.stream()
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
