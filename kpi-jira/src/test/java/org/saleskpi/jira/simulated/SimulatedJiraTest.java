package org.saleskpi.jira.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.jira.JiraIssueHistories;
import org.saleskpi.jira.JiraIssueSource;
import org.saleskpi.jira.bridge.SearchServiceIssueSearch;
import org.saleskpi.jira.bridge.SearchServiceSystemSearch;
import org.saleskpi.jira.bridge.SystemSearch;

/** Today's issue source over the simulated Jira: the same rows as the demo, and the work a real Jira would do. */
class SimulatedJiraTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DemoSpec SPEC = DemoSpec.of(7, 1_203, LocalDate.of(2024, 1, 1), ZONE);
    private static final Clock CLOCK = Clock.fixed(SPEC.end(), ZoneOffset.UTC);
    private static final UserRef VERA = new UserRef("vera", "Vera");
    private static final Set<Column> COLUMNS = new LinkedHashSet<>(DemoSalesModel.columns());

    private final SimulatedJira jira = SimulatedJira.ofDemo(SPEC, CLOCK, JiraCost.calibrated());

    private JiraIssueSource source() {
        jira.addUser("vera", "Vera");
        return new JiraIssueSource(new SearchServiceIssueSearch(jira.searchService()), jira.customFields(),
                jira.filters(), jira.projects(), jira.permissions(), jira.users(),
                new JiraIssueHistories(jira.changeHistories(), jira.customFields(), jira.statuses(), ZONE), ZONE);
    }

    @Test
    void todaysSourceReadsEveryCellAsTheDemoWroteItPageByPageAndEachIssueIsMaterialisedOnce() {
        JiraIssueSource source = source();
        jira.permissions().grantBrowse("vera", "SALES");
        JiraWork.Snapshot before = jira.work().snapshot();

        IssueTable table = source.load(new IssueQuery("project = SALES", VERA, COLUMNS, ZONE));

        IssueTable expected = IssueTable.of(ZONE, COLUMNS, DemoIssues.generateList(SPEC));
        assertThat(table.size()).isEqualTo(1_203);
        for (Column column : COLUMNS) {
            for (int row = 0; row < table.size(); row++) {
                assertThat(table.cell(column, row)).as(column.id() + " of row " + row)
                        .isEqualTo(expected.cell(column, row));
            }
        }
        JiraWork.Snapshot work = jira.work().snapshot().minus(before);
        // 1 203 issues at 500 a page: pages of 500, 500 and 203, the short one ending the load.
        assertThat(work.searches()).isEqualTo(3);
        assertThat(work.issuesMaterialised()).isEqualTo(1_203);
        // 25 µs per issue: 1 203 x 25 000 ns = 30 075 000 ns.
        assertThat(work.chargedNanos()).isEqualTo(30_075_000L);
    }

    @Test
    void theHistoryReadThroughJirasChangeItemsHasEveryTrackedChangeOfTheDemo() {
        JiraIssueSource source = source();
        jira.permissions().grantBrowse("vera", "SALES");
        Set<Column> tracked = Set.of(Column.STATUS, Column.ASSIGNEE,
                Column.custom(DemoSalesModel.AMOUNT_FIELD, org.saleskpi.core.issue.FieldType.NUMBER),
                Column.custom(DemoSalesModel.CLOSE_DATE_FIELD, org.saleskpi.core.issue.FieldType.DATE),
                Column.custom(DemoSalesModel.FORECAST_CATEGORY_FIELD, org.saleskpi.core.issue.FieldType.OPTION));
        List<IssueHistory> demo = new ArrayList<>();
        DemoIssues.generate(SPEC, (IssueRecord issue, IssueHistory history) -> demo.add(history));
        Set<String> ids = Set.of("status", "assignee", DemoSalesModel.AMOUNT_FIELD, DemoSalesModel.CLOSE_DATE_FIELD,
                DemoSalesModel.FORECAST_CATEGORY_FIELD);
        long expected = demo.stream().flatMap(h -> h.changes().stream()).filter(c -> ids.contains(c.field())).count();

        IssueTable table = source.load(new IssueQuery("project = SALES", VERA, COLUMNS, ZONE, tracked));

        assertThat(expected).isGreaterThan(1_203);
        assertThat(table.history()).get().satisfies(changes -> assertThat(changes.changeCount()).isEqualTo(expected));
        assertThat(jira.work().snapshot().historiesRead()).isEqualTo(1_203);
    }

    @Test
    void searchesOnlyWhatTheSearcherMayBrowseAndSeeAndTheJqlSelects() {
        JiraIssueSource source = source();
        Set<Column> keys = Set.of(Column.KEY, Column.STATUS);
        assertThat(source.load(new IssueQuery("project = SALES", VERA, keys, ZONE)).size()).isZero();

        jira.permissions().grantBrowse("vera", "SALES");
        jira.secure("SALES-1", 100L, "node-a");
        jira.secure("SALES-2", 101L, "node-a");
        jira.permissions().grantLevels("vera", 101L);
        IssueTable seen = source.load(new IssueQuery("project = SALES", VERA, keys, ZONE));
        assertThat(seen.size()).isEqualTo(1_202);
        assertThat(keysOf(seen)).doesNotContain("SALES-1").contains("SALES-2");

        long won = DemoIssues.generateList(SPEC).stream()
                .filter(i -> !i.key().equals("SALES-1") && (i.status().equals("Won") || i.status().equals("Lost")))
                .count();
        assertThat(source.count("project = SALES AND status in (Won, \"Lost\") ORDER BY key", VERA)).isEqualTo(won);
        assertThat(source.count("project = SALES AND NOT status in (Won, Lost)", VERA)).isEqualTo(1_202 - won);
        // The same grants as a cache's visibility: the browsable projects among those indexed, and the levels.
        assertThat(jira.permissions().visibilityPolicy().of(VERA, List.of("SALES", "OPS")))
                .isEqualTo(new Visibility(Set.of("SALES"), Set.of(101L)));
        assertThatThrownBy(() -> source.count("project = SALES AND summary ~ deal", VERA))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("jql");
                            assertThat(error.message()).contains("'summary'");
                        }));
    }

    @Test
    void anEditPublishesItsEventOnTheNodeItWasMadeOnOnlyAndTheNextSearchSeesIt() {
        JiraIssueSource source = source();
        jira.permissions().grantBrowse("vera", "SALES");
        List<IssueEvent> onA = new ArrayList<>();
        List<IssueEvent> onB = new ArrayList<>();
        jira.listen("node-a", onA::add);
        jira.listen("node-b", onB::add);
        long id = jira.id("SALES-5").orElseThrow();

        jira.reassign("SALES-5", "rep99", "vera", "node-a");
        jira.delete("SALES-6", "node-b");

        assertThat(onA).containsExactly(new IssueEvent(IssueEvent.Kind.UPDATED, id, "SALES-5"));
        assertThat(onB).containsExactly(new IssueEvent(IssueEvent.Kind.DELETED, id + 1, "SALES-6"));
        assertThat(source.count("assignee = rep99", VERA)).isEqualTo(1);
        assertThat(source.count("key in (SALES-5, SALES-6)", VERA)).isEqualTo(1);
        assertThat(jira.issue("SALES-5")).get().satisfies(i -> assertThat(i.updated()).isEqualTo(SPEC.end()));
        assertThat(source.count("updated >= \"" + SPEC.end().atZone(ZONE).toLocalDate().toString() + "\"", VERA))
                .isEqualTo(1);
    }

    @Test
    void theCachesSearchSeesEveryIssueWithoutAUserAndReadsIdsWithoutScanningTheRest() {
        SystemSearch system = new SearchServiceSystemSearch(jira.searchService());
        jira.secure("SALES-3", 100L, "node-a");
        long first = jira.id("SALES-1").orElseThrow();

        assertThat(system.count("project = SALES")).isEqualTo(1_203);
        assertThat(system.ids("project = SALES", 1_200, 500)).containsExactly(first + 1_200, first + 1_201,
                first + 1_202);
        JiraWork.Snapshot before = jira.work().snapshot();
        List<com.atlassian.jira.issue.Issue> read = system.issues(List.of(first + 2, first + 7, first + 99_999));
        assertThat(read).extracting(com.atlassian.jira.issue.Issue::getKey).containsExactly("SALES-3", "SALES-8");
        assertThat(read.get(0).getSecurityLevelId()).isEqualTo(100L);
        // One "id in (…)" search, two issues materialised; the id that Jira never gave is simply not there.
        assertThat(jira.work().snapshot().minus(before)).satisfies(work -> {
            assertThat(work.searches()).isEqualTo(1);
            assertThat(work.issuesMaterialised()).isEqualTo(2);
        });
        assertThat(system.ids("(project = SALES) AND (id in (" + (first + 4) + ", " + (first + 5) + "))", 0, 10))
                .containsExactly(first + 4, first + 5);
        assertThat(system.ids("id in (" + first + ") OR key = SALES-3", 0, 10)).containsExactly(first, first + 2);
        assertThat(system.ids("project = SALES AND NOT id in (" + first + ")", 0, 1)).containsExactly(first + 1);
    }

    private static List<String> keysOf(IssueTable table) {
        List<String> keys = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            keys.add((String) table.cell(Column.KEY, row));
        }
        return keys;
    }

    @Test
    void aSearchIsChargedNothingAndAnIssueTwentyFiveMicroseconds() {
        // 2 searches x 0 ns + 1 000 issues x 25 000 ns = 25 000 000 ns.
        assertThat(JiraCost.calibrated().of(2, 1_000)).isEqualTo(25_000_000L);
    }
}
