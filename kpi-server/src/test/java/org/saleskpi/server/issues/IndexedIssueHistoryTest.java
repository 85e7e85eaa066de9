package org.saleskpi.server.issues;

import org.saleskpi.core.index.VisibilityPolicy;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.store.Database;

/**
 * Tables the server loads carry the stored changes of the columns a query wants history of:
 * <pre>
 * SALES-1 created 1 Mar in Proposal, Amount 1000 (through the API: known past)
 *         5 Mar  Proposal -> Negotiation, Amount 1000 -> 1200
 *         10 Mar Negotiation -> Won, resolution Done (resolution is not asked for)
 * SALES-2 created 2 Mar by a CSV import in Proposal, Amount 500 (unknown past)
 * </pre>
 */
class IndexedIssueHistoryTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant MARCH_1 = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant MARCH_5 = Instant.parse("2024-03-05T09:00:00Z");
    private static final Instant MARCH_10 = Instant.parse("2024-03-10T09:00:00Z");
    private static final CustomField AMOUNT = new CustomField("customfield_10010", "Amount", FieldType.NUMBER);
    private static final Column AMOUNT_COLUMN = Column.custom(AMOUNT.id(), FieldType.NUMBER);
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final AccessPolicy EVERYONE_BROWSES = new AccessPolicy() {
        @Override
        public Optional<UserRef> currentUser() {
            return Optional.of(ALICE);
        }

        @Override
        public boolean canBrowse(UserRef user, String projectKey) {
            return true;
        }

        @Override
        public boolean canAdminister(UserRef user, String projectKey) {
            return false;
        }

        @Override
        public boolean isSystemAdmin(UserRef user) {
            return false;
        }
    };

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void aQueryThatWantsHistoryGetsTheStoredChangesOfItsColumns(Database database) {
        IssueIndex index = new IssueIndex();
        IssueStore store = new IssueStore(database.openDataSource(), index);
        store.createSchema();
        store.defineField(AMOUNT);
        store.save(List.of(deal("SALES-1", "Proposal", "1000", null)), IssueWrite.by("rep01", MARCH_1));
        store.save(List.of(deal("SALES-2", "Proposal", "500", null)), IssueWrite.by("admin", MARCH_1).withoutPast());
        store.save(List.of(deal("SALES-1", "Negotiation", "1200", null)), IssueWrite.by("rep01", MARCH_5));
        store.save(List.of(deal("SALES-1", "Won", "1200", "Done")), IssueWrite.by("rep01", MARCH_10));
        IndexedIssueSource source = new IndexedIssueSource(index, VisibilityPolicy.byProjects(EVERYONE_BROWSES),
                Clock.fixed(MARCH_10.plusSeconds(3600), ZoneOffset.UTC), ZONE, JqlPeople.NONE, store);
        Set<Column> columns = Set.of(Column.KEY, Column.STATUS, AMOUNT_COLUMN);

        IssueTable now = source.load(new IssueQuery("project = SALES", ALICE, columns, ZONE));
        IssueTable withHistory = source.load(new IssueQuery("project = SALES", ALICE, columns, ZONE,
                Set.of(Column.STATUS, AMOUNT_COLUMN)));

        assertThat(now.history()).describedAs("no history asked, none read").isEmpty();
        ChangeTable changes = withHistory.history().orElseThrow();
        assertThat(changes.tracked()).containsExactlyInAnyOrder(Column.STATUS, AMOUNT_COLUMN);
        assertThat(changes.knownRows()).isEqualTo(1);
        // SALES-1's status twice and its amount once; the resolution was not asked for, SALES-2 has none.
        assertThat(changes.changeCount()).isEqualTo(3);
        int deal = row(withHistory, "SALES-1");
        int imported = row(withHistory, "SALES-2");
        assertThat(changes.known(deal)).isTrue();
        assertThat(changes.known(imported)).isFalse();
        IssueTable march7 = changes.asOf(Instant.parse("2024-03-07T00:00:00Z"));
        assertThat(march7.cell(Column.STATUS, deal)).isEqualTo("Negotiation");
        assertThat(march7.cell(AMOUNT_COLUMN, deal)).isEqualTo(Optional.of(new BigDecimal("1200")));
        IssueTable march2 = changes.asOf(Instant.parse("2024-03-02T00:00:00Z"));
        assertThat(march2.cell(Column.STATUS, deal)).isEqualTo("Proposal");
        assertThat(march2.cell(AMOUNT_COLUMN, deal)).isEqualTo(Optional.of(new BigDecimal("1000")));

        store.save(List.of(deal("SALES-2", "Negotiation", "500", null)), IssueWrite.by("admin", MARCH_10));
        IssueTable afterWrite = source.load(new IssueQuery("project = SALES", ALICE, columns, ZONE,
                Set.of(Column.STATUS, AMOUNT_COLUMN)));
        assertThat(afterWrite.cell(Column.STATUS, row(afterWrite, "SALES-2"))).isEqualTo("Negotiation");
        assertThat(store.changelog("SALES-2", 0, 100).total()).describedAs("the re-import's change is recorded")
                .isEqualTo(1);
        assertThat(afterWrite.history().orElseThrow().knownRows()).describedAs("but SALES-2's past stays unknown")
                .isEqualTo(1);
        assertThat(afterWrite.history().orElseThrow().changeCount())
                .describedAs("an unknown history brings no changes: half a past would read as a whole one").isEqualTo(3);
    }

    private static int row(IssueTable table, String key) {
        for (int row = 0; row < table.size(); row++) {
            if (table.keys().key(row).equals(key)) {
                return row;
            }
        }
        throw new AssertionError(key + " is not loaded");
    }

    private static IndexedIssue deal(String key, String status, String amount, String resolution) {
        return new IndexedIssue(IssueRecord.builder(key, "SALES")
                .type("Opportunity")
                .status(status, resolution == null ? StatusCategory.IN_PROGRESS : StatusCategory.DONE)
                .resolution(resolution)
                .assignee("rep01")
                .created(key.equals("SALES-1") ? MARCH_1 : MARCH_1.plusSeconds(86_400))
                .resolved(resolution == null ? null : MARCH_10)
                .field(AMOUNT.id(), FieldValue.number(new BigDecimal(amount)))
                .build(), "Deal " + key, "", Set.of());
    }
}
