package org.saleskpi.server.issues;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

/** The SK tables that have a primary key, named in upper case on H2 and PostgreSQL alike. */
public final class PrimaryKeys {
    /** The tables an import fills, whose keys an import into empty H2 tables adds after loading them. */
    public static final Set<String> LOADED_TABLES = Set.of("ISSUE");

    private PrimaryKeys() {
    }

    public static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT UPPER(TABLE_NAME) FROM INFORMATION_SCHEMA"
                        + ".TABLE_CONSTRAINTS WHERE UPPER(TABLE_SCHEMA) = 'SK' AND CONSTRAINT_TYPE = 'PRIMARY KEY'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
