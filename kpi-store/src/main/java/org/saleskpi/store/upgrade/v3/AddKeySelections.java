package org.saleskpi.store.upgrade.v3;

import java.util.List;
import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.upgrade.ModelVersion;
import org.saleskpi.store.upgrade.UpgradeTask;

/**
 * Model version 3 (issue 13): the table of key lists saved for drill-down links too long to carry their keys
 * (ADR 0033). A new table only: nothing moves, and a retry after a failure is harmless (AO's migrate never drops).
 */
public final class AddKeySelections implements UpgradeTask {

    /** The table version 3 creates, as a frozen copy. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(SelectionV3.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    // AoSession.migrate takes an array of generic classes, which Java can only build raw.
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void upgrade(ModelVersion currentVersion, AoSession session) {
        session.migrate(ENTITIES.toArray(new Class[0]));
    }
}
