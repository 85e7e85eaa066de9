package org.saleskpi.server.issues;

import org.saleskpi.core.index.TwelveIssues;
import org.saleskpi.core.index.VisibilityPolicy;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.SearchPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StandardField;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.server.demo.DemoLoader;

/** Search, count and load over {@link TwelveIssues} as users who may browse SALES only, or everything. */
class IndexedIssueSourceTest {
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final UserRef ROOT = new UserRef("root", "Root");
    private static final UserRef NOBODY = new UserRef("nobody", "Nobody");
    /** Alice browses SALES; root is a system administrator; nobody browses nothing. */
    private static final AccessPolicy ACCESS = new AccessPolicy() {
        @Override
        public Optional<UserRef> currentUser() {
            return Optional.empty();
        }

        @Override
        public boolean canBrowse(UserRef user, String projectKey) {
            return user.equals(ALICE) && projectKey.equals("SALES");
        }

        @Override
        public boolean canAdminister(UserRef user, String projectKey) {
            return false;
        }

        @Override
        public boolean isSystemAdmin(UserRef user) {
            return user.equals(ROOT);
        }
    };

    private final IssueIndex index = TwelveIssues.index();
    private final IndexedIssueSource source = new IndexedIssueSource(index, VisibilityPolicy.byProjects(ACCESS), TwelveIssues.CLOCK, TwelveIssues.ZONE);

    @Test
    void aUserNeverGetsIssuesOfProjectsTheyMayNotBrowse() {
        String everything = "assignee = alice OR project = OPS";

        assertThat(source.count(everything, ALICE)).isEqualTo(2);
        assertThat(source.count(everything, ROOT)).isEqualTo(6);
        assertThat(source.count(everything, NOBODY)).isZero();
        assertThat(keys(source.search(everything, ALICE, 0, 50))).containsExactly("SALES-3", "SALES-1");
        assertThat(source.search("project = OPS", ALICE, 0, 50)).isEqualTo(new SearchPage(0, List.of()));
        IssueTable table = source.load(new IssueQuery(everything, ALICE, Set.of(Column.KEY, Column.PROJECT),
                TwelveIssues.ZONE));
        assertThat(table.size()).isEqualTo(2);
        for (int row = 0; row < table.size(); row++) {
            assertThat(table.codes(Column.PROJECT).value(table.codes(Column.PROJECT).code(row))).isEqualTo("SALES");
        }
        assertThat(source.projects(ALICE)).containsExactly("SALES");
        assertThat(source.projects(ROOT)).containsExactly("OPS", "SALES");
        assertThat(source.statuses(ALICE)).doesNotContain("To Do", "Submitted").contains("Won", "Active");
        assertThat(source.issueTypes(ALICE)).containsExactly("Campaign", "Customer", "Deal", "Lead", "Opportunity");
    }

    @Test
    void currentUserIsTheAskingUser() {
        assertThat(source.count("assignee = currentUser()", ROOT)).isZero();
        assertThat(source.count("assignee = currentUser()", ALICE)).isEqualTo(2);
    }

    @Test
    void searchPagesInTheQueryOrderNewestFirstByDefault() {
        assertThat(keys(source.search("", ROOT, 0, 50))).containsExactly("SALES-4", "SALES-3", "OPS-4", "OPS-3",
                "OPS-1", "SALES-11", "OPS-2", "SALES-2", "SALES-1", "SALES-5", "SALES-10", "SALES-12");
        // Keys sort by number, not as text.
        SearchPage page = source.search("project = SALES ORDER BY key", ROOT, 2, 3);
        assertThat(page.total()).isEqualTo(8);
        assertThat(keys(page)).containsExactly("SALES-3", "SALES-4", "SALES-5");
        assertThat(keys(source.search("project = SALES order by key DESC", ROOT, 0, 3)))
                .containsExactly("SALES-12", "SALES-11", "SALES-10");
        assertThat(keys(source.search("issuetype = Opportunity ORDER BY Amount DESC", ROOT, 0, 50)))
                .containsExactly("SALES-3", "SALES-1", "SALES-2");
        // Empty due dates sort last ascending; ties fall back to the key.
        assertThat(keys(source.search("project = SALES order by due asc", ROOT, 0, 50))).containsExactly(
                "SALES-1", "SALES-3", "SALES-2", "SALES-4", "SALES-5", "SALES-10", "SALES-11", "SALES-12");
        assertThat(keys(source.search("project = OPS ORDER BY assignee, key DESC", ROOT, 0, 50)))
                .containsExactly("OPS-4", "OPS-1", "OPS-2", "OPS-3");
        assertThat(keys(source.search("project = OPS ORDER BY status", ROOT, 0, 50)))
                .containsExactly("OPS-2", "OPS-4", "OPS-3", "OPS-1");
    }

