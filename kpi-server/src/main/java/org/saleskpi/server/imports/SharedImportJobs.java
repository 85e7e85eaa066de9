package org.saleskpi.server.imports;

import com.google.gson.Gson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.saleskpi.core.user.UserRef;

/**
 * Import jobs as every node sees them: each job's state and progress in a table ({@code SK.IMPORT_JOB}), written by
 * the node that runs it and read by any node, with the time of its last write (a job whose node stopped writes no
 * more). Only the latest {@value ImportJobs#KEPT} jobs are kept.
 */
public final class SharedImportJobs {
    private static final Gson GSON = new Gson();

    private final DataSource dataSource;

    public SharedImportJobs(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** A job as stored, with the node that runs it and when that node last wrote it. */
    record Row(ImportJob job, String node, Instant written) {
    }

    public void createSchema() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS SK");
            statement.execute("CREATE TABLE IF NOT EXISTS SK.IMPORT_JOB ("
                    + " ID VARCHAR(36) NOT NULL PRIMARY KEY,"
                    + " NODE VARCHAR(36) NOT NULL,"
                    + " STARTED_BY_KEY VARCHAR(255) NOT NULL,"
                    + " STARTED_BY_NAME VARCHAR(255) NOT NULL,"
                    + " STARTED_AT BIGINT NOT NULL,"
                    + " STATE VARCHAR(16) NOT NULL,"
                    + " PROCESSED BIGINT NOT NULL,"
                    + " TOTAL BIGINT NOT NULL,"
                    + " REPORT VARCHAR,"
                    + " ERROR VARCHAR,"
                    + " WRITTEN_AT BIGINT NOT NULL)");
            // Added after the table: a data directory of the release before gains it.
            statement.execute("ALTER TABLE SK.IMPORT_JOB ADD COLUMN IF NOT EXISTS ERROR_KEY VARCHAR(255)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the import job table", e);
        }
    }

    /** Stores the job as it stands now, written by {@code node} at {@code now}; forgets the oldest beyond the kept. */
    void save(ImportJob job, String node, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE SK.IMPORT_JOB SET STATE = ?,"
                    + " PROCESSED = ?, TOTAL = ?, REPORT = ?, ERROR = ?, WRITTEN_AT = ?, ERROR_KEY = ? WHERE ID = ?")) {
                bindState(update, job, now, 1);
                update.setString(8, job.id());
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SK.IMPORT_JOB (STATE, PROCESSED,"
                    + " TOTAL, REPORT, ERROR, WRITTEN_AT, ERROR_KEY, ID, NODE, STARTED_BY_KEY, STARTED_BY_NAME,"
                    + " STARTED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindState(insert, job, now, 1);
                insert.setString(8, job.id());
                insert.setString(9, node);
                insert.setString(10, job.startedBy().key());
                insert.setString(11, job.startedBy().displayName());
                insert.setLong(12, job.startedAt().toEpochMilli());
                insert.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM SK.IMPORT_JOB WHERE ID NOT IN (SELECT ID FROM SK.IMPORT_JOB"
                        + " ORDER BY STARTED_AT DESC, ID FETCH FIRST " + ImportJobs.KEPT + " ROWS ONLY)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store import job " + job.id(), e);
        }
    }

    private static void bindState(PreparedStatement statement, ImportJob job, Instant now, int first)
            throws SQLException {
        statement.setString(first, job.state().name());
        statement.setLong(first + 1, job.processed());
        statement.setLong(first + 2, job.total());
        if (job.report().isPresent()) {
            statement.setString(first + 3, GSON.toJson(job.report().get()));
        } else {
            statement.setNull(first + 3, Types.VARCHAR);
        }
        if (job.error().isPresent()) {
            statement.setString(first + 4, job.error().get());
        } else {
            statement.setNull(first + 4, Types.VARCHAR);
        }
        statement.setLong(first + 5, now.toEpochMilli());
        if (job.errorKey().isPresent()) {
            statement.setString(first + 6, job.errorKey().get());
        } else {
            statement.setNull(first + 6, Types.VARCHAR);
        }
    }

    Optional<Row> get(String id) {
        List<Row> rows = query("WHERE ID = ?", id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The kept jobs, newest first. */
    List<Row> recent() {
        return query("ORDER BY STARTED_AT DESC, ID", null);
    }

    private List<Row> query(String tail, String id) {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT ID, NODE, STARTED_BY_KEY,"
                        + " STARTED_BY_NAME, STARTED_AT, STATE, PROCESSED, TOTAL, REPORT, ERROR, WRITTEN_AT, ERROR_KEY"
                        + " FROM SK.IMPORT_JOB " + tail)) {
            if (id != null) {
                query.setString(1, id);
            }
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    ImportJob job = new ImportJob(result.getString(1),
                            new UserRef(result.getString(3), result.getString(4)),
                            Instant.ofEpochMilli(result.getLong(5)), ImportJob.State.valueOf(result.getString(6)),
                            result.getLong(7), result.getLong(8),
                            Optional.ofNullable(result.getString(9)).map(json -> GSON.fromJson(json, ImportReport.class)),
                            Optional.ofNullable(result.getString(10)), Optional.ofNullable(result.getString(12)));
                    rows.add(new Row(job, result.getString(2), Instant.ofEpochMilli(result.getLong(11))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the import jobs", e);
        }
        return rows;
    }
}
