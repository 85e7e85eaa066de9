package org.saleskpi.bench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.period.Period;

/**
 * An in-memory DuckDB holding the history workload's issues (current state) and their status, amount and
 * close date changes, appended as the generator hands them over, and the timed run of {@link HistorySql} over them.
 * Instants are epoch seconds (the engine's precision too); each month's local midnights are computed
 * here from the profile's zone.
 */
public final class HistoryDuckDb implements AutoCloseable {
    private static final BigInteger DECIMAL_18_LIMIT = BigInteger.TEN.pow(18);

    private final Connection connection;
    private final HistorySql sql;
    private final List<Period> months;
    private final String amountField;
    private final int amountScale;
    private final ZoneId zone;
    private final String closeDateField;
    private final DuckDBAppender issues;
    private final DuckDBAppender changes;
    private PreparedStatement funnel;
    private PreparedStatement timeInStage;
    private PreparedStatement monthEnds;
    private PreparedStatement slippage;
    private long changeRows;

    private HistoryDuckDb(Connection connection, HistoryWorkload workload, int amountScale) throws SQLException {
        this.connection = connection;
        Workload base = workload.workload();
        this.sql = new HistorySql(base.model(), base.options());
        this.months = base.months();
        this.amountField = base.model().amountField();
        this.amountScale = amountScale;
        this.zone = base.zone();
        this.closeDateField = base.model().closeDateField().orElseThrow(
                () -> new IllegalArgumentException("the history workload needs a close date field"));
        String decimal = "DECIMAL(18, " + amountScale + ")";
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE issues (issue INTEGER, type VARCHAR, status VARCHAR, created BIGINT,"
                    + " created_day DATE, closed DATE, amount " + decimal + ")");
            statement.execute("CREATE TABLE changes (issue INTEGER, seq INTEGER, at_s BIGINT, field VARCHAR,"
                    + " from_status VARCHAR, to_status VARCHAR, from_amount " + decimal + ", to_amount " + decimal
                    + ", from_date DATE, to_date DATE)");
        }
        DuckDBConnection duck = (DuckDBConnection) connection;
        this.issues = duck.createAppender("issues");
        this.changes = duck.createAppender("changes");
        appendMonths(connection, base);
    }

    /** Opens the database with {@code threads} threads; amounts are held at {@code amountScale} decimals. */
    public static HistoryDuckDb open(HistoryWorkload workload, int threads, int amountScale) throws SQLException {
        if (threads < 1) {
            throw new IllegalArgumentException("DuckDB needs at least one thread, not " + threads);
        }
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET threads = " + threads);
            }
            return new HistoryDuckDb(connection, workload, amountScale);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The compared months after the one before them, each with the epoch seconds of its local midnights. */
    private static void appendMonths(Connection connection, Workload workload) throws SQLException {
        List<Period> months = new ArrayList<>();
        months.add(workload.model().calendar().previous(workload.months().get(0)));
        months.addAll(workload.months());
        ZoneId zone = workload.zone();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE months (idx INTEGER, start_s BIGINT, stop_s BIGINT, start_d DATE,"
                    + " stop_d DATE)");
        }
        try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender("months")) {
            for (int idx = 0; idx < months.size(); idx++) {
                appender.beginRow().append(idx)
                        .append(months.get(idx).start().atStartOfDay(zone).toEpochSecond())
                        .append(months.get(idx).end().atStartOfDay(zone).toEpochSecond())
                        .appendEpochDays((int) months.get(idx).startEpochDay())
                        .appendEpochDays((int) months.get(idx).endEpochDay())
                        .endRow();
            }
        }
    }

    /** Appends one issue (row {@code row} of the engine's table) and its status and amount changes. */
    public void add(int row, IssueRecord issue, IssueHistory history) throws SQLException {
        issues.beginRow().append(row).append(issue.issueType()).append(issue.status())
                .append(issue.created().getEpochSecond())
                .appendEpochDays((int) issue.created().atZone(zone).toLocalDate().toEpochDay());
        Optional<FieldValue> closed = issue.field(closeDateField);
        if (closed.isPresent()) {
            issues.appendEpochDays((int) ((FieldValue.DateValue) closed.get()).value().toEpochDay());
        } else {
            issues.appendNull();
        }
        decimal(issues, issue.field(amountField).map(value -> ((FieldValue.NumberValue) value).value()), issue.key());
        issues.endRow();
        int seq = 0;
        for (Change change : history.changes()) {
            seq++;
            boolean status = change.field().equals("status");
            boolean amount = change.field().equals(amountField);
            boolean closeDate = change.field().equals(closeDateField);
            if (!status && !amount && !closeDate) {
                continue;
            }
            changes.beginRow().append(row).append(seq).append(change.at().getEpochSecond())
                    .append(status ? "status" : amount ? "amount" : "close_date");
            text(changes, status ? change.from() : Optional.empty());
            text(changes, status ? change.to() : Optional.empty());
            decimal(changes, amount ? change.from().map(BigDecimal::new) : Optional.empty(), issue.key());
            decimal(changes, amount ? change.to().map(BigDecimal::new) : Optional.empty(), issue.key());
            day(changes, closeDate ? change.from() : Optional.empty());
            day(changes, closeDate ? change.to() : Optional.empty());
            changes.endRow();
            changeRows++;
        }
    }

    private static void text(DuckDBAppender appender, Optional<String> text) throws SQLException {
        if (text.isEmpty() || text.get().isEmpty()) {
            appender.appendNull();
        } else {
            appender.append(text.get());
        }
    }

    /** An ISO date (the canonical text of a date field), or NULL when empty. */
    private static void day(DuckDBAppender appender, Optional<String> text) throws SQLException {
        if (text.isEmpty() || text.get().isEmpty()) {
            appender.appendNull();
        } else {
            appender.appendEpochDays((int) LocalDate.parse(text.get()).toEpochDay());
        }
    }

    private void decimal(DuckDBAppender appender, Optional<BigDecimal> value, String key) throws SQLException {
        if (value.isEmpty()) {
            appender.appendNull();
            return;
        }
        BigInteger unscaled = value.get().setScale(amountScale).unscaledValue();
        if (unscaled.abs().compareTo(DECIMAL_18_LIMIT) >= 0) {
            throw new IllegalArgumentException("the amount of " + key + " does not fit DECIMAL(18, " + amountScale
                    + ")");
        }
        appender.appendDecimal(unscaled.longValueExact());
    }

    /** Ends the load: flushes the rows, writes the text columns as ENUMs and prepares the statements. */
    public void finish() throws SQLException {
        issues.close();
        changes.close();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TYPE status_value AS ENUM (SELECT status FROM issues WHERE status IS NOT NULL"
                    + " UNION SELECT from_status FROM changes WHERE from_status IS NOT NULL"
                    + " UNION SELECT to_status FROM changes WHERE to_status IS NOT NULL)");
            statement.execute("CREATE TYPE type_value AS ENUM (SELECT DISTINCT type FROM issues)");
            statement.execute("CREATE TYPE field_value AS ENUM ('status', 'amount', 'close_date')");
            statement.execute("CREATE TABLE issues_typed AS SELECT issue, CAST(type AS type_value) AS type,"
                    + " CAST(status AS status_value) AS status, created, created_day, closed, amount FROM issues"
                    + " ORDER BY issue");
            statement.execute("CREATE TABLE changes_typed AS SELECT issue, seq, at_s,"
                    + " CAST(field AS field_value) AS field,"
                    + " CAST(from_status AS status_value) AS from_status, CAST(to_status AS status_value) AS to_status,"
                    + " from_amount, to_amount, from_date, to_date FROM changes ORDER BY issue, seq");
            statement.execute("DROP TABLE issues");
            statement.execute("DROP TABLE changes");
            statement.execute("ALTER TABLE issues_typed RENAME TO issues");
            statement.execute("ALTER TABLE changes_typed RENAME TO changes");
        }
        funnel = connection.prepareStatement(sql.funnel());
        timeInStage = connection.prepareStatement(sql.timeInStage());
        monthEnds = connection.prepareStatement(sql.monthEnds());
        slippage = connection.prepareStatement(sql.slippage());
    }

    /** Status, amount and close date changes loaded. */
    public long changeRows() {
        return changeRows;
    }

    public String setting(String name) throws SQLException {
        return DuckDbRun.setting(connection, name);
    }

    /** The timed run: the four statements executed and every value read. */
    public KpiFigures compute() throws SQLException {
        KpiFigures figures = new KpiFigures(months);
        DuckDbRun.read(funnel, sql.funnelOutputs(), "name", months, figures);
        DuckDbRun.read(timeInStage, sql.timeInStageOutputs(), "name", months, figures);
        DuckDbRun.read(monthEnds, sql.monthEndOutputs(), null, months, figures);
        DuckDbRun.read(slippage, sql.slippageOutputs(), null, months, figures);
        return figures;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
