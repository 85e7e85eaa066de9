package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.index.PatchedBesideFresh.assertSameTable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.user.UserRef;

/**
 * A table kept from an earlier index version and patched by the next load equals, cell by cell, dictionary by
 * dictionary and row by row, the table a load from scratch gives at that version, through random inserts,
 * replacements and removals (which move the last row), for viewers who see different rows and for queries asking
 * different columns of the same issues.
 */
class PatchedTablesTest {
    private static final Column AMOUNT = Column.custom(TwelveIssues.AMOUNT.id(), FieldType.NUMBER);
    private static final Column CUSTOMER = Column.custom(TwelveIssues.CUSTOMER.id(), FieldType.TEXT);
    private static final Column REGION = Column.custom(TwelveIssues.REGION.id(), FieldType.OPTION);
    private static final Column OWNER = Column.custom(TwelveIssues.OWNER.id(), FieldType.USER);
    private static final Column CLOSE = Column.custom(TwelveIssues.CLOSE_DATE.id(), FieldType.DATE);
    private static final UserRef ALL = new UserRef("admin", "Admin");
    private static final UserRef SALES_ONLY = new UserRef("rep", "Rep");
    /** The admin sees every project and level 10; the rep sees SALES without levels. */
    private static final Map<String, Visibility> SEES = Map.of(
            "admin", new Visibility(Set.of("SALES", "OPS"), Set.of(10L)),
            "rep", new Visibility(Set.of("SALES"), Set.of()));
    private static final List<String> QUERIES = List.of("", "project = SALES", "status in (Won, Lost)",
            "Amount > 500", "assignee = alice OR Region = EMEA", "resolution is EMPTY AND project = OPS",
            "Customer ~ acme");
    private static final List<Set<Column>> COLUMNS = List.of(
            Set.of(Column.KEY, Column.STATUS, AMOUNT, Column.CREATED),
            Set.of(Column.KEY, Column.ASSIGNEE, Column.RESOLVED, REGION, CUSTOMER),
            Set.of(Column.PROJECT, Column.DUE, OWNER, CLOSE, AMOUNT));
    private static final String[] STATUSES = {"Open", "Negotiation", "Won", "Lost"};
    private static final String[] PEOPLE = {"alice", "bob", "carol", null};
    private static final String[] CUSTOMERS = {"Acme Corp", "Globex", "Initech", "Umbrella", null};
    private static final String[] REGIONS = {"EMEA", "AMER", "APAC", null};
    private static final String[] AMOUNTS = {"100", "250.5", "1000", "12.25", "999999.125", "0", null};

    private final PatchedBesideFresh tables = new PatchedBesideFresh(40, SEES);
    private final Random random = tables.random;
    private final IssueIndex index = tables.index;
    private final IndexedIssueSource cached = tables.cached;
    private final IndexedIssueSource fresh = tables.fresh;
    private final List<String> held = tables.held;

