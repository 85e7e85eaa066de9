package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.user.UserRef;

/**
 * A table with history kept from an earlier version of an index that holds its rows' changes is patched by the next
 * load, not loaded again, and equals the table a load from scratch gives at that version: every cell, dictionary and
 * code, every change, and every cell as of past instants, through random writes of issues with their histories,
 * replacements, removals (which move the last row) and batches, for two viewers, several queries and sets of history
 * columns (all the tracked ones, whose changes the table shares with the log, or some, which it copies: from the
 * kept table for the rows a write left alone, ADR 0049).
 */
class PatchedHistoryTablesTest {
    private static final Column AMOUNT = Column.custom(TwelveIssues.AMOUNT.id(), FieldType.NUMBER);
    private static final Column REGION = Column.custom(TwelveIssues.REGION.id(), FieldType.OPTION);
    private static final Column OWNER = Column.custom(TwelveIssues.OWNER.id(), FieldType.USER);
    private static final Set<Column> TRACKED = Set.of(Column.STATUS, Column.ASSIGNEE, Column.RESOLUTION, Column.DUE,
            AMOUNT, REGION, OWNER);
    private static final List<Set<Column>> HISTORIES = List.of(TRACKED, Set.of(Column.STATUS),
            Set.of(Column.STATUS, AMOUNT, REGION));
    private static final Set<Column> COLUMNS = Set.of(Column.KEY, Column.STATUS, Column.STATUS_CATEGORY,
            Column.ASSIGNEE, Column.RESOLUTION, Column.RESOLVED, Column.UPDATED, Column.DUE, AMOUNT, REGION, OWNER);
    private static final UserRef ALL = new UserRef("admin", "Admin");
    private static final UserRef SALES_ONLY = new UserRef("rep", "Rep");
    private static final Map<String, Visibility> SEES = Map.of(
            "admin", new Visibility(Set.of("SALES", "OPS"), Set.of()),
            "rep", new Visibility(Set.of("SALES"), Set.of()));
    private static final List<String> QUERIES = List.of("", "project = SALES", "status in (Won, Lost)",
            "Amount > 500 OR Region = EMEA");
    private static final String[] STATUSES = {"Open", "Negotiation", "Won", "Lost"};
    private static final String[] PEOPLE = {"alice", "bob", "carol", "dave"};
    private static final String[] REGIONS = {"EMEA", "AMER", "APAC"};
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    private static final List<Instant> AS_OF = List.of(Instant.parse("2024-02-15T00:00:00Z"),
            Instant.parse("2024-04-01T12:00:00Z"), TwelveIssues.NOW);

    private final Random random = new Random(42);
    private final IssueIndex index = new IssueIndex();
    private final VisibilityPolicy policy = (user, projects) -> SEES.get(user.key());
    private final IndexedIssueSource cached = new IndexedIssueSource(index, policy, TwelveIssues.CLOCK,
            TwelveIssues.ZONE);
    /** Keeps no table: every load is from scratch. */
    private final IndexedIssueSource fresh = new IndexedIssueSource(index, policy, TwelveIssues.CLOCK,
            TwelveIssues.ZONE, 0, 0);
    private final List<String> held = new ArrayList<>();
    private int nextNumber = 1;

    PatchedHistoryTablesTest() {
        TwelveIssues.FIELDS.forEach(index::defineField);
        index.trackChanges(TRACKED, TwelveIssues.ZONE);
    }

    @Test
    void everyPatchedHistoryTableEqualsOneLoadedFromScratch() {
        write(newIssues(300));
        for (int step = 0; step < 80; step++) {
            randomWrite();
            // Some tables are left behind for several writes: their patch covers more than one version.
            for (int q = 0; q < QUERIES.size(); q++) {
                if ((step + q) % 3 != 0) {
                    for (UserRef user : List.of(ALL, SALES_ONLY)) {
                        IssueQuery query = new IssueQuery(QUERIES.get(q), user, COLUMNS, TwelveIssues.ZONE,
                                HISTORIES.get(q % HISTORIES.size()));
                        String what = "step " + step + ", " + user.key() + ": " + query.jql() + " " + query.history();
                        IssueTable patched = cached.load(query);
                        IssueTable loaded = fresh.load(query);
                        PatchedTablesTest.assertSameTable(patched, loaded, what);
                        HistoryTables.assertSame(patched, loaded, AS_OF);
                        // A patched copy holds its rows' changes alone, none of the rows that left (ADR 0049).
                        assertThat(patched.history().orElseThrow().changeBytes()).as(what)
                                .isEqualTo(loaded.history().orElseThrow().changeBytes());
                    }
                }
            }
        }
        // Most loads were patches: far fewer rows gathered than loading every table afresh.
        assertThat(cached.gatheredRows()).isLessThan(fresh.gatheredRows() / 10);
    }

