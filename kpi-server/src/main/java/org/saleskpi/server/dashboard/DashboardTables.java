package org.saleskpi.server.dashboard;

import java.util.List;
import net.java.ao.RawEntity;
import org.saleskpi.server.dashboard.v1.DashboardV1;
import org.saleskpi.server.dashboard.v1.DashboardVersionV1;
import org.saleskpi.server.dashboard.v1.GadgetV1;
import org.saleskpi.server.dashboard.v1.GadgetVersionV1;
import org.saleskpi.server.dashboard.v3.DashboardFavouriteV3;
import org.saleskpi.server.dashboard.v3.DashboardOpenedV3;
import org.saleskpi.server.dashboard.v3.DashboardShareV3;

/**
 * The standalone dashboards' tables: the server's alone, since Jira has dashboards of its own
 * (ADR 0019). The first four keep the names and the model version 1 they had when the Jira app declared them;
 * the shares, stars and start pages came at the store's model version 3 (ADR 0061).
 */
public final class DashboardTables {

    /** The live entities, in the order the server's model lists them. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            DashboardEntity.class,
            DashboardVersionEntity.class,
            GadgetEntity.class,
            GadgetVersionEntity.class,
            DashboardShareEntity.class,
            DashboardFavouriteEntity.class,
            DashboardOpenedEntity.class);

    /** Their frozen copies at model version 1, in the same order. */
    public static final List<Class<? extends RawEntity<?>>> VERSION_1 = List.of(
            DashboardV1.class,
            DashboardVersionV1.class,
            GadgetV1.class,
            GadgetVersionV1.class);

    /**
     * The frozen copies of the sharing tables, which the store's version 3 task creates in a new store. A store
     * already at version 3 gets them from the migration of the live entities that follows the tasks (AO's migrate
     * creates missing tables and drops nothing), so its dashboards, without a share, stay their owners' alone.
     */
    public static final List<Class<? extends RawEntity<?>>> VERSION_3 = List.of(
            DashboardShareV3.class,
            DashboardFavouriteV3.class,
            DashboardOpenedV3.class);

    private DashboardTables() {
    }
}
