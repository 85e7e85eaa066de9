package org.saleskpi.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line import's H2 file as the server opens it ({@code WRITE_DELAY=0}: no background writer): while
 * {@link StoringInBackground} is in place H2's background writer thread runs for that file, and once closed it is
 * gone and the file keeps a write delay of 0 for whoever opens it without the server's settings.
 */
class StoringInBackgroundTest {

    @Test
    void theBackgroundWriterRunsWhileInPlaceAndTheFileKeepsNoWriteDelayAfter(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("saleskpi");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        try (Connection held = dataSource.getConnection(); Statement statement = held.createStatement()) {
            statement.execute("CREATE TABLE T (ID INT, NAME VARCHAR(100))");
            assertThat(backgroundWriterOf(file)).as("the server's H2 file has none").isFalse();

            try (StoringInBackground storing = StoringInBackground.start(dataSource)) {
                assertThat(backgroundWriterOf(file)).isTrue();
                assertThat(writeDelay(statement)).isEqualTo(StoringInBackground.DELAY_MILLIS);
                statement.execute("INSERT INTO T SELECT X, 'row ' || X FROM SYSTEM_RANGE(1, 1000)");
            }

            assertThat(writeDelay(statement)).isZero();
            assertThat(backgroundWriterOf(file)).as("H2 stops its thread when the delay goes back to 0").isFalse();
        }
        JdbcDataSource asStored = new JdbcDataSource();
        asStored.setURL("jdbc:h2:file:" + file);
        asStored.setUser("sa");
        asStored.setPassword("");
        try (Connection again = asStored.getConnection(); Statement statement = again.createStatement()) {
            // Reopened by its URL alone (without WRITE_DELAY), as a tool would: the stored setting is 0.
            assertThat(writeDelay(statement)).isZero();
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM T")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1000);
            }
        }
    }

    private static boolean backgroundWriterOf(Path file) {
        // H2 names the thread "MVStore background writer " followed by the file's name.
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.isAlive() && thread.getName().startsWith("MVStore background writer")
                        && thread.getName().contains(file.toString()));
    }

    private static int writeDelay(Statement statement) throws Exception {
        try (ResultSet rows = statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            return rows.next() ? Integer.parseInt(rows.getString(1)) : -1;
        }
    }
}
