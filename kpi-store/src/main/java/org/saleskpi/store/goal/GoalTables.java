package org.saleskpi.store.goal;

import java.util.List;
import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.entity.GoalEntity;
import org.saleskpi.store.entity.GoalFolderEntity;
import org.saleskpi.store.entity.GoalVersionEntity;
import org.saleskpi.store.entity.TargetEntity;
import org.saleskpi.store.entity.TargetVersionEntity;
import org.saleskpi.store.entity.ValueChangeEntity;

/** The tables the goal repositories read and write. */
public final class GoalTables {

    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(GoalFolderEntity.class,
            GoalEntity.class, GoalVersionEntity.class, TargetEntity.class, TargetVersionEntity.class,
            ValueChangeEntity.class);

    private GoalTables() {
    }

    /** Creates or alters the goal tables to match their entities. */
    @SuppressWarnings("unchecked")
    public static void migrate(AoSession session) {
        session.migrate(ENTITIES.toArray(new Class[0]));
    }
}
