package org.saleskpi.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Lets H2's background writer, on the machine's other core, write the command-line import's pages to the file
 * (ADR 0077). The server opens H2 with {@code WRITE_DELAY=0} (each commit written before it returns), which also
 * stops the MVStore's background writer thread: then every time the unsaved pages pass the store's auto-commit
 * buffer, the thread that imports stops to write them itself, a fifth of its time (ADR 0071). With a write delay the
 * background thread writes them every {@link #DELAY_MILLIS} ms, and the importing thread only when it outruns it.
 *
 * <p>All or nothing stays: an import's rows are one transaction, which H2 rolls back at the next start if the process
 * dies before the commit, whoever wrote its pages; and a transaction whose pages were written before its commit is
 * written to the file by the commit itself, whatever the delay (H2's {@code TransactionStore.commit}).
 * {@link #close()} sets the delay back to 0 (H2 stores the setting in the file) and writes what is left.
 */
final class StoringInBackground implements AutoCloseable {
    /** How often the background writer writes the pages the import changed (H2's default write delay is 500). */
    static final int DELAY_MILLIS = 100;

    private final DataSource dataSource;

    private StoringInBackground(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Starts H2's background writer for the database behind {@code dataSource} (an H2 file). */
    static StoringInBackground start(DataSource dataSource) {
        execute(dataSource, "SET WRITE_DELAY " + DELAY_MILLIS);
        return new StoringInBackground(dataSource);
    }

    /**
     * Each commit written before it returns again, and everything written now. A database that refuses these (its
     * disk full, closed by H2) has failed the import, whose message said why; its close writes what it still can.
     */
    @Override
    public void close() {
        try {
            execute(dataSource, "SET WRITE_DELAY 0");
            execute(dataSource, "CHECKPOINT");
        } catch (IllegalStateException e) {
            // Not thrown over the import's own answer (see above).
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set how H2 writes the import: " + sql, e);
        }
    }
}