    @Test
    void everyPatchedTableEqualsATableLoadedFromScratch() {
        List<IndexedIssue> first = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            first.add(newIssue());
        }
        index.upsert(first);
        for (int step = 0; step < 120; step++) {
            write();
            // Some tables are left behind for several writes: their patch covers more than one version.
            for (int q = 0; q < QUERIES.size(); q++) {
                if ((step + q) % 3 != 0) {
                    compareLoads(QUERIES.get(q), q, step);
                }
            }
        }
        tables.assertMostlyPatched();
    }

    @Test
    void aWriteOfOneIssueGathersOnlyThatIssue() {
        List<IndexedIssue> issues = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            issues.add(newIssue());
        }
        index.upsert(issues);
        IssueQuery query = new IssueQuery("", ALL, COLUMNS.get(0), TwelveIssues.ZONE);
        int visible = cached.load(query).size();
        assertThat(cached.gatheredRows()).isEqualTo(visible);

        IndexedIssue changed = issue(held.get(7), "Won", "alice", null, Optional.empty());
        index.upsert(List.of(changed));
        IssueTable patched = cached.load(query);

        assertThat(cached.gatheredRows()).isEqualTo(visible + 1);
        assertSameTable(patched, fresh.load(query), "one replaced");
        // A removal moves the last row into the freed one: the removed issue goes, the moved one is read again.
        index.remove(List.of(held.get(3)));
        assertSameTable(cached.load(query), fresh.load(query), "one removed");
        assertThat(cached.gatheredRows()).isBetween(visible + 1L, visible + 2L);
    }

    @Test
    void queriesOfTheSameIssuesWithOtherColumnsShareOneGather() {
        List<IndexedIssue> issues = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            issues.add(newIssue());
        }
        index.upsert(issues);
        IssueQuery ab = new IssueQuery("project = SALES", ALL, Set.of(Column.KEY, AMOUNT), TwelveIssues.ZONE);
        IssueQuery ac = new IssueQuery("project = SALES", ALL, Set.of(Column.KEY, Column.STATUS), TwelveIssues.ZONE);
        int rows = cached.load(ab).size();
        IssueTable statuses = cached.load(ac);
        assertThat(cached.gatheredRows()).isEqualTo(2L * rows);

        // Every later load of either, or of a part of their columns, is answered from the one table.
        assertThat(cached.load(ab).columns()).containsExactlyInAnyOrder(Column.KEY, AMOUNT);
        assertThat(cached.load(ac)).isSameAs(statuses);
        assertSameTable(cached.load(new IssueQuery("project = SALES", ALL, Set.of(Column.STATUS), TwelveIssues.ZONE)),
                fresh.load(new IssueQuery("project = SALES", ALL, Set.of(Column.STATUS), TwelveIssues.ZONE)),
                "a part");
        assertThat(cached.gatheredRows()).isEqualTo(2L * rows);
    }

    @Test
    void whatWasComputedOnATableDoesNotSurviveItsPatch() {
        for (int i = 0; i < 20; i++) {
            index.upsert(List.of(newIssue()));
        }
        IssueQuery query = new IssueQuery("project = SALES", ALL, COLUMNS.get(0), TwelveIssues.ZONE);
        IssueTable before = cached.load(query);
        before.remember("figures", "of the table before the write");
        assertThat(cached.load(query).remembered("figures")).contains("of the table before the write");

        index.upsert(List.of(issue(held.get(0), "Won", "bob", "5", Optional.empty())));
        IssueTable after = cached.load(query);

        assertThat(after).isNotSameAs(before);
        assertThat(after.remembered("figures")).isEmpty();
        assertSameTable(after, fresh.load(query), "after the write");
    }

    @Test
    void aNewFieldLoadsTheTableAgainAndStillEqualsAFreshOne() {
        for (int i = 0; i < 30; i++) {
            index.upsert(List.of(newIssue()));
        }
        IssueQuery query = new IssueQuery("project = SALES", ALL, COLUMNS.get(1), TwelveIssues.ZONE);
        int rows = cached.load(query).size();
        index.defineField(new CustomField("customfield_10090", "Probability", FieldType.NUMBER));
        index.upsert(List.of(newIssue()));

        assertSameTable(cached.load(query), fresh.load(query), "after a field was defined");
        assertThat(cached.gatheredRows()).isGreaterThanOrEqualTo(2L * rows);
    }

    private void compareLoads(String jql, int q, int step) {
        for (UserRef user : List.of(ALL, SALES_ONLY)) {
            Set<Column> columns = COLUMNS.get((q + step) % COLUMNS.size());
            IssueQuery query = new IssueQuery(jql, user, columns, TwelveIssues.ZONE);
            assertSameTable(cached.load(query), fresh.load(query), "step " + step + ", " + user.key() + ": " + jql);
        }
    }

    private void write() {
        int kind = random.nextInt(10);
        if (kind < 3 || held.size() < 20) {
            List<IndexedIssue> issues = new ArrayList<>();
            for (int i = random.nextInt(3); i >= 0; i--) {
                issues.add(newIssue());
            }
            index.upsert(issues);
        } else if (kind < 7) {
            index.upsert(List.of(randomIssue(tables.heldKey(0))));
        } else if (kind < 9) {
            tables.removeSome();
        } else {
            // A batch: inserts and replacements together.
            List<IndexedIssue> issues = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                issues.add(i % 2 == 0 ? newIssue() : randomIssue(tables.heldKey(10)));
            }
            index.upsert(issues.stream().collect(java.util.stream.Collectors.toMap(IndexedIssue::key, i -> i,
                    (a, b) -> b, java.util.LinkedHashMap::new)).values());
        }
    }

    private IndexedIssue newIssue() {
        return randomIssue(tables.newKey());
    }

    private IndexedIssue randomIssue(String key) {
        String project = key.substring(0, key.indexOf('-'));
        // Some issues of each project have a security level: 10 the admin is in, 20 nobody here is.
        int level = random.nextInt(6);
        return issue(key, STATUSES[random.nextInt(STATUSES.length)], PEOPLE[random.nextInt(PEOPLE.length)],
                AMOUNTS[random.nextInt(AMOUNTS.length)], level == 0 ? Optional.of(10L)
                        : level == 1 ? Optional.of(20L) : Optional.empty());
    }

    private IndexedIssue issue(String key, String status, String assignee, String amount, Optional<Long> security) {
        String project = key.substring(0, key.indexOf('-'));
        boolean closed = status.equals("Won") || status.equals("Lost");
        Instant created = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(90 * 86_400));
        IssueRecord.Builder record = IssueRecord.builder(key, project).type("Deal")
                .status(status, closed ? StatusCategory.DONE : StatusCategory.IN_PROGRESS).assignee(assignee)
                .created(created).updated(created.plusSeconds(3_600));
        if (closed) {
            record.resolution(status.equals("Won") ? "Done" : "Won't Do").resolved(created.plusSeconds(86_400 * 5));
        }
        if (random.nextBoolean()) {
            record.due(LocalDate.of(2024, 4, 1).plusDays(random.nextInt(60)));
        }
        if (amount != null) {
            record.field(TwelveIssues.AMOUNT.id(), FieldValue.number(new BigDecimal(amount)));
        }
        String customer = CUSTOMERS[random.nextInt(CUSTOMERS.length)];
        if (customer != null) {
            record.field(TwelveIssues.CUSTOMER.id(), FieldValue.text(customer));
        }
        String region = REGIONS[random.nextInt(REGIONS.length)];
        if (region != null) {
            record.field(TwelveIssues.REGION.id(), FieldValue.option(region));
        }
        String owner = PEOPLE[random.nextInt(PEOPLE.length)];
        if (owner != null) {
            record.field(TwelveIssues.OWNER.id(), FieldValue.user(owner));
        }
        if (random.nextBoolean()) {
            record.field(TwelveIssues.CLOSE_DATE.id(), FieldValue.date(LocalDate.of(2024, 3, 1)
                    .plusDays(random.nextInt(90))));
        }
        return new IndexedIssue(record.build(), "Deal " + key, "", Set.of(), security);
    }
}
