package org.saleskpi.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.server.database.ServerSchema;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.StoreSchema;

/**
 * What becomes of the dashboards' tables in a Jira where an earlier build of the app created them,
 * now that the {@code <ao>} module lists the store's entities only (ADR 0019): AO's {@code migrate},
 * which the AO plugin runs on the module's entities, leaves them and their rows alone; only
 * {@code migrateDestructively} would drop them. On each real database.
 */
class TablesLeftBehindTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    @SuppressWarnings("unchecked")
    void migrateKeepsTheTableAndRowsOfAnEntityNoLongerListed(Database database) throws SQLException {
        EntityManager manager = database.open();
        AoSession session = new EntityManagerSession(manager);
        session.migrate(ServerSchema.ENTITIES.toArray(new Class[0]));
        session.create(DashboardEntity.class, Map.of("OWNER_KEY", "ann", "NAME", "Pipeline",
                "LAYOUT_KEY", "TWO_COLUMNS", "ROW_VERSION", 1L));

        StoreSchema.migrate(session);

        assertThat(appTables(manager)).isEqualTo(ServerSchema.ENTITIES.size());
        assertThat(session.count(DashboardEntity.class, Query.select())).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    @SuppressWarnings("unchecked")
    void migrateDestructivelyWouldDropIt(Database database) throws SQLException {
        EntityManager manager = database.open();
        new EntityManagerSession(manager).migrate(ServerSchema.ENTITIES.toArray(new Class[0]));

        manager.migrateDestructively(StoreSchema.ENTITIES.toArray(new Class[0]));

        assertThat(appTables(manager)).isEqualTo(StoreSchema.ENTITIES.size());
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