    @Test
    void searchReturnsWholeIssues() {
        IndexedIssue first = source.search("key = SALES-1", ROOT, 0, 1).issues().get(0);

        assertThat(first).isEqualTo(TwelveIssues.issues().get(0));
    }

    @Test
    void validateThrowsWhatRunningWouldAndRejectsBadPages() {
        source.validate("project = SALES AND Amount > 5 ORDER BY \"Close Date\"");
        assertThatThrownBy(() -> source.validate("Amount > five"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("jql"));
        assertThatThrownBy(() -> source.search("", ROOT, -1, 5)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void catalogListsTheDefinedCustomFields() {
        assertThat(source.fields(ALICE)).containsExactly(
                new IssueCatalog.FieldInfo("customfield_10010", "Amount", FieldType.NUMBER),
                new IssueCatalog.FieldInfo("customfield_10020", "Customer", FieldType.TEXT),
                new IssueCatalog.FieldInfo("customfield_10030", "Region", FieldType.OPTION),
                new IssueCatalog.FieldInfo("customfield_10040", "Owner", FieldType.USER),
                new IssueCatalog.FieldInfo("customfield_10050", "Close Date", FieldType.DATE));
    }

    @Test
    void loadGivesTheTableThatTheSameRecordsWouldBuild() {
        List<Column> columns = new ArrayList<>();
        for (StandardField field : StandardField.values()) {
            columns.add(new Column.Standard(field));
        }
        TwelveIssues.FIELDS.forEach(f -> columns.add(Column.custom(f.id(), f.type())));
        // A zone other than the index's: days must follow the query.
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");

        IssueTable loaded = source.load(new IssueQuery("", ROOT, Set.copyOf(columns), tokyo));

        List<IssueRecord> records = TwelveIssues.issues().stream().map(IndexedIssue::record).toList();
        assertSameCells(loaded, IssueTable.of(tokyo, columns, records), columns);
    }

    @Test
    void loadAsAUserWhoBrowsesOneProjectGivesTheTableOfThatProjectsMatchingRecords() {
        List<Column> columns = new ArrayList<>();
        for (StandardField field : StandardField.values()) {
            columns.add(new Column.Standard(field));
        }
        TwelveIssues.FIELDS.forEach(f -> columns.add(Column.custom(f.id(), f.type())));
        ZoneId newYork = ZoneId.of("America/New_York");

        IssueTable loaded = source.load(new IssueQuery("status != Won", ALICE, Set.copyOf(columns), newYork));

        List<IssueRecord> records = TwelveIssues.issues().stream().map(IndexedIssue::record)
                .filter(r -> r.project().equals("SALES") && !r.status().equals("Won")).toList();
        assertThat(records).isNotEmpty();
        assertSameCells(loaded, IssueTable.of(newYork, columns, records), columns);
        assertThat(source.load(new IssueQuery("status != Won", NOBODY, Set.copyOf(columns), newYork)).size()).isZero();
    }

    @Test
    void aLoadedTableIsReusedOnlyByUsersWhoMayBrowseTheSameProjects() {
        UserRef bob = new UserRef("bob", "Bob");
        UserRef carol = new UserRef("carol", "Carol");
        // Alice and Bob browse SALES, Carol browses OPS, root everything.
        AccessPolicy access = new AccessPolicy() {
            @Override
            public Optional<UserRef> currentUser() {
                return Optional.empty();
            }

            @Override
            public boolean canBrowse(UserRef user, String projectKey) {
                return projectKey.equals(user.equals(carol) ? "OPS" : "SALES") && !user.equals(NOBODY);
            }

            @Override
            public boolean canAdminister(UserRef user, String projectKey) {
                return false;
            }

            @Override
            public boolean isSystemAdmin(UserRef user) {
                return user.equals(ROOT);
            }
        };
        IndexedIssueSource cached = new IndexedIssueSource(index, VisibilityPolicy.byProjects(access), TwelveIssues.CLOCK, TwelveIssues.ZONE);
        Set<Column> columns = Set.of(Column.KEY, Column.PROJECT);

        IssueTable alices = cached.load(new IssueQuery("", ALICE, columns, TwelveIssues.ZONE));
        IssueTable bobs = cached.load(new IssueQuery("", bob, columns, TwelveIssues.ZONE));
        IssueTable carols = cached.load(new IssueQuery("", carol, columns, TwelveIssues.ZONE));
        IssueTable roots = cached.load(new IssueQuery("", ROOT, columns, TwelveIssues.ZONE));

        assertThat(bobs).isSameAs(alices);
        assertThat(projects(alices)).containsOnly("SALES");
        assertThat(projects(carols)).containsOnly("OPS");
        assertThat(projects(roots)).containsOnly("SALES", "OPS");
        assertThat(cached.load(new IssueQuery("", carol, columns, TwelveIssues.ZONE))).isSameAs(carols);
        assertThat(cached.load(new IssueQuery("", NOBODY, columns, TwelveIssues.ZONE)).size()).isZero();
        // Another zone or other columns are another table.
        assertThat(cached.load(new IssueQuery("", ALICE, columns, ZoneId.of("UTC")))).isNotSameAs(alices);
        assertThat(cached.load(new IssueQuery("", ALICE, Set.of(Column.KEY), TwelveIssues.ZONE)))
                .isNotSameAs(alices);
    }

    @Test
    void anIndexWriteOrAQueryThatDependsOnNowOrTheUserLoadsAfresh() {
        Set<Column> columns = Set.of(Column.KEY, Column.PROJECT);
        IssueTable before = source.load(new IssueQuery("project = SALES", ROOT, columns, TwelveIssues.ZONE));
        assertThat(source.load(new IssueQuery("project = SALES", ROOT, columns, TwelveIssues.ZONE))).isSameAs(before);

        index.upsert(List.of(new IndexedIssue(IssueRecord.builder("SALES-99", "SALES").type("Deal")
                .status("Open", StatusCategory.TO_DO).created(Instant.parse("2024-05-01T10:00:00Z")).build(),
                "New deal", "", Set.of())));

        IssueTable after = source.load(new IssueQuery("project = SALES", ROOT, columns, TwelveIssues.ZONE));
        assertThat(after.size()).isEqualTo(before.size() + 1);
        for (String jql : List.of("created >= -3650d", "assignee = currentUser()", "created <= now()")) {
            IssueTable first = source.load(new IssueQuery(jql, ALICE, columns, TwelveIssues.ZONE));
            assertThat(source.load(new IssueQuery(jql, ALICE, columns, TwelveIssues.ZONE))).as(jql)
                    .isNotSameAs(first);
        }
    }

    @Test
    void loadOfGeneratedDemoIssuesMatchesTheEngineTableCellByCell() {
        DemoSpec spec = DemoSpec.of(7, 3_000, LocalDate.of(2024, 1, 1), ZoneId.of("Europe/Berlin"));
        List<IssueRecord> records = DemoIssues.generateList(spec);
        IssueIndex demo = new IssueIndex();
        // The demo\'s fields as the demo loader defines them.
        DemoLoader.FIELDS.forEach(demo::defineField);
        demo.upsert(records.stream().map(r -> new IndexedIssue(r, r.key(), "", Set.of())).toList());
        IndexedIssueSource demoSource = new IndexedIssueSource(demo, VisibilityPolicy.byProjects(ACCESS), TwelveIssues.CLOCK, spec.zone());
        List<Column> columns = DemoSalesModel.columns();

        IssueTable loaded = demoSource.load(new IssueQuery("", ROOT, Set.copyOf(columns), spec.zone()));

        IssueTable expected = IssueTable.of(spec.zone(), columns, records);
        assertSameCells(loaded, expected, columns);
        // Same dictionaries and array widths as the engine's own builder makes.
        assertThat(loaded.rowBytes()).isEqualTo(expected.rowBytes());
        assertThat(loaded.dictionaryBytes()).isEqualTo(expected.dictionaryBytes());
    }

    private static void assertSameCells(IssueTable actual, IssueTable expected, List<Column> columns) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (Column column : columns) {
            for (int row = 0; row < expected.size(); row++) {
                assertThat(actual.cell(column, row)).as("%s of row %d", column.id(), row)
                        .isEqualTo(expected.cell(column, row));
            }
        }
    }

    private static List<String> projects(IssueTable table) {
        List<String> projects = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            projects.add(table.codes(Column.PROJECT).value(table.codes(Column.PROJECT).code(row)));
        }
        return projects;
    }

    private static List<String> keys(SearchPage page) {
        return page.issues().stream().map(IndexedIssue::key).toList();
    }
}
