package org.saleskpi.server.issues;

import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.core.jql.ValueHistory;
import org.saleskpi.core.user.UserRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.store.Database;

/**
 * Every write of an issue records its changes in the store, in the write's transaction: one change
 * per changed field, grouped per write, with who and when; new issues start a known history without
 * changes, issues created without their past (a CSV export) have an unknown one.
 */
class IssueChangesTest {
    private static final Instant CREATED = Instant.parse("2024-03-11T09:15:30Z");
    private static final Instant TUESDAY = Instant.parse("2024-03-12T10:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2024-03-15T16:30:00Z");
    private static final Set<String> DEAL_FIELDS = Set.of("status", "assignee", "resolution", "customfield_10000");

    @ParameterizedTest
    @EnumSource(Database.class)
    void eachWriteRecordsOneChangePerChangedFieldWithWhoAndWhen(Database database) {
        IssueStore store = newStore(database.openDataSource());
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        store.save(List.of(deal("SALES-1", amount, "Proposal", "rep01", "1000", Set.of("new"))),
                IssueWrite.by("manager", CREATED));

        assertThat(store.histories(List.of("SALES-1"), DEAL_FIELDS)).containsEntry("SALES-1",
                IssueHistory.of("SALES-1", CREATED, List.of()));
        assertThat(store.changelog("SALES-1", 0, 100)).isEqualTo(new Changelog(0, List.of()));

        // 1000 written as 1E+3 by the JSON reader's stripTrailingZeros: history keeps plain decimals.
        store.save(List.of(deal("SALES-1", amount, "Negotiation", "rep02", "1E+3", Set.of("new", "hot"))),
                IssueWrite.by("rep01", TUESDAY));
        store.save(List.of(deal("SALES-1", amount, "Negotiation", "rep02", "1250.50", Set.of("new", "hot"))),
                IssueWrite.by("rep02", FRIDAY));
        // The same issue again: nothing changed, nothing recorded.
        store.save(List.of(deal("SALES-1", amount, "Negotiation", "rep02", "1250.50", Set.of("hot", "new"))),
                IssueWrite.by("rep02", FRIDAY.plusSeconds(60)));

        Changelog all = store.changelog("SALES-1", 0, 100);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.groups()).containsExactly(
                new ChangeGroup(1, TUESDAY, Optional.of("rep01"), List.of(
                        Change.of(TUESDAY, "status", "Proposal", "Negotiation", "rep01"),
                        Change.of(TUESDAY, "assignee", "rep01", "rep02", "rep01"),
                        Change.of(TUESDAY, "labels", "new", "hot new", "rep01"))),
                new ChangeGroup(2, FRIDAY, Optional.of("rep02"), List.of(
                        Change.of(FRIDAY, "customfield_10000", "1000", "1250.50", "rep02"))));
        assertThat(store.changelog("SALES-1", 1, 1)).isEqualTo(new Changelog(2, List.of(all.groups().get(1))));
        assertThat(store.changelog("SALES-1", 2, 100)).isEqualTo(new Changelog(2, List.of()));
        assertThat(store.histories(List.of("SALES-1"), Set.of("status", "customfield_10000")).get("SALES-1"))
                .describedAs("only the asked fields, in the order they changed").isEqualTo(IssueHistory.of(
                        "SALES-1", CREATED, List.of(
                                Change.of(TUESDAY, "status", "Proposal", "Negotiation", "rep01"),
                                Change.of(FRIDAY, "customfield_10000", "1000", "1250.50", "rep02"))));
        assertThat(store.histories(List.of("SALES-404"), DEAL_FIELDS)).isEmpty();
    }

    /**
     * Writers of one issue at the same time: each write lands, none fails on the change numbers the
     * other took, and the recorded changes chain (each starts where the one before ended).
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void concurrentWritesOfOneIssueAllLandAndTheirChangesChain(Database database) throws Exception {
        IssueStore store = newStore(database.openDataSource());
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        store.save(List.of(deal("SALES-1", amount, "Proposal", "rep01", "0", Set.of())),
                IssueWrite.by("manager", CREATED));
        int writers = 4;
        int writes = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 1; i <= writes; i++) {
                    // Every amount is distinct, so every write changes the issue.
                    String value = String.valueOf(writer * 1000 + i);
                    store.save(List.of(deal("SALES-1", amount, "Proposal", "rep01", value, Set.of())),
                            IssueWrite.by("rep0" + writer, TUESDAY.plusSeconds(i)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        Changelog log = store.changelog("SALES-1", 0, 100);
        assertThat(log.total()).isEqualTo(writers * writes);
        String before = "0";
        for (ChangeGroup group : log.groups()) {
            assertThat(group.changes()).hasSize(1);
            assertThat(group.changes().get(0).from()).contains(before);
            before = group.changes().get(0).to().orElseThrow();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void issuesCreatedWithoutTheirPastHaveAnUnknownHistoryWhateverIsRecordedLater(Database database) {
        IssueStore store = newStore(database.openDataSource());
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        store.save(List.of(deal("IMP-1", amount, "Proposal", "rep01", "10", Set.of())),
                IssueWrite.by("admin", TUESDAY).withoutPast());
        store.save(List.of(deal("IMP-1", amount, "Won", "rep01", "10", Set.of()),
                deal("IMP-2", amount, "Proposal", null, "20", Set.of())), IssueWrite.by("admin", FRIDAY));

        assertThat(store.histories(List.of("IMP-1", "IMP-2"), DEAL_FIELDS)).containsOnly(
                Map.entry("IMP-1", IssueHistory.unknown("IMP-1", CREATED)),
                Map.entry("IMP-2", IssueHistory.of("IMP-2", CREATED, List.of())));
        assertThat(store.changelog("IMP-1", 0, 100).groups()).describedAs("the changelog still shows the re-import")
                .extracting(ChangeGroup::changes).containsExactly(List.of(Change.of(FRIDAY, "status", "Proposal", "Won", "admin")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aWriteThatFailsPartWayRecordsNoChange(Database database) {
        IssueStore store = newStore(database.openDataSource());
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        List<IndexedIssue> issues = new ArrayList<>();
        for (int i = 1; i <= 1500; i++) {
            issues.add(deal("SALES-" + i, amount, "Proposal", "rep01", "1", Set.of()));
        }
        store.save(issues, IssueWrite.by("manager", CREATED));
        List<IndexedIssue> changed = new ArrayList<>();
        for (int i = 1; i <= 1500; i++) {
            changed.add(deal("SALES-" + i, amount, "Won", "rep01", "1", Set.of()));
        }
        // Too long for the assignee column: the second batch fails after the first batch's changes were written.
        changed.set(1200, deal("SALES-1201", amount, "Won", "x".repeat(300), "1", Set.of()));

        assertThatThrownBy(() -> store.save(changed, IssueWrite.by("manager", FRIDAY)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("none was saved");
        assertThat(store.changelog("SALES-1", 0, 100).total()).isZero();
        assertThat(store.histories(List.of("SALES-1"), DEAL_FIELDS).get("SALES-1").changes()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aWholeHistoryIsStoredAsGivenAndGroupedByInstantAndAuthor(Database database) {
        IssueStore store = newStore(database.openDataSource());
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        List<Change> changes = List.of(
                Change.of(TUESDAY, "status", "Prospecting", "Proposal", "rep01"),
                Change.of(TUESDAY, "customfield_10000", "800", "1000", "rep01"),
                Change.of(TUESDAY, "status", "Proposal", "Negotiation", "manager"),
                Change.of(FRIDAY, "assignee", "rep02", "rep01", null));
        IndexedIssue deal = deal("SALES-9", amount, "Negotiation", "rep01", "1000", Set.of());
        store.saveWithHistories(List.of(deal), List.of(IssueHistory.of("SALES-9", CREATED, changes)));
        // Given again (a demo load that is run a second time): replaced, not added to.
        store.saveWithHistories(List.of(deal), List.of(IssueHistory.of("SALES-9", CREATED, changes)));

        assertThat(store.histories(List.of("SALES-9"), DEAL_FIELDS).get("SALES-9"))
                .isEqualTo(IssueHistory.of("SALES-9", CREATED, changes));
        assertThat(store.changelog("SALES-9", 0, 100).groups()).extracting(ChangeGroup::number, ChangeGroup::by,
                group -> group.changes().size()).containsExactly(
                        tuple(1, Optional.of("rep01"), 2),
                        tuple(2, Optional.of("manager"), 1),
                        tuple(3, Optional.empty(), 1));
        assertThatThrownBy(() -> store.saveWithHistories(List.of(deal),
                List.of(IssueHistory.unknown("SALES-9", CREATED)))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void issuesStoredBeforeChangesWereRecordedHaveAnUnknownHistory(Database database) throws SQLException {
        DataSource dataSource = database.openDataSource();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            // SK.ISSUE as the previous release created it, with one issue in it.
            sql.execute("CREATE SCHEMA SK");
            sql.execute("CREATE TABLE SK.ISSUE (ISSUE_KEY VARCHAR(255) NOT NULL PRIMARY KEY,"
                    + " PROJECT VARCHAR(255) NOT NULL, ISSUE_TYPE VARCHAR(255) NOT NULL, STATUS VARCHAR(255) NOT NULL,"
                    + " STATUS_CATEGORY VARCHAR(16) NOT NULL, RESOLUTION VARCHAR(255), ASSIGNEE VARCHAR(255),"
                    + " REPORTER VARCHAR(255), CREATED TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " UPDATED TIMESTAMP WITH TIME ZONE NOT NULL, RESOLVED TIMESTAMP WITH TIME ZONE, DUE DATE,"
                    + " SUMMARY VARCHAR NOT NULL, DESCRIPTION VARCHAR NOT NULL)");
            sql.execute("INSERT INTO SK.ISSUE VALUES ('OLD-1', 'OLD', 'Task', 'Open', 'TO_DO', NULL, NULL, NULL,"
                    + " TIMESTAMP WITH TIME ZONE '2024-03-11 09:15:30+00', TIMESTAMP WITH TIME ZONE '2024-03-11 09:15:30+00',"
                    + " NULL, NULL, 'Kept', '')");
        }
        IssueStore store = newStore(dataSource);
        store.save(List.of(new IndexedIssue(IssueRecord.builder("OLD-2", "OLD").type("Task").status("Open", StatusCategory.TO_DO)
                .created(CREATED).build(), "New", "", Set.of())), IssueWrite.by("admin", TUESDAY));

        assertThat(store.histories(List.of("OLD-1", "OLD-2"), Set.of("status"))).containsOnly(
                Map.entry("OLD-1", IssueHistory.unknown("OLD-1", CREATED)),
                Map.entry("OLD-2", IssueHistory.of("OLD-2", CREATED, List.of())));
    }

    /**
     * JQL's WAS asked of the recorded changes: the keys of the issues with a change of the field from or to a value
     * (ignoring case), the current values coming from the index. SALES-1 went Proposal/rep01, Negotiation/rep02, then
     * Won; SALES-2 was created in Proposal unassigned and then assigned to rep01.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void theIssuesThatHadAValueAreThoseWithAChangeFromOrToIt(Database database) {
        IssueIndex index = new IssueIndex();
        IssueStore store = new IssueStore(database.openDataSource(), index);
        store.createSchema();
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        store.save(List.of(deal("SALES-1", amount, "Proposal", "rep01", "1", Set.of()),
                deal("SALES-2", amount, "Proposal", null, "2", Set.of())), IssueWrite.by("manager", CREATED));
        store.save(List.of(deal("SALES-1", amount, "Negotiation", "rep02", "1", Set.of()),
                deal("SALES-2", amount, "Proposal", "rep01", "2", Set.of())), IssueWrite.by("rep01", TUESDAY));
        store.save(List.of(deal("SALES-1", amount, "Won", "rep02", "1", Set.of())), IssueWrite.by("rep02", FRIDAY));
        ValueHistory had = store.values().orElseThrow();

        // SALES-2 is in Proposal now but never left or entered it by a change: the index answers for it.
        assertThat(had.keysThatHad("status", Set.of("proposal"), false)).containsExactly("SALES-1");
        assertThat(had.keysThatHad("status", Set.of("NEGOTIATION", "Won"), false)).containsExactly("SALES-1");
        assertThat(had.keysThatHad("assignee", Set.of("rep01"), false)).containsExactlyInAnyOrder("SALES-1", "SALES-2");
        assertThat(had.keysThatHad("assignee", Set.of(), true)).containsExactly("SALES-2");
        assertThat(had.keysThatHad("assignee", Set.of("Proposal"), false)).isEmpty();
        assertThat(had.keysThatHad("resolution", Set.of("Done"), true)).isEmpty();

        IndexedIssueSource issues = new IndexedIssueSource(index,
                (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()),
                Clock.fixed(FRIDAY.plusSeconds(3600), ZoneOffset.UTC), ZoneOffset.UTC, JqlPeople.NONE, store);
        UserRef viewer = new UserRef("manager", "Manager");
        assertThat(issues.search("status was Proposal ORDER BY key", viewer, 0, 10).issues())
                .extracting(IndexedIssue::key).containsExactly("SALES-1", "SALES-2");
        assertThat(issues.count("status was not in (Negotiation) and assignee was EMPTY", viewer)).isEqualTo(1);
        assertThat(issues.count("assignee was not rep01", viewer)).isZero();
    }

    private static IssueStore newStore(DataSource dataSource) {
        IssueStore store = new IssueStore(dataSource, IssueSink.NONE);
        store.createSchema();
        return store;
    }

    private static IndexedIssue deal(String key, CustomField amount, String status, String assignee, String value,
            Set<String> labels) {
        return new IndexedIssue(IssueRecord.builder(key, key.substring(0, key.indexOf('-')))
                .type("Opportunity")
                .status(status, status.equals("Won") ? StatusCategory.DONE : StatusCategory.IN_PROGRESS)
                .assignee(assignee)
                .created(CREATED)
                .due(LocalDate.of(2024, 3, 31))
                .field(amount.id(), FieldValue.number(new BigDecimal(value)))
                .build(), "Deal " + key, "", labels);
    }
}
