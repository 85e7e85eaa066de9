package org.saleskpi.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.store.kpi.ForecastOptionEntity;
import org.saleskpi.store.kpi.KpiProfileEntity;
import org.saleskpi.store.kpi.PipelineStageEntity;
import org.saleskpi.store.kpi.ProfileVersionEntity;
import org.saleskpi.store.kpi.QuotaEntity;

/**
 * The tables of profiles and quotas as the database reports them, named as Jira names them (the standalone
 * dashboards' tables are checked in the server, whose they are).
 */
class ProfileQuotaTablesTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void tablesAndColumnsAreNamedAsJiraNamesThem(Database database) throws SQLException {
        EntityManager manager = database.open();
        new EntityManagerSession(manager).migrate(KpiProfileEntity.class, ProfileVersionEntity.class,
                QuotaEntity.class, PipelineStageEntity.class, ForecastOptionEntity.class);
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = manager.getProvider().getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, null, "AO_%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.put(rows.getString("TABLE_NAME"), new ArrayList<>());
            }
            for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                try (ResultSet columns = connection.getMetaData().getColumns(null, null, table.getKey(), "%")) {
                    while (columns.next()) {
                        table.getValue().add(columns.getString("COLUMN_NAME") + " " + columns.getString("TYPE_NAME")
                                .toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        tables.forEach((table, columns) -> System.out.println("TABLE " + database + " " + table + " " + columns));

        assertThat(tables.keySet()).hasSize(5).allMatch(t -> t.matches("AO_[0-9A-F]{6}_[A-Z_]+"))
                .allMatch(t -> t.length() - "AO_xxxxxx_".length() <= 30);
        assertThat(tables.keySet()).extracting(t -> t.substring("AO_xxxxxx_".length())).containsExactlyInAnyOrder(
                "KPI_PROFILE", "PROFILE_VERSION", "REP_QUOTA", "PIPELINE_STAGE", "FORECAST_OPTION");
        String profile = tables.keySet().stream().filter(t -> t.endsWith("_KPI_PROFILE")).findFirst().orElseThrow();
        assertThat(tables.get(profile)).hasSize(28).extracting(c -> c.split(" ")[0])
                .contains("SCOPE_JQL", "WON_STATUSES", "EMAILS_OPENED_FIELD", "FISCAL_START_MONTH", "ROW_VERSION",
                        "PROBABILITY_FIELD", "FORECAST_CATEGORY_FIELD");
        String stage = tables.keySet().stream().filter(t -> t.endsWith("_PIPELINE_STAGE")).findFirst().orElseThrow();
        assertThat(tables.get(stage)).extracting(c -> c.split(" ")[0])
                .containsExactlyInAnyOrder("ID", "PROFILE_ID", "SORT_POSITION", "STATUS", "WIN_PROBABILITY");
    }
}