    @Test
    void aWriteOfOneIssueGathersOnlyThatIssueAndLeavesTheTableHandedOutAsItWas() {
        write(newIssues(2_000));
        IssueQuery query = new IssueQuery("", ALL, COLUMNS, TwelveIssues.ZONE, Set.of(Column.STATUS, AMOUNT));
        IssueTable before = cached.load(query);
        List<List<String>> described = HistoryTables.described(before);
        assertThat(cached.gatheredRows()).isEqualTo(2_000);

        String key = held.get(7);
        write(List.of(issue(key)));
        IssueTable patched = cached.load(query);

        assertThat(cached.gatheredRows()).describedAs("the written issue alone is gathered").isEqualTo(2_001);
        assertThat(patched).isNotSameAs(before);
        PatchedTablesTest.assertSameTable(patched, fresh.load(query), "one replaced");
        HistoryTables.assertSame(patched, fresh.load(query), AS_OF);
        assertThat(HistoryTables.described(before)).describedAs("the table handed out before").isEqualTo(described);
        // A removal moves the last row into the freed one: the removed issue goes, the moved one is read again.
        index.remove(List.of(held.remove(3)));
        IssueTable afterRemoval = cached.load(query);
        HistoryTables.assertSame(afterRemoval, fresh.load(query), AS_OF);
        assertThat(cached.gatheredRows()).isBetween(2_001L, 2_002L);
    }

    private void randomWrite() {
        int kind = random.nextInt(10);
        if (kind < 3 || held.size() < 20) {
            write(newIssues(1 + random.nextInt(3)));
        } else if (kind < 6) {
            write(List.of(issue(held.get(random.nextInt(held.size())))));
        } else if (kind < 7) {
            // A write without a history: a replaced row keeps its own, a new one has an unknown past.
            IndexedIssue added = newIssues(1).get(0).issue();
            index.upsert(List.of(added, issue(held.get(random.nextInt(held.size() - 1))).issue()));
        } else if (kind < 9) {
            List<String> gone = new ArrayList<>();
            for (int i = random.nextInt(2); i >= 0; i--) {
                gone.add(held.remove(random.nextInt(held.size())));
            }
            index.remove(gone);
        } else {
            // A batch: inserts and replacements together.
            Map<String, Written> batch = new LinkedHashMap<>();
            newIssues(5).forEach(written -> batch.put(written.issue().key(), written));
            for (int i = 0; i < 5; i++) {
                Written again = issue(held.get(random.nextInt(held.size() - 5)));
                batch.put(again.issue().key(), again);
            }
            write(List.copyOf(batch.values()));
        }
    }

    private void write(List<Written> written) {
        index.upsert(written.stream().map(Written::issue).toList(), written.stream().map(Written::history).toList());
    }

    private List<Written> newIssues(int count) {
        List<Written> issues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = (random.nextInt(3) == 0 ? "OPS" : "SALES") + "-" + nextNumber++;
            held.add(key);
            issues.add(issue(key));
        }
        return issues;
    }

    /** An issue told from its creation through up to six random changes, one in eight with no known past. */
    private Written issue(String key) {
        Instant created = FIRST.plusSeconds(random.nextInt(60 * 86_400));
        List<Change> changes = new ArrayList<>();
        String status = STATUSES[0];
        String assignee = PEOPLE[0];
        String amount = null;
        String region = null;
        Instant at = created;
        for (int i = random.nextInt(7); i > 0; i--) {
            at = at.plusSeconds(1 + random.nextInt(10 * 86_400));
            switch (random.nextInt(4)) {
                case 0 -> {
                    String next = STATUSES[random.nextInt(STATUSES.length)];
                    changes.add(Change.of(at, Column.STATUS.id(), status, next, "alice"));
                    status = next;
                }
                case 1 -> {
                    String next = PEOPLE[random.nextInt(PEOPLE.length)];
                    changes.add(Change.of(at, Column.ASSIGNEE.id(), assignee, next, "alice"));
                    assignee = next;
                }
                case 2 -> {
                    String next = random.nextInt(2000) + "." + random.nextInt(10);
                    changes.add(Change.of(at, AMOUNT.id(), amount, next, "bob"));
                    amount = next;
                }
                default -> {
                    String next = REGIONS[random.nextInt(REGIONS.length)];
                    changes.add(Change.of(at, REGION.id(), region, next, "bob"));
                    region = next;
                }
            }
        }
        String project = key.substring(0, key.indexOf('-'));
        boolean closed = status.equals("Won") || status.equals("Lost");
        IssueRecord.Builder record = IssueRecord.builder(key, project).type("Deal")
                .status(status, closed ? StatusCategory.DONE : StatusCategory.IN_PROGRESS).assignee(assignee)
                .created(created).updated(at);
        if (closed) {
            record.resolution(status.equals("Won") ? "Done" : "Won't Do").resolved(at);
        }
        if (random.nextBoolean()) {
            record.due(LocalDate.of(2024, 4, 1).plusDays(random.nextInt(60)));
        }
        if (amount != null) {
            record.field(TwelveIssues.AMOUNT.id(), FieldValue.number(new BigDecimal(amount)));
        }
        if (region != null) {
            record.field(TwelveIssues.REGION.id(), FieldValue.option(region));
        }
        record.field(TwelveIssues.OWNER.id(), FieldValue.user(PEOPLE[random.nextInt(PEOPLE.length)]));
        IssueHistory history = random.nextInt(8) == 0 ? IssueHistory.unknown(key, created)
                : IssueHistory.of(key, created, changes);
        return new Written(new IndexedIssue(record.build(), "Deal " + key, "", Set.of()), history);
    }

    private record Written(IndexedIssue issue, IssueHistory history) {
    }
}
