package org.saleskpi.store.goal;

import org.saleskpi.store.Database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The goal tables as Jira would name them, with the columns and indexes the repositories rely on. */
class GoalTablesTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void tablesColumnsAndIndexesAreNamedAsInJira(Database database) throws SQLException {
        Store store = Store.open(database);
        Map<String, List<String>> tables = new TreeMap<>();
        Map<String, List<String>> indexed = new TreeMap<>();
        try (Connection connection = store.manager().getProvider().getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            try (ResultSet rows = metadata.getTables(null, null, "AO_%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.put(rows.getString("TABLE_NAME"), new ArrayList<>());
                }
            }
            for (String table : tables.keySet()) {
                try (ResultSet rows = metadata.getColumns(null, null, table, "%")) {
                    while (rows.next()) {
                        tables.get(table).add(rows.getString("COLUMN_NAME") + " " + rows.getString("TYPE_NAME"));
                    }
                }
                List<String> columns = new ArrayList<>();
                try (ResultSet rows = metadata.getIndexInfo(null, null, table, false, false)) {
                    while (rows.next()) {
                        if (rows.getString("COLUMN_NAME") != null) {
                            columns.add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
                indexed.put(table, columns);
            }
        }
        tables.forEach((table, columns) -> System.out.println(database + " " + table + " " + columns
                + " indexed " + indexed.get(table)));

        String prefix = tables.keySet().iterator().next().substring(0, "AO_123456_".length());
        assertThat(prefix).isEqualTo("AO_489536_");
        assertThat(tables).containsKeys(prefix + "GOAL", prefix + "GOAL_FOLDER", prefix + "GOAL_VERSION",
                prefix + "TARGET", prefix + "TARGET_VERSION", prefix + "VALUE_CHANGE", prefix + "CHECK_IN");
        assertThat(names(tables.get(prefix + "GOAL"))).containsExactlyInAnyOrder("ID", "PROJECT_KEY", "FOLDER_ID",
                "OWNER_KEY", "NAME", "DESCRIPTION", "START_DATE", "DUE_DATE", "COLOUR", "ARCHIVED", "CREATED_AT",
                "UPDATED_AT", "ROW_VERSION", "CHECK_IN_CADENCE");
        assertThat(names(tables.get(prefix + "CHECK_IN"))).containsExactlyInAnyOrder("ID", "GOAL_ID", "AUTHOR_KEY",
                "STATUS", "TEXT", "WRITTEN_AT");
        assertThat(names(tables.get(prefix + "TARGET"))).containsExactlyInAnyOrder("ID", "GOAL_ID", "NAME", "KIND",
                "CURRENCY", "JQL", "KPI_KEY", "KPI_PROFILE_ID", "UNIT_LABEL", "START_VALUE", "TARGET_VALUE",
                "CURRENT_VALUE", "OWNER_KEY", "WEIGHT", "ROW_VERSION");
        assertThat(names(tables.get(prefix + "VALUE_CHANGE"))).containsExactlyInAnyOrder("ID", "TARGET_ID",
                "CHANGED_BY", "CHANGED_AT", "OLD_VALUE", "NEW_VALUE", "NOTE");
        assertThat(names(tables.get(prefix + "GOAL_VERSION"))).containsExactlyInAnyOrder("ID", "OWNER_ID",
                "ROW_VERSION");
        assertThat(names(tables.get(prefix + "TARGET_VERSION"))).containsExactlyInAnyOrder("ID", "OWNER_ID",
                "ROW_VERSION");
        assertThat(indexed.get(prefix + "GOAL")).contains("PROJECT_KEY", "FOLDER_ID", "OWNER_KEY", "ARCHIVED");
        assertThat(indexed.get(prefix + "TARGET")).contains("GOAL_ID");
        assertThat(indexed.get(prefix + "CHECK_IN")).contains("GOAL_ID", "WRITTEN_AT");
        assertThat(indexed.get(prefix + "VALUE_CHANGE")).contains("TARGET_ID");
        assertThat(indexed.get(prefix + "GOAL_VERSION")).contains("OWNER_ID");
        assertThat(indexed.get(prefix + "TARGET_VERSION")).contains("OWNER_ID");
    }

    private static List<String> names(List<String> columns) {
        return columns.stream().map(column -> column.substring(0, column.indexOf(' '))).toList();
    }
}
