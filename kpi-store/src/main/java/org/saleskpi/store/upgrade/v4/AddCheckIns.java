package org.saleskpi.store.upgrade.v4;

import java.util.List;
import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.upgrade.ModelVersion;
import org.saleskpi.store.upgrade.UpgradeTask;

/**
 * Model version 4 (issue 17): goals gain a check-in cadence column and check-ins a table of their own (ADR 0062).
 * Nothing moves: existing goals keep a null cadence, which reads as none, so an upgrade does not make every running
 * goal overdue for a check-in nobody was asked for. Columns and a table only (AO's migrate never drops), so a retry
 * after a failure is harmless.
 */
public final class AddCheckIns implements UpgradeTask {

    /** The tables version 4 creates or changes, as frozen copies. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(GoalV4.class, CheckInV4.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    // AoSession.migrate takes an array of generic classes, which Java can only build raw.
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void upgrade(ModelVersion currentVersion, AoSession session) {
        session.migrate(ENTITIES.toArray(new Class[0]));
    }
}
