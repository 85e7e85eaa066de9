package org.saleskpi.server.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.store.Database;

/**
 * Data of format 2 (labels and values in tables of their own) opened by this release: {@link IssueStore#createSchema}
 * moves them into the issues' rows, more than one page of them, and drops the old tables (ADR 0081).
 */
class FormatTwoTablesTest {
    private static final int ISSUES = IssueStore.BATCH + 7;

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_FILE", "POSTGRES"})
    void labelsAndValuesOfFormatTwoMoveIntoTheIssuesRowsAndTheirTablesGo(Database database) throws SQLException {
        DataSource dataSource = database.openDataSource();
        formatTwo(dataSource);

        IssueStore store = new IssueStore(dataSource, IssueSink.NONE);
        store.createSchema();

        assertThat(tables(dataSource)).doesNotContain("ISSUE_LABEL", "FIELD_VALUE");
        assertThat(store.count()).isEqualTo(ISSUES);
        IndexedIssue first = store.find("SALES-1").orElseThrow();
        assertThat(first.labels()).containsExactlyInAnyOrder("q1", "a:b");
        assertThat(first.record().fields()).containsOnly(
                entry("customfield_10000", FieldValue.number(new BigDecimal("1200.50"))),
                entry("customfield_10001", FieldValue.date(LocalDate.parse("2026-03-31"))));
        IndexedIssue last = store.find("SALES-" + ISSUES).orElseThrow();
        assertThat(last.labels()).containsExactly("q1");
        assertThat(last.record().fields()).containsOnlyKeys("customfield_10000");
        IndexedIssue bare = store.find("SALES-2").orElseThrow();
        assertThat(bare.labels()).isEmpty();
        assertThat(bare.record().fields()).isEmpty();

        // A second start finds nothing left to move and keeps what the first moved.
        store.createSchema();
        assertThat(store.find("SALES-1")).contains(first);
    }

    private static Map.Entry<String, FieldValue> entry(String field, FieldValue value) {
        return Map.entry(field, value);
    }

    /** The tables as a release of format 2 left them: every odd issue with two labels and two values. */
    private static void formatTwo(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS SK");
            statement.execute("CREATE TABLE SK.ISSUE (ISSUE_KEY VARCHAR(255) NOT NULL PRIMARY KEY,"
                    + " PROJECT VARCHAR(255) NOT NULL, ISSUE_TYPE VARCHAR(255) NOT NULL, STATUS VARCHAR(255) NOT NULL,"
                    + " STATUS_CATEGORY VARCHAR(16) NOT NULL, RESOLUTION VARCHAR(255), ASSIGNEE VARCHAR(255),"
                    + " REPORTER VARCHAR(255), CREATED TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " UPDATED TIMESTAMP WITH TIME ZONE NOT NULL, RESOLVED TIMESTAMP WITH TIME ZONE, DUE DATE,"
                    + " SUMMARY VARCHAR NOT NULL, DESCRIPTION VARCHAR NOT NULL,"
                    + " HISTORY_KNOWN BOOLEAN DEFAULT FALSE NOT NULL)");
            statement.execute("CREATE TABLE SK.ISSUE_LABEL (ISSUE_KEY VARCHAR(255) NOT NULL,"
                    + " LABEL VARCHAR(255) NOT NULL, PRIMARY KEY (ISSUE_KEY, LABEL))");
            statement.execute("CREATE TABLE SK.FIELD (FIELD_ID VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " FIELD_NAME VARCHAR(255) NOT NULL UNIQUE, FIELD_TYPE VARCHAR(16) NOT NULL)");
            statement.execute("CREATE TABLE SK.FIELD_VALUE (ISSUE_KEY VARCHAR(255) NOT NULL,"
                    + " FIELD_ID VARCHAR(64) NOT NULL, FIELD_VALUE VARCHAR NOT NULL, PRIMARY KEY (ISSUE_KEY, FIELD_ID))");
            statement.execute("INSERT INTO SK.FIELD VALUES ('customfield_10000', 'Amount', 'NUMBER'),"
                    + " ('customfield_10001', 'Close date', 'DATE')");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement issue = connection.prepareStatement("INSERT INTO SK.ISSUE (ISSUE_KEY, PROJECT,"
                        + " ISSUE_TYPE, STATUS, STATUS_CATEGORY, CREATED, UPDATED, SUMMARY, DESCRIPTION) VALUES"
                        + " (?, 'SALES', 'Opportunity', 'Open', 'TO_DO', TIMESTAMP WITH TIME ZONE"
                        + " '2026-03-02 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-02 09:00:00+00', ?, '')");
                PreparedStatement label = connection.prepareStatement("INSERT INTO SK.ISSUE_LABEL VALUES (?, ?)");
                PreparedStatement value = connection.prepareStatement("INSERT INTO SK.FIELD_VALUE VALUES (?, ?, ?)")) {
            for (int n = 1; n <= ISSUES; n++) {
                String key = "SALES-" + n;
                issue.setString(1, key);
                issue.setString(2, "Deal " + n);
                issue.addBatch();
                if (n % 2 == 1) {
                    add(label, key, "q1");
                    add(value, key, "customfield_10000", "1200.50");
                }
                if (n == 1) {
                    add(label, key, "a:b");
                    add(value, key, "customfield_10001", "2026-03-31");
                }
            }
            issue.executeBatch();
            label.executeBatch();
            value.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            insert.setString(i + 1, values[i]);
        }
        insert.addBatch();
    }

    private static Set<String> tables(DataSource dataSource) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT UPPER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE UPPER(TABLE_SCHEMA) = 'SK'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
