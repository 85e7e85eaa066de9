package org.saleskpi.server.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.store.Database;

/**
 * An import into empty issue tables on H2 loads them without their primary keys and adds the keys after its commit
 * (ADR 0056); into tables holding issues it keeps the keys and looks the stored issues up; and a start adds the keys an
 * import killed while loading left off.
 */
class IssueStoreEmptyImportTest {
    private static final Instant MONDAY = Instant.parse("2024-03-11T09:15:30Z");
    private static final IssueWrite IMPORTER = IssueWrite.by("importer", MONDAY).withoutPast();
    private static final Set<String> LOADED = PrimaryKeys.LOADED_TABLES;

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "H2_FILE"})
    void intoEmptyTablesItLoadsWithoutKeysAndAddsThemAfter(Database database) throws Exception {
        DataSource dataSource = database.openDataSource();
        IssueStore store = keysAfterLoad(dataSource);
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        Batches batches = new Batches(dataSource, List.of(deals(amount, 1, 1500), deals(amount, 1501, 3000)));

        assertThat(store.importBatches(batches, IMPORTER)).isEqualTo(3000);

        assertThat(batches.toldEmpty).isTrue();
        assertThat(batches.keysWhileWriting).as("the tables' keys while the batches were written").containsOnly(
                Set.of());
        assertThat(keyedTables(dataSource)).containsAll(LOADED);
        assertThat(store.count()).isEqualTo(3000);
        assertThat(store.find("SALES-2999")).contains(deal(amount, 2999));
        // The keys are back: a repeated key is refused as before.
        assertThatThrownBy(() -> execute(dataSource, "INSERT INTO SK.ISSUE (ISSUE_KEY, PROJECT, ISSUE_TYPE, STATUS,"
                + " STATUS_CATEGORY, CREATED, UPDATED, SUMMARY, DESCRIPTION) SELECT ISSUE_KEY, PROJECT, ISSUE_TYPE,"
                + " STATUS, STATUS_CATEGORY, CREATED, UPDATED, SUMMARY, DESCRIPTION FROM SK.ISSUE"
                + " WHERE ISSUE_KEY = 'SALES-8'")).isInstanceOf(SQLException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "H2_FILE"})
    void intoEmptyTablesItStoresTheRowsAnOrdinaryImportStores(Database database) throws Exception {
        // Rows in numbers that fill no multi-row statement exactly (ADR 0069), across batches of odd sizes.
        DataSource loaded = database.openDataSource();
        IssueStore intoEmpty = keysAfterLoad(loaded);
        CustomField amount = intoEmpty.defineField("Amount", FieldType.NUMBER);
        DataSource written = database.openDataSource();
        IssueStore ordinary = new IssueStore(written, IssueSink.NONE);
        ordinary.createSchema();
        ordinary.defineField("Amount", FieldType.NUMBER);
        List<List<IndexedIssue>> batches = List.of(deals(amount, 1, 1), deals(amount, 2, 300), deals(amount, 301, 2999));

        intoEmpty.importBatches(new Batches(loaded, batches), IMPORTER);
        ordinary.importBatches(new Batches(written, batches), IMPORTER);

        assertThat(rows(loaded, "ISSUE")).isEqualTo(rows(written, "ISSUE")).hasSizeGreaterThan(1000);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "H2_FILE"})
    void intoTablesHoldingIssuesItKeepsTheKeysAndUpdatesTheStoredOnes(Database database) throws Exception {
        DataSource dataSource = database.openDataSource();
        IssueStore store = keysAfterLoad(dataSource);
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        store.save(List.of(deal(amount, 2)), IssueWrite.by("editor", MONDAY));
        IndexedIssue changed = new IndexedIssue(IssueRecord.builder("SALES-2", "SALES").type("Opportunity")
                .status("Won", StatusCategory.DONE).created(MONDAY)
                .field(amount.id(), FieldValue.number(new BigDecimal("99"))).build(), "Deal SALES-2", "", Set.of());
        Batches batches = new Batches(dataSource, List.of(List.of(deal(amount, 1), changed, deal(amount, 3))));

        store.importBatches(batches, IMPORTER);

        assertThat(batches.toldEmpty).isFalse();
        assertThat(batches.keysWhileWriting).containsOnly(LOADED);
        assertThat(store.count()).isEqualTo(3);
        assertThat(store.find("SALES-2")).contains(changed);
        assertThat(store.changelog("SALES-2", 0, 10).total()).as("the update's changes recorded").isPositive();
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "H2_FILE"})
    void aFailedImportIntoEmptyTablesKeepsNothingAndGivesTheKeysBack(Database database) throws Exception {
        DataSource dataSource = database.openDataSource();
        IssueStore store = keysAfterLoad(dataSource);
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        // Without the keys the tables would take the repeated key: the store itself refuses it.
        Batches batches = new Batches(dataSource, List.of(deals(amount, 1, 10), deals(amount, 10, 20)));

        assertThatThrownBy(() -> store.importBatches(batches, IMPORTER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SALES-10 is given twice");

        assertThat(store.count()).isZero();
        assertThat(keyedTables(dataSource)).containsAll(LOADED);
        // And the next import into the still empty tables goes the same way.
        Batches again = new Batches(dataSource, List.of(deals(amount, 1, 10)));
        assertThat(store.importBatches(again, IMPORTER)).isEqualTo(10);
        assertThat(again.toldEmpty).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2_FILE")
    void aStartAddsTheKeysAnImportKilledWhileLoadingLeftOff(Database database) throws Exception {
        DataSource dataSource = database.openDataSource();
        keysAfterLoad(dataSource);
        // What KilledServerTest finds after a server killed in an import into empty tables.
        for (String table : LOADED) {
            execute(dataSource, "ALTER TABLE SK." + table + " DROP PRIMARY KEY");
        }
        assertThat(keyedTables(dataSource)).doesNotContainAnyElementsOf(LOADED);

        new IssueStore(dataSource, IssueSink.NONE).createSchema();

        assertThat(keyedTables(dataSource)).containsAll(LOADED);
    }

    /** Asks for its batches in turn and notes, at each ask after the first, which tables have a primary key. */
    private static final class Batches implements IssueStore.ImportBatches {
        private final DataSource dataSource;
        private final Iterator<List<IndexedIssue>> next;
        private final List<Set<String>> keysWhileWriting = new ArrayList<>();
        private boolean toldEmpty;
        private boolean asked;

        Batches(DataSource dataSource, List<List<IndexedIssue>> batches) {
            this.dataSource = dataSource;
            this.next = batches.iterator();
        }

        @Override
        public void intoEmptyTables() {
            toldEmpty = true;
        }

        @Override
        public List<IndexedIssue> next() {
            if (asked) {
                Set<String> keyed = new TreeSet<>(keyedTables(dataSource));
                keyed.retainAll(LOADED);
                keysWhileWriting.add(keyed);
            }
            asked = true;
            return next.hasNext() ? next.next() : null;
        }
    }

    private static IssueStore keysAfterLoad(DataSource dataSource) {
        IssueStore store = new IssueStore(dataSource, IssueSink.NONE);
        store.createSchema();
        store.addKeysAfterLoadingEmptyTables();
        return store;
    }

    private static Set<String> keyedTables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return PrimaryKeys.tables(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of {@code table}, each as its columns' text, in the order of its first two columns (its key). */
    private static List<List<String>> rows(DataSource dataSource, String table) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM SK." + table + " ORDER BY 1, 2")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getString(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<IndexedIssue> deals(CustomField amount, int from, int to) {
        List<IndexedIssue> deals = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            deals.add(deal(amount, i));
        }
        return deals;
    }

    private static IndexedIssue deal(CustomField amount, int number) {
        return new IndexedIssue(IssueRecord.builder("SALES-" + number, "SALES").type("Opportunity")
                .status("Proposal", StatusCategory.IN_PROGRESS).assignee("rep01").created(MONDAY)
                .field(amount.id(), FieldValue.number(new BigDecimal(number))).build(), "Deal SALES-" + number, "",
                number % 2 == 0 ? Set.of("q1", "renewal") : Set.of());
    }
}
