package org.saleskpi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.store.entity.GoalFolderEntity;
import org.saleskpi.store.upgrade.ModelVersion;
import org.saleskpi.store.upgrade.ModelVersionEntity;
import org.saleskpi.store.upgrade.SchemaUpgrade;
import org.saleskpi.store.upgrade.UpgradeTask;
import org.saleskpi.store.upgrade.v1.CreateV1Schema;
import org.saleskpi.store.upgrade.v1.GoalFolderV1;
import org.saleskpi.store.upgrade.v2.AddPipelineSettings;
import org.saleskpi.store.upgrade.v3.AddKeySelections;
import org.saleskpi.store.upgrade.v4.AddCheckIns;

/**
 * Upgrades of a store that an earlier release created, on each real database. (It sits in this
 * package because {@link Database} is package-private.)
 */
class SchemaUpgradeTest {
    private static final String UNICODE = "営業 Ünïcødé 🚀 ";

    @ParameterizedTest
    @EnumSource(Database.class)
    void anEmptyStoreIsBroughtToTheLatestVersion(Database database) {
        AoSession session = new EntityManagerSession(database.open());

        assertThat(StoreSchema.schemaUpgrade(session).run()).isEqualTo(ModelVersion.valueOf("4"));

        assertThat(StoreSchema.schemaUpgrade(session).storedVersion()).isEqualTo(ModelVersion.valueOf("4"));
        session.create(GoalFolderEntity.class, folder("SALES", "Q1", null));
        assertThat(session.count(GoalFolderEntity.class, Query.select())).isEqualTo(1);
        // Two nodes that both found the store empty cannot both record the same version.
        assertThatThrownBy(() -> session.create(ModelVersionEntity.class, Map.of("MODEL_VERSION", "4")))
                .isInstanceOf(StoreException.class);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStoreCreatedByVersionOneKeepsItsRowsAndReachesTheLatestVersionOnce(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        List<String> before = createdByVersionOne(session);
        SchemaUpgrade upgrade = StoreSchema.schemaUpgrade(session);

        assertThat(upgrade.run()).isEqualTo(upgrade.latest());
        assertThat(upgrade.storedVersion()).isEqualTo(upgrade.latest());
        assertThat(rows(session)).isEqualTo(before);

        // A second start finds nothing to do and leaves rows and the version record as they were.
        assertThat(StoreSchema.schemaUpgrade(session).run()).isEqualTo(upgrade.latest());
        assertThat(rows(session)).isEqualTo(before);
        assertThat(session.count(ModelVersionEntity.class, Query.select())).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void onlyTheNewerTasksRunInVersionOrderEachFromTheVersionBefore(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        createdByVersionOne(session);
        List<String> log = new ArrayList<>();

        ModelVersion reached = upgrade(session, new Renaming(3, "Q2", "Q3", log),
                new Renaming(1, "never", "run", log), new Renaming(2, "Q1", "Q2", log)).run();

        assertThat(reached).isEqualTo(ModelVersion.valueOf("3"));
        assertThat(log).containsExactly("2 from 1", "3 from 2");
        assertThat(rows(session)).anyMatch(row -> row.contains("|Q3|")).noneMatch(row -> row.contains("|Q1|"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFailingTaskLeavesTheLastCompletedVersionAndNoneOfItsWrites(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        createdByVersionOne(session);
        List<String> log = new ArrayList<>();
        Renaming second = new Renaming(2, "Q1", "Q2", log);
        HalfWayFailure third = new HalfWayFailure(3);
        List<String> afterSecond = new ArrayList<>();

        assertThatThrownBy(() -> upgrade(session, new CreateV1Schema(), second, new UpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return third.getModelVersion();
            }

            @Override
            public void upgrade(ModelVersion currentVersion, AoSession tasksSession) {
                afterSecond.addAll(rows(tasksSession));
                third.upgrade(currentVersion, tasksSession);
            }
        }).run()).isInstanceOf(StoreException.class)
                .hasMessageContaining("upgrade to model version 3")
                .hasMessageContaining("stays at model version 2")
                .hasRootCauseMessage("half-way");

        assertThat(upgrade(session).storedVersion()).isEqualTo(ModelVersion.valueOf("2"));
        assertThat(afterSecond).anyMatch(row -> row.contains("|Q2|"));
        assertThat(rows(session)).isEqualTo(afterSecond);

        // The failed task runs again at the next start, from the version it failed at.
        assertThat(upgrade(session, new CreateV1Schema(), second, new Renaming(3, "Q2", "Q3", log)).run())
                .isEqualTo(ModelVersion.valueOf("3"));
        assertThat(log).containsExactly("2 from 1", "3 from 2");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anOlderReleaseRefusesAStoreANewerOneUpgraded(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        createdByVersionOne(session);
        upgrade(session, new CreateV1Schema(), new AddPipelineSettings(), new AddKeySelections(), new AddCheckIns(),
                new Renaming(5, "Q1", "Q2", new ArrayList<>())).run();
        List<String> before = rows(session);

        assertThatThrownBy(() -> StoreSchema.schemaUpgrade(session).run()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("model version 5, newer than this release's 4");
        assertThat(rows(session)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aVersionRecordedByAnotherNodeMidTaskRollsTheTaskBack(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        List<String> before = createdByVersionOne(session);
        UpgradeTask raced = new UpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf("2");
            }

            @Override
            public void upgrade(ModelVersion currentVersion, AoSession tasksSession) {
                new Renaming(2, "Q1", "Q2", new ArrayList<>()).upgrade(currentVersion, tasksSession);
                // What another node finishing the same task would leave behind.
                tasksSession.deleteWithSQL(ModelVersionEntity.class, "MODEL_VERSION = ?", "1");
            }
        };

        assertThatThrownBy(() -> upgrade(session, new CreateV1Schema(), raced).run())
                .isInstanceOf(StoreException.class).hasRootCauseMessage(
                        "the recorded model version is no longer 1; another node is upgrading the store");
        assertThat(upgrade(session).storedVersion()).isEqualTo(ModelVersion.valueOf("1"));
        assertThat(rows(session)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theCurrentEntitiesAreMigratedOnceTheTasksHaveRun(Database database) {
        AoSession session = new EntityManagerSession(database.open());

        assertThat(upgrade(session).run()).isEqualTo(ModelVersion.ZERO);

        session.create(GoalFolderEntity.class, folder("SALES", "Q1", null));
        assertThat(session.count(GoalFolderEntity.class, Query.select())).isEqualTo(1);
    }

    @Test
    void twoTasksForOneVersionAreRefused() {
        AoSession session = new EntityManagerSession(Database.H2_MEMORY.open());
        List<String> log = new ArrayList<>();

        assertThatThrownBy(() -> upgrade(session, new Renaming(2, "a", "b", log), new Renaming(2, "b", "c", log)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("two upgrade tasks for model version 2");
    }

    /** Creates the store as release 1 did and fills it; gives its rows. */
    private static List<String> createdByVersionOne(AoSession session) {
        assertThat(upgrade(session, new CreateV1Schema()).run()).isEqualTo(ModelVersion.valueOf("1"));
        GoalFolderV1 top = session.create(GoalFolderV1.class, folder("SALES", UNICODE + "x".repeat(200), null));
        session.create(GoalFolderV1.class, folder("SALES", "Q1", (long) top.getID()));
        session.create(GoalFolderV1.class, folder("ÆØÅ", "Nordics ✓", null));
        return rows(session);
    }

    private static SchemaUpgrade upgrade(AoSession session, UpgradeTask... tasks) {
        return new SchemaUpgrade(session, List.of(tasks), StoreSchema.ENTITIES);
    }

    private static Map<String, Object> folder(String project, String name, Long parent) {
        Map<String, Object> values = new HashMap<>();
        values.put("PROJECT_KEY", project);
        values.put("NAME", name);
        values.put("PARENT_ID", parent);
        return values;
    }

    /** Every goal folder as "id|project|name|parent", read through the live entity. */
    private static List<String> rows(AoSession session) {
        List<String> rows = new ArrayList<>();
        for (GoalFolderEntity folder : session.find(GoalFolderEntity.class, Query.select().order("ID"))) {
            rows.add(folder.getID() + "|" + folder.getProjectKey() + "|" + folder.getName() + "|" + folder.getParentId());
        }
        return rows;
    }

    /** A test-only task that renames folders and logs the version it started from. */
    private record Renaming(int version, String from, String to, List<String> log) implements UpgradeTask {
        @Override
        public ModelVersion getModelVersion() {
            return ModelVersion.valueOf(String.valueOf(version));
        }

        @Override
        public void upgrade(ModelVersion currentVersion, AoSession session) {
            log.add(version + " from " + currentVersion);
            for (GoalFolderV1 folder : session.find(GoalFolderV1.class, Query.select().where("NAME = ?", from))) {
                folder.setName(to);
                folder.save();
            }
        }
    }

    /** A test-only task that writes, then fails half-way. */
    private record HalfWayFailure(int version) implements UpgradeTask {
        @Override
        public ModelVersion getModelVersion() {
            return ModelVersion.valueOf(String.valueOf(version));
        }

        @Override
        public void upgrade(ModelVersion currentVersion, AoSession session) {
            session.create(GoalFolderV1.class, folder("SALES", "half-written", null));
            for (GoalFolderV1 folder : session.find(GoalFolderV1.class, Query.select())) {
                folder.setName(folder.getName() + " (renamed)");
                folder.save();
            }
            throw new IllegalStateException("half-way");
        }
    }
}
