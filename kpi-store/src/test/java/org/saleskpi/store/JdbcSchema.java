package org.saleskpi.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.EntityManager;

/** The app's tables as the database reports them: what tests compare to show a schema did or did not change. */
public final class JdbcSchema {
    private JdbcSchema() {
    }

    /** Each app table with its columns (name, type, size, nullability, default) and its indexes. */
    public static Map<String, TreeSet<String>> of(EntityManager manager) throws SQLException {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        try (Connection connection = manager.getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rows = meta.getTables(null, null, "AO_%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.put(rows.getString("TABLE_NAME"), new TreeSet<>());
                }
            }
            for (Map.Entry<String, TreeSet<String>> table : tables.entrySet()) {
                try (ResultSet columns = meta.getColumns(null, null, table.getKey(), "%")) {
                    while (columns.next()) {
                        table.getValue().add("column " + columns.getString("COLUMN_NAME") + " "
                                + columns.getString("TYPE_NAME") + "(" + columns.getInt("COLUMN_SIZE") + ") "
                                + columns.getString("IS_NULLABLE") + " " + columns.getString("COLUMN_DEF"));
                    }
                }
                try (ResultSet indexes = meta.getIndexInfo(null, null, table.getKey(), false, false)) {
                    while (indexes.next()) {
                        // H2 numbers primary keys in creation order: the order tables were made in is no shape.
                        String index = indexes.getString("INDEX_NAME")
                                .replaceFirst("^PRIMARY_KEY_[0-9A-F]+$", "PRIMARY_KEY");
                        table.getValue().add("index " + index + " "
                                + indexes.getString("COLUMN_NAME") + " unique=" + !indexes.getBoolean("NON_UNIQUE"));
                    }
                }
            }
        }
        return tables;
    }
}
