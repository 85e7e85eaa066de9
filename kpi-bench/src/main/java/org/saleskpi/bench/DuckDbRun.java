package org.saleskpi.bench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.SalesColumns;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.Period;

/**
 * An in-memory DuckDB holding the same issues as the engine's table, one row per issue, and the
 * timed run of {@link KpiSql} over it. Dates are the same local dates of the profile's zone,
 * computed here from the records rather than read from the engine's table.
 */
public final class DuckDbRun implements AutoCloseable {
    /** DECIMAL(18, s) is stored as a 64-bit integer, like the engine's number columns. */
    private static final BigInteger DECIMAL_18_LIMIT = BigInteger.TEN.pow(18);
    private static final List<String> TEXT_COLUMNS = List.of("type", "status", "rep", "customer");

    /** How the text columns (type, status, rep, customer) are stored. */
    public enum Strings {
        /** ENUM types built from the loaded values, the default: dictionary codes, as the engine reads. */
        ENUM,
        /** Plain VARCHAR, the schema one writes first. */
        VARCHAR;

        public static Strings fromKey(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    private final Connection connection;
    private final KpiSql sql;
    private final List<Period> months;
    private final PreparedStatement monthly;
    private final PreparedStatement byRep;
    private final long loadMillis;

    private DuckDbRun(Connection connection, KpiSql sql, List<Period> months, long loadMillis) throws SQLException {
        this.connection = connection;
        this.sql = sql;
        this.months = months;
        this.loadMillis = loadMillis;
        this.monthly = connection.prepareStatement(sql.monthly());
        this.byRep = connection.prepareStatement(sql.byRep());
    }

    /** DuckDB's own default: a thread per core. */
    public static int allCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The default schema (ENUM strings) on every core. */
    public static DuckDbRun load(Workload workload, IssueTable table) throws SQLException {
        return load(workload, table, Strings.ENUM, allCores());
    }

    /**
     * Generates the workload's issues once more and appends them. {@code table} only gives each
     * number column's scale, so that DuckDB holds exactly the digits the engine holds.
     */
    public static DuckDbRun load(Workload workload, IssueTable table, Strings strings, int threads)
            throws SQLException {
        if (threads < 1) {
            throw new IllegalArgumentException("DuckDB needs at least one thread, not " + threads);
        }
        SalesModel model = workload.model();
        KpiSql sql = new KpiSql(model, workload.options(), workload.months());
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try {
            long start = System.nanoTime();
            Rows rows = new Rows(model, workload.zone(), table);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET threads = " + threads);
                statement.execute(rows.createTable());
            }
            try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender("issues")) {
                SqlAppend append = new SqlAppend(appender, rows);
                workload.stream(append::row);
                append.failure().ifPresent(e -> {
                    throw new IllegalStateException("loading DuckDB failed", e);
                });
            }
            appendMonths(connection, workload);
            if (strings == Strings.ENUM) {
                toEnums(connection);
            }
            long loadMillis = (System.nanoTime() - start) / 1_000_000;
            return new DuckDbRun(connection, sql, workload.months(), loadMillis);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Rewrites the text columns as ENUMs of the values they hold; the queries stay the same. */
    private static void toEnums(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            StringBuilder select = new StringBuilder("CREATE TABLE issues_enum AS SELECT ");
            for (String column : TEXT_COLUMNS) {
                statement.execute("CREATE TYPE " + column + "_value AS ENUM (SELECT DISTINCT " + column
                        + " FROM issues WHERE " + column + " IS NOT NULL ORDER BY 1)");
                select.append("CAST(").append(column).append(" AS ").append(column).append("_value) AS ")
                        .append(column).append(", ");
            }
            statement.execute(select.append("* EXCLUDE (").append(String.join(", ", TEXT_COLUMNS))
                    .append(") FROM issues").toString());
            statement.execute("DROP TABLE issues");
            statement.execute("ALTER TABLE issues_enum RENAME TO issues");
        }
    }

    /** The compared months after the one before them, each with the target the engine's inputs give it. */
    private static void appendMonths(Connection connection, Workload workload) throws SQLException {
        List<Period> months = new ArrayList<>();
        months.add(workload.model().calendar().previous(workload.months().get(0)));
        months.addAll(workload.months());
        List<Optional<BigDecimal>> targets = new ArrayList<>();
        int scale = 0;
        for (Period month : months) {
            Optional<BigDecimal> target = workload.inputs().value(KpiCatalog.TARGET, month, "");
            targets.add(target);
            scale = Math.max(scale, target.map(BigDecimal::scale).orElse(0));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE months (idx INTEGER, start DATE, stop DATE, previous DATE,"
                    + " target DECIMAL(18, " + scale + "))");
        }
        try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender("months")) {
            for (int idx = 0; idx < months.size(); idx++) {
                appender.beginRow().append(idx)
                        .appendEpochDays((int) months.get(idx).startEpochDay())
                        .appendEpochDays((int) months.get(idx).endEpochDay());
                if (idx == 0) {
                    appender.appendNull();
                } else {
                    appender.appendEpochDays((int) months.get(idx - 1).startEpochDay());
                }
                Rows.decimal(appender, targets.get(idx), scale, "target of " + YearMonth.from(months.get(idx).start()));
                appender.endRow();
            }
        }
    }

