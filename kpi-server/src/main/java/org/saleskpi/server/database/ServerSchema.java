package org.saleskpi.server.database;

import java.util.List;
import java.util.stream.Stream;
import net.java.ao.RawEntity;
import org.saleskpi.server.dashboard.DashboardTables;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.StoreSchema;
import org.saleskpi.store.upgrade.ModelVersion;
import org.saleskpi.store.upgrade.SchemaUpgrade;
import org.saleskpi.store.upgrade.UpgradeTask;

/**
 * The standalone server's data model: the store's (what the Jira app declares) and the standalone
 * dashboards' tables. Its model versions are the store's; version 1 also creates the dashboards'
 * tables from their frozen copies, as it did when the store listed them.
 */
public final class ServerSchema {
    /** Declared first: the task list below is built with it. */
    private static final ModelVersion FIRST = ModelVersion.valueOf("1");
    /** The store's version when the dashboards' sharing tables came (ADR 0061). */
    private static final ModelVersion SHARING = ModelVersion.valueOf("3");

    /** The store's live entities, then the dashboards'. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = Stream.concat(
            StoreSchema.ENTITIES.stream(), DashboardTables.ENTITIES.stream()).toList();

    /** The store's upgrade tasks, the first one creating the dashboards' tables too, the third their sharing tables. */
    public static final List<UpgradeTask> UPGRADE_TASKS = StoreSchema.UPGRADE_TASKS.stream()
            .map(ServerSchema::withDashboards).toList();

    private ServerSchema() {
    }

    public static SchemaUpgrade schemaUpgrade(AoSession session) {
        return new SchemaUpgrade(session, UPGRADE_TASKS, ENTITIES);
    }

    private static UpgradeTask withDashboards(UpgradeTask task) {
        if (task.getModelVersion().isSame(FIRST)) {
            return also(task, DashboardTables.VERSION_1);
        }
        if (task.getModelVersion().isSame(SHARING)) {
            return also(task, DashboardTables.VERSION_3);
        }
        return task;
    }

    private static UpgradeTask also(UpgradeTask task, List<Class<? extends RawEntity<?>>> frozen) {
        return new UpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return task.getModelVersion();
            }

            // AoSession.migrate takes an array of generic classes, which Java can only build raw.
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public void upgrade(ModelVersion currentVersion, AoSession session) {
                task.upgrade(currentVersion, session);
                session.migrate(frozen.toArray(new Class[0]));
            }
        };
    }
}
