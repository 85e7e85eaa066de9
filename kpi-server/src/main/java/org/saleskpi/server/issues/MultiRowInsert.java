package org.saleskpi.server.issues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Inserts rows into one table {@link #ROWS} at a time, as one {@code INSERT ... VALUES (...), (...), ...} statement,
 * where a JDBC batch runs its one-row statement once per row (H2 starts, checks and ends a statement per row of a
 * batch). Rows wait until a statement is full or {@link #finish()}; each is bound only then, by {@code binder}.
 * For loads into empty tables, in the caller's transaction.
 */
final class MultiRowInsert<T> implements AutoCloseable {
    /** Rows per statement: enough that the per-statement work vanishes, few enough parameters to parse at once. */
    static final int ROWS = 128;

    /** Binds one row's columns at {@code offset} + 1, + 2, ... of a statement. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement statement, int offset, T row) throws SQLException;
    }

    private final Connection connection;
    private final String table;
    private final String columns;
    private final int width;
    private final RowBinder<T> binder;
    private final List<T> pending = new ArrayList<>(ROWS);
    private PreparedStatement full;

    /** Into {@code table} (with its schema), {@code columns} as the INSERT lists them, {@code width} of them. */
    MultiRowInsert(Connection connection, String table, String columns, int width, RowBinder<T> binder) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.table = Objects.requireNonNull(table, "table");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.width = width;
        this.binder = Objects.requireNonNull(binder, "binder");
    }

    /** Adds a row, sending the statement once it holds {@link #ROWS}. */
    void add(T row) throws SQLException {
        pending.add(row);
        if (pending.size() == ROWS) {
            if (full == null) {
                full = connection.prepareStatement(sql(ROWS));
            }
            send(full);
        }
    }

    /** Sends the rows added since the last full statement, as a statement of just their number. */
    void finish() throws SQLException {
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
                send(rest);
            }
        }
    }

    private void send(PreparedStatement statement) throws SQLException {
        for (int row = 0; row < pending.size(); row++) {
            binder.bind(statement, row * width, pending.get(row));
        }
        statement.executeUpdate();
        pending.clear();
    }

    private String sql(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return "INSERT INTO " + table + " (" + columns + ") VALUES " + String.join(", ", Collections.nCopies(rows, row));
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
