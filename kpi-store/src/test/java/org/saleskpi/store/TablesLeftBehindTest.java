package org.saleskpi.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.store.dashboard.DashboardEntity;
import org.saleskpi.store.dashboard.DashboardVersionEntity;
import org.saleskpi.store.dashboard.GadgetEntity;
import org.saleskpi.store.dashboard.GadgetVersionEntity;

/**
 * What becomes of a table when a release stops listing its entity (ADR 0019): AO's {@code migrate},
 * which the AO plugin runs on the {@code <ao>} module's entities, leaves it and its rows alone;
 * only {@code migrateDestructively} drops it. Shown with the standalone dashboards' tables, on each
 * real database.
 */
class TablesLeftBehindTest {
    private static final List<Class<? extends RawEntity<?>>> DASHBOARDS = List.of(DashboardEntity.class,
            DashboardVersionEntity.class, GadgetEntity.class, GadgetVersionEntity.class);

    @ParameterizedTest
    @EnumSource(Database.class)
    void migrateKeepsTheTableAndRowsOfAnEntityNoLongerListed(Database database) throws SQLException {
        EntityManager manager = database.open();
        AoSession session = new EntityManagerSession(manager);
        StoreSchema.migrate(session);
        session.create(DashboardEntity.class, Map.of("OWNER_KEY", "ann", "NAME", "Pipeline",
                "LAYOUT_KEY", "TWO_COLUMNS", "ROW_VERSION", 1L));

        manager.migrate(withoutDashboards());

        assertThat(appTables(manager)).isEqualTo(StoreSchema.ENTITIES.size());
        assertThat(session.count(DashboardEntity.class, Query.select())).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void migrateDestructivelyWouldDropIt(Database database) throws SQLException {
        EntityManager manager = database.open();
        StoreSchema.migrate(new EntityManagerSession(manager));

        manager.migrateDestructively(withoutDashboards());

        assertThat(appTables(manager)).isEqualTo(StoreSchema.ENTITIES.size() - DASHBOARDS.size());
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] withoutDashboards() {
        return StoreSchema.ENTITIES.stream().filter(entity -> !DASHBOARDS.contains(entity)).toArray(Class[]::new);
    }

    private static int appTables(EntityManager manager) throws SQLException {
        int tables = 0;
        try (Connection connection = manager.getProvider().getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, null, "AO_%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables++;
            }
        }
        return tables;
    }
}
