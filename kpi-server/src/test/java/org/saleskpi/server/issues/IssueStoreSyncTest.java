package org.saleskpi.server.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.store.Database;

/** The store's side of a Jira sync: pages applied whole with their checkpoint, Jira ids, moves and deletions. */
class IssueStoreSyncTest {
    private static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");
    private static final long SITE = 7;
    private static final long OTHER_SITE = 8;

    @ParameterizedTest
    @EnumSource(Database.class)
    void aPageIsStoredWithItsHistoriesIdsAndCheckpointAndApplyingItAgainChangesNothing(Database database)
            throws SQLException {
        DataSource dataSource = database.openDataSource();
        RecordingSink sink = new RecordingSink();
        IssueStore store = newStore(dataSource, sink);
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        createCheckpointTable(dataSource);
        List<SyncedIssue> page = List.of(
                synced("10001", deal("SALES-1", amount, "1200"), amountRevised("SALES-1", amount, "1000", "1200")),
                synced("10002", deal("SALES-2", amount, "50"), IssueHistory.of("SALES-2", CREATED, List.of())));

        store.applySyncPage(SITE, page, checkpoint("page 1"));
        store.applySyncPage(SITE, page, checkpoint("page 1 again"));

        assertThat(store.count()).isEqualTo(2);
        assertThat(store.find("SALES-1")).contains(page.get(0).issue());
        assertThat(store.jiraIds(SITE)).isEqualTo(Map.of("10001", "SALES-1", "10002", "SALES-2"));
        // Two changes of SALES-1's one history, not four: the second page replaced them.
        Map<String, IssueHistory> histories = store.histories(List.of("SALES-1", "SALES-2"),
                Set.of("status", amount.id()));
        assertThat(histories.get("SALES-1").changes()).isEqualTo(page.get(0).history().changes());
        assertThat(histories.get("SALES-2").known()).isTrue();
        assertThat(histories.get("SALES-2").changes()).isEmpty();
        assertThat(changeRows(dataSource)).isEqualTo(2);
        assertThat(checkpoints(dataSource)).containsExactly("page 1", "page 1 again");
        assertThat(sink.issues).containsOnlyKeys("SALES-1", "SALES-2");
        assertThat(store.jiraIds(OTHER_SITE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCheckpointThatFailsTakesTheWholePageWithIt(Database database) throws SQLException {
        DataSource dataSource = database.openDataSource();
        RecordingSink sink = new RecordingSink();
        IssueStore store = newStore(dataSource, sink);
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        createCheckpointTable(dataSource);
        store.applySyncPage(SITE, List.of(synced("10001", deal("SALES-1", amount, "1000"),
                IssueHistory.of("SALES-1", CREATED, List.of()))), checkpoint("page 1"));
        List<SyncedIssue> second = List.of(
                synced("10001", deal("SALES-1", amount, "1200"), amountRevised("SALES-1", amount, "1000", "1200")),
                synced("10003", deal("SALES-3", amount, "70"), IssueHistory.of("SALES-3", CREATED, List.of())));

        assertThatThrownBy(() -> store.applySyncPage(SITE, second, connection -> {
            throw new SQLException("the disk is full");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("none was applied");

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find("SALES-1").orElseThrow().record().field(amount.id()))
                .contains(FieldValue.number(new BigDecimal("1000")));
        assertThat(store.jiraIds(SITE)).isEqualTo(Map.of("10001", "SALES-1"));
        assertThat(changeRows(dataSource)).isZero();
        assertThat(checkpoints(dataSource)).containsExactly("page 1");
        assertThat(sink.issues).containsOnlyKeys("SALES-1");
        assertThat(sink.upserts).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anIssueWhoseKeyChangedInJiraMovesToItsNewKeyWithItsHistory(Database database) throws SQLException {
        DataSource dataSource = database.openDataSource();
        RecordingSink sink = new RecordingSink();
        IssueStore store = newStore(dataSource, sink);
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        store.applySyncPage(SITE, List.of(synced("10001", deal("SALES-1", amount, "1200"),
                amountRevised("SALES-1", amount, "1000", "1200"))), connection -> { });

        IndexedIssue moved = deal("DEALS-4", amount, "1200");
        store.applySyncPage(SITE, List.of(synced("10001", moved, amountRevised("DEALS-4", amount, "1000", "1200"))),
                connection -> { });

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find("SALES-1")).isEmpty();
        assertThat(store.find("DEALS-4")).contains(moved);
        assertThat(store.jiraIds(SITE)).isEqualTo(Map.of("10001", "DEALS-4"));
        assertThat(store.histories(List.of("DEALS-4"), Set.of(amount.id())).get("DEALS-4").changes()).hasSize(1);
        assertThat(changeRows(dataSource)).isEqualTo(2);
        assertThat(sink.issues).containsOnlyKeys("DEALS-4");
        assertThat(sink.removals).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aKeyAnotherConnectionHoldsRefusesThePageWhole(Database database) {
        DataSource dataSource = database.openDataSource();
        IssueStore store = newStore(dataSource, new RecordingSink());
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        IndexedIssue first = deal("SALES-1", amount, "1000");
        store.applySyncPage(OTHER_SITE, List.of(synced("501", first, IssueHistory.of("SALES-1", CREATED, List.of()))),
                connection -> { });

        assertThatThrownBy(() -> store.applySyncPage(SITE, List.of(
                synced("10002", deal("SALES-2", amount, "5"), IssueHistory.of("SALES-2", CREATED, List.of())),
                synced("10001", deal("SALES-1", amount, "9"), IssueHistory.of("SALES-1", CREATED, List.of()))),
                connection -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SALES-1 is already copied from connection " + OTHER_SITE);

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find("SALES-1")).contains(first);
        assertThat(store.jiraIds(SITE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void deletedIssuesLeaveNoRowChangeOrJiraIdBehind(Database database) throws SQLException {
        DataSource dataSource = database.openDataSource();
        RecordingSink sink = new RecordingSink();
        IssueStore store = newStore(dataSource, sink);
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        store.applySyncPage(SITE, List.of(
                synced("10001", deal("SALES-1", amount, "1200"), amountRevised("SALES-1", amount, "1000", "1200")),
                synced("10002", deal("SALES-2", amount, "50"), amountRevised("SALES-2", amount, "40", "50"))),
                connection -> { });

        int deleted = store.deleteIssues(List.of("SALES-1", "SALES-404"));

        assertThat(deleted).isEqualTo(1);
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find("SALES-1")).isEmpty();
        assertThat(store.jiraIds(SITE)).isEqualTo(Map.of("10002", "SALES-2"));
        assertThat(changeRows(dataSource)).isEqualTo(2);
        for (String table : List.of("SK.ISSUE", "SK.ISSUE_CHANGE")) {
            assertThat(rows(dataSource, "SELECT COUNT(*) FROM " + table + " WHERE ISSUE_KEY = 'SALES-1'"))
                    .as(table).isZero();
        }
        assertThat(store.find("SALES-2")).hasValueSatisfying(kept -> assertThat(kept.labels()).hasSize(1));
        assertThat(sink.issues).containsOnlyKeys("SALES-2");
    }

    private static SyncedIssue synced(String jiraId, IndexedIssue issue, IssueHistory history) {
        return new SyncedIssue(jiraId, issue, history);
    }

    /** Created in "Proposal" with {@code from}, then the amount revised to {@code to} and the stage moved on. */
    private static IssueHistory amountRevised(String key, CustomField amount, String from, String to) {
        Instant at = CREATED.plusSeconds(3_600);
        return IssueHistory.of(key, CREATED, List.of(
                Change.of(at, amount.id(), from, to, "rep01"),
                Change.of(at, "status", "Qualified", "Proposal", "rep01")));
    }

    private static IndexedIssue deal(String key, CustomField amount, String value) {
        return new IndexedIssue(IssueRecord.builder(key, key.substring(0, key.indexOf('-')))
                .type("Opportunity")
                .status("Proposal", StatusCategory.IN_PROGRESS)
                .assignee("rep01")
                .created(CREATED)
                .updated(CREATED.plusSeconds(3_600))
                .field(amount.id(), FieldValue.number(new BigDecimal(value)))
                .build(), "Deal " + key, "", Set.of("jira"));
    }

    private static IssueStore newStore(DataSource dataSource, RecordingSink sink) {
        IssueStore store = new IssueStore(dataSource, sink);
        store.createSchema();
        return store;
    }

    private static void createCheckpointTable(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE SK.TEST_CHECKPOINT (SEQ INT NOT NULL, NOTE VARCHAR(64) NOT NULL)");
        }
    }

    private static IssueStore.InTransaction checkpoint(String note) {
        return connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO SK.TEST_CHECKPOINT (SEQ, NOTE) SELECT COUNT(*) + 1, '" + note
                        + "' FROM SK.TEST_CHECKPOINT");
            }
        };
    }

    private static List<String> checkpoints(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT NOTE FROM SK.TEST_CHECKPOINT ORDER BY SEQ")) {
            List<String> notes = new java.util.ArrayList<>();
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
            return notes;
        }
    }

    private static int changeRows(DataSource dataSource) throws SQLException {
        return rows(dataSource, "SELECT COUNT(*) FROM SK.ISSUE_CHANGE");
    }

    private static int rows(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
