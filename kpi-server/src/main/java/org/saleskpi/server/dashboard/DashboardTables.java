package org.saleskpi.server.dashboard;

import java.util.List;
import net.java.ao.RawEntity;
import org.saleskpi.server.dashboard.v1.DashboardV1;
import org.saleskpi.server.dashboard.v1.DashboardVersionV1;
import org.saleskpi.server.dashboard.v1.GadgetV1;
import org.saleskpi.server.dashboard.v1.GadgetVersionV1;

/**
 * The standalone dashboards' four tables: the server's alone, since Jira has dashboards of its own
 * (ADR 0019). They keep the names and the model version 1 they had when the Jira app declared them.
 */
public final class DashboardTables {

    /** The live entities, in the order the server's model lists them. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            DashboardEntity.class,
            DashboardVersionEntity.class,
            GadgetEntity.class,
            GadgetVersionEntity.class);

    /** Their frozen copies at model version 1, in the same order. */
    public static final List<Class<? extends RawEntity<?>>> VERSION_1 = List.of(
            DashboardV1.class,
            DashboardVersionV1.class,
            GadgetV1.class,
            GadgetVersionV1.class);

    private DashboardTables() {
    }
}
