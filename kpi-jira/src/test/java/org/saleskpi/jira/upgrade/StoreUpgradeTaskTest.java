package org.saleskpi.jira.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.upgrade.UpgradeTask;
import org.saleskpi.store.upgrade.v1.CreateV1Schema;
import org.saleskpi.store.upgrade.v2.AddPipelineSettings;
import org.saleskpi.store.upgrade.v4.AddCheckIns;

class StoreUpgradeTaskTest {

    /** A store task that records what AO's adapter hands it. */
    static final class Recording implements UpgradeTask {
        final List<org.saleskpi.store.upgrade.ModelVersion> seen = new ArrayList<>();
        final List<AoSession> sessions = new ArrayList<>();

        @Override
        public org.saleskpi.store.upgrade.ModelVersion getModelVersion() {
            return org.saleskpi.store.upgrade.ModelVersion.valueOf("3");
        }

        @Override
        public void upgrade(org.saleskpi.store.upgrade.ModelVersion currentVersion, AoSession session) {
            seen.add(currentVersion);
            sessions.add(session);
        }
    }

    @Test
    void givesTheStoreTasksVersionInAosTerms() {
        StoreUpgradeTask task = new StoreUpgradeTask(new Recording()) { };

        assertThat(task.getModelVersion()).isEqualTo(ModelVersion.valueOf("3"));
        assertThat(new CreateV1SchemaTask().getModelVersion()).isEqualTo(ModelVersion.valueOf("1"));
    }

    @Test
    void runsTheStoreTaskFromAosVersionOverASessionOnAosActiveObjects() {
        Recording store = new Recording();
        StoreUpgradeTask task = new StoreUpgradeTask(store) { };

        task.upgrade(ModelVersion.valueOf("2"), mock(ActiveObjects.class));
        task.upgrade(null, mock(ActiveObjects.class));

        assertThat(store.seen).containsExactly(org.saleskpi.store.upgrade.ModelVersion.valueOf("2"),
                org.saleskpi.store.upgrade.ModelVersion.ZERO);
        assertThat(store.sessions).hasSize(2).allSatisfy(s -> assertThat(s).isNotNull());
    }

    @Test
    void version1MigratesTheFrozenEntitiesThroughActiveObjects() {
        ActiveObjects ao = mock(ActiveObjects.class);

        new CreateV1SchemaTask().upgrade(ModelVersion.valueOf(null), ao);

        verify(ao).migrate(CreateV1Schema.ENTITIES.toArray(new Class[0]));
        assertThat(new CreateV1SchemaTask().storeTask()).isInstanceOf(CreateV1Schema.class);
    }

    @Test
    void version2MigratesItsFrozenEntitiesThroughActiveObjects() {
        ActiveObjects ao = mock(ActiveObjects.class);

        new AddPipelineSettingsTask().upgrade(ModelVersion.valueOf("1"), ao);

        verify(ao).migrate(AddPipelineSettings.ENTITIES.toArray(new Class[0]));
        assertThat(new AddPipelineSettingsTask().getModelVersion()).isEqualTo(ModelVersion.valueOf("2"));
    }

    @Test
    void version4MigratesTheCheckInsFrozenEntitiesThroughActiveObjects() {
        ActiveObjects ao = mock(ActiveObjects.class);

        new AddCheckInsTask().upgrade(ModelVersion.valueOf("3"), ao);

        verify(ao).migrate(AddCheckIns.ENTITIES.toArray(new Class[0]));
        assertThat(new AddCheckInsTask().getModelVersion()).isEqualTo(ModelVersion.valueOf("4"));
    }
}
