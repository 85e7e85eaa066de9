package org.saleskpi.store.upgrade.v1;

import java.util.List;
import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.upgrade.ModelVersion;
import org.saleskpi.store.upgrade.UpgradeTask;

/** Model version 1: creates the tables of the first release from their frozen copies. */
public final class CreateV1Schema implements UpgradeTask {

    /**
     * The entities of model version 1, one frozen copy per table of the first release, in the order of
     * {@code StoreSchema.ENTITIES}; until version 1 ships, each new entity adds its frozen copy here.
     */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            GoalFolderV1.class,
            GoalV1.class,
            GoalVersionV1.class,
            TargetV1.class,
            TargetVersionV1.class,
            ValueChangeV1.class,
            KpiProfileV1.class,
            ProfileVersionV1.class,
            RepQuotaV1.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    // AoSession.migrate takes an array of generic classes, which Java can only build raw.
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void upgrade(ModelVersion currentVersion, AoSession session) {
        session.migrate(ENTITIES.toArray(new Class[0]));
    }
}
