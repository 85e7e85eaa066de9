package org.saleskpi.store.upgrade.v2;

import java.util.List;
import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.upgrade.ModelVersion;
import org.saleskpi.store.upgrade.UpgradeTask;

/**
 * Model version 2 (issue 13): KPI profiles gain their pipeline settings, the probability and forecast
 * category fields as two nullable columns and the stages and forecast options as tables of their own.
 * Nothing moves: a profile of version 1 has no stages, no options and null fields, which reads as
 * {@code PipelineSettings.none()}, so its pipeline KPIs stay off until an admin sets them.
 */
public final class AddPipelineSettings implements UpgradeTask {

    /** The tables version 2 creates or changes, as frozen copies. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            KpiProfileV2.class,
            PipelineStageV2.class,
            ForecastOptionV2.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    // AoSession.migrate takes an array of generic classes, which Java can only build raw.
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void upgrade(ModelVersion currentVersion, AoSession session) {
        // Adds columns and tables only (AO's migrate never drops), so a retry after a failure is harmless.
        session.migrate(ENTITIES.toArray(new Class[0]));
    }
}