    /** Time spent generating and appending the rows (not part of the timed run). */
    public long loadMillis() {
        return loadMillis;
    }

    public long rowCount() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM issues")) {
            result.next();
            return result.getLong(1);
        }
    }

    public String version() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version()")) {
            result.next();
            return result.getString(1);
        }
    }

    public String setting(String name) throws SQLException {
        return setting(connection, name);
    }

    /** A DuckDB setting of {@code connection} as text, e.g. {@code threads}. */
    static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_setting(" + KpiSql.quote(name) + ")")) {
            result.next();
            return result.getString(1);
        }
    }

    /** The timed run: both statements executed and every value read. */
    public KpiFigures compute() throws SQLException {
        KpiFigures figures = new KpiFigures(months);
        read(monthly, sql.monthlyOutputs(), null, months, figures);
        read(byRep, sql.byRepOutputs(), "rep", months, figures);
        return figures;
    }

    /**
     * Runs {@code statement} and puts each output's series into {@code into}: one row per month ({@code idx} from 1)
     * and, when {@code groupColumn} is not null, per value of that column.
     */
    static void read(PreparedStatement statement, List<KpiSql.Output> outputs, String groupColumn, List<Period> months,
            KpiFigures into) throws SQLException {
        List<Map<String, BigDecimal[]>> columns = new ArrayList<>();
        outputs.forEach(o -> columns.add(new LinkedHashMap<>()));
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                String group = groupColumn != null ? result.getString(groupColumn) : "";
                int month = result.getInt("idx") - 1;
                for (int o = 0; o < outputs.size(); o++) {
                    KpiSql.Output output = outputs.get(o);
                    BigDecimal[] row = columns.get(o).computeIfAbsent(group, g -> new BigDecimal[months.size()]);
                    row[month] = number(result.getObject(output.column()), output,
                            () -> " in month " + YearMonth.from(months.get(month).start())
                                    + (groupColumn != null ? " of " + groupColumn + " '" + group + "'" : ""));
                }
            }
        }
        for (int o = 0; o < outputs.size(); o++) {
            KpiSql.Output output = outputs.get(o);
            for (KpiFigures.Id id : output.ids()) {
                into.put(id, new KpiFigures.Series(output.exact(), columns.get(o)));
            }
        }
    }

    /** A cell as an exact number, or null for SQL NULL: the only way a figure may be absent. */
    static BigDecimal number(Object value, KpiSql.Output output, Supplier<String> where) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Long || value instanceof Integer) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            if (output.exact()) {
                throw new IllegalStateException(output.column() + " must be exact but DuckDB gave a " + value.getClass());
            }
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                // DuckDB divides by zero into NaN or Infinity; absent must come from an explicit NULL.
                throw new IllegalStateException("DuckDB gave " + d + " for " + output.column() + " " + output.ids()
                        + where.get() + ": a zero denominator must give NULL");
            }
            return BigDecimal.valueOf(d);
        }
        throw new IllegalStateException(output.column() + ": unexpected " + value.getClass());
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** How a record becomes a row: which field is the rep, the customer, the close date, and each number's scale. */
    private static final class Rows {
        private final SalesModel model;
        private final ZoneId zone;
        private final int amountScale;
        private final int costScale;
        private final int sentScale;
        private final int openedScale;

        Rows(SalesModel model, ZoneId zone, IssueTable table) {
            SalesColumns columns = SalesColumns.of(model);
            this.model = model;
            this.zone = zone;
            this.amountScale = scale(table, columns.amount());
            this.costScale = scale(table, columns.cost().orElseThrow());
            this.sentScale = scale(table, columns.emailsSent().orElseThrow());
            this.openedScale = scale(table, columns.emailsOpened().orElseThrow());
        }

        private static int scale(IssueTable table, Column column) {
            return table.numbers(column).scale();
        }

        String createTable() {
            return "CREATE TABLE issues (type VARCHAR, status VARCHAR, rep VARCHAR, customer VARCHAR,"
                    + " created DATE, resolved DATE, closed DATE,"
                    + " amount DECIMAL(18, " + amountScale + "), cost DECIMAL(18, " + costScale + "),"
                    + " sent DECIMAL(18, " + sentScale + "), opened DECIMAL(18, " + openedScale + "),"
                    + " category VARCHAR)";
        }

        void append(DuckDBAppender appender, IssueRecord issue) throws SQLException {
            appender.beginRow();
            appender.append(issue.issueType());
            appender.append(issue.status());
            text(appender, model.repField().isPresent() ? text(issue.field(model.repField().get()))
                    : issue.assignee().orElse(null));
            text(appender, text(issue.field(model.customerField().orElseThrow())));
            day(appender, Optional.of(localDay(issue.created().atZone(zone).toLocalDate())));
            Optional<Integer> resolved = issue.resolved().map(i -> localDay(i.atZone(zone).toLocalDate()));
            day(appender, resolved);
            day(appender, model.closeDateField().isPresent() ? closeDate(issue, model.closeDateField().get()) : resolved);
            number(appender, issue, model.amountField(), amountScale);
            number(appender, issue, model.costField().orElseThrow(), costScale);
            number(appender, issue, model.emailsSentField().orElseThrow(), sentScale);
            number(appender, issue, model.emailsOpenedField().orElseThrow(), openedScale);
            // The forecast category the option means (its key), read through the profile's mapping.
            text(appender, model.pipeline().forecastCategoryField().flatMap(field -> Optional.ofNullable(
                    text(issue.field(field)))).map(option -> model.pipeline().category(option).key()).orElse(null));
            appender.endRow();
        }

        private static int localDay(LocalDate date) {
            return (int) date.toEpochDay();
        }

        private static Optional<Integer> closeDate(IssueRecord issue, String field) {
            return issue.field(field).map(value -> {
                if (value instanceof FieldValue.DateValue date) {
                    return localDay(date.value());
                }
                throw new IllegalArgumentException(field + " of " + issue.key() + " is not a date");
            });
        }

        // Written apart from IssueTable's own mapping, so that a mistake there cannot hide on both sides.
        private static String text(Optional<FieldValue> field) {
            if (field.isEmpty()) {
                return null;
            }
            FieldValue value = field.get();
            if (value instanceof FieldValue.TextValue t) {
                return t.value();
            }
            if (value instanceof FieldValue.OptionValue o) {
                return o.value();
            }
            if (value instanceof FieldValue.UserValue u) {
                return u.userKey();
            }
            if (value instanceof FieldValue.NumberValue n) {
                return n.value().stripTrailingZeros().toPlainString();
            }
            return ((FieldValue.DateValue) value).value().toString();
        }

        /** Empty text is no value, as in Jira. */
        private static void text(DuckDBAppender appender, String text) throws SQLException {
            if (text == null || text.isEmpty()) {
                appender.appendNull();
            } else {
                appender.append(text);
            }
        }

        private static void day(DuckDBAppender appender, Optional<Integer> day) throws SQLException {
            if (day.isEmpty()) {
                appender.appendNull();
            } else {
                appender.appendEpochDays(day.get());
            }
        }

        private static void number(DuckDBAppender appender, IssueRecord issue, String field, int scale)
                throws SQLException {
            Optional<BigDecimal> number = issue.field(field).map(value -> {
                if (value instanceof FieldValue.NumberValue n) {
                    return n.value();
                }
                throw new IllegalArgumentException(field + " of " + issue.key() + " is not a number");
            });
            decimal(appender, number, scale, field + " of " + issue.key());
        }

        /** The exact unscaled value, or NULL; a value needing more digits than the column fails loudly. */
        static void decimal(DuckDBAppender appender, Optional<BigDecimal> value, int scale, String what)
                throws SQLException {
            if (value.isEmpty()) {
                appender.appendNull();
                return;
            }
            BigInteger unscaled = value.get().setScale(scale).unscaledValue();
            if (unscaled.abs().compareTo(DECIMAL_18_LIMIT) >= 0) {
                throw new IllegalArgumentException(what + " does not fit DECIMAL(18, " + scale + ")");
            }
            appender.appendDecimal(unscaled.longValueExact());
        }
    }

    /** A record sink for the generator that keeps the first SQL failure, which a Consumer cannot throw. */
    private static final class SqlAppend {
        private final DuckDBAppender appender;
        private final Rows rows;
        private SQLException failure;

        SqlAppend(DuckDBAppender appender, Rows rows) {
            this.appender = appender;
            this.rows = rows;
        }

        void row(IssueRecord issue) {
            if (failure != null) {
                return;
            }
            try {
                rows.append(appender, issue);
            } catch (SQLException e) {
                failure = e;
            }
        }

        Optional<SQLException> failure() {
            return Optional.ofNullable(failure);
        }
    }
}
