package org.saleskpi.store;

import java.util.List;
import net.java.ao.RawEntity;
import org.saleskpi.store.drill.SelectionEntity;
import org.saleskpi.store.entity.CheckInEntity;
import org.saleskpi.store.entity.GoalEntity;
import org.saleskpi.store.entity.GoalFolderEntity;
import org.saleskpi.store.entity.GoalVersionEntity;
import org.saleskpi.store.entity.TargetEntity;
import org.saleskpi.store.entity.TargetVersionEntity;
import org.saleskpi.store.entity.ValueChangeEntity;
import org.saleskpi.store.kpi.ForecastOptionEntity;
import org.saleskpi.store.kpi.KpiProfileEntity;
import org.saleskpi.store.kpi.PipelineStageEntity;
import org.saleskpi.store.kpi.ProfileVersionEntity;
import org.saleskpi.store.kpi.QuotaEntity;
import org.saleskpi.store.upgrade.SchemaUpgrade;
import org.saleskpi.store.upgrade.UpgradeTask;
import org.saleskpi.store.upgrade.v1.CreateV1Schema;
import org.saleskpi.store.upgrade.v2.AddPipelineSettings;
import org.saleskpi.store.upgrade.v3.AddKeySelections;
import org.saleskpi.store.upgrade.v4.AddCheckIns;

/**
 * The app's data model: the current entities and the upgrade tasks that lead to them, the two
 * lists the Jira host's {@code <ao>} module names. The standalone server upgrades with them and adds
 * its own tables (its dashboards, ADR 0019), so these tables are the ones Jira creates.
 */
public final class StoreSchema {

    /** The live entities, one line each, in the order the {@code <ao>} module names them. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            GoalFolderEntity.class,
            GoalEntity.class,
            GoalVersionEntity.class,
            TargetEntity.class,
            TargetVersionEntity.class,
            ValueChangeEntity.class,
            KpiProfileEntity.class,
            ProfileVersionEntity.class,
            QuotaEntity.class,
            PipelineStageEntity.class,
            ForecastOptionEntity.class,
            SelectionEntity.class,
            CheckInEntity.class);

    /** Every upgrade task, one per model version, oldest first. */
    public static final List<UpgradeTask> UPGRADE_TASKS = List.of(
            new CreateV1Schema(),
            new AddPipelineSettings(),
            new AddKeySelections(),
            new AddCheckIns());

    private StoreSchema() {
    }

    /** The start-up upgrade of a standalone store to this release's model. */
    /** Creates or alters every table to match the current entities (tests, and after upgrades). */
    @SuppressWarnings("unchecked")
    public static void migrate(AoSession session) {
        session.migrate(ENTITIES.toArray(new Class[0]));
    }

    public static SchemaUpgrade schemaUpgrade(AoSession session) {
        return new SchemaUpgrade(session, UPGRADE_TASKS, ENTITIES);
    }
}
