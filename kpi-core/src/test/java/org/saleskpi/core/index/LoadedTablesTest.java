package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.jql.JqlParser;
import org.saleskpi.core.jql.ProjectZones;
import org.saleskpi.core.jql.UserValues;

class LoadedTablesTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static LoadedTables.Scope scope(String jql) {
        return new LoadedTables.Scope(new Visibility(Set.of("SALES"), Set.of()), JqlParser.parse(jql), UserValues.NONE,
                UTC, Set.of(), Set.of(), ProjectZones.NONE);
    }

    /** A table of {@code rows} due dates: 4 bytes a row, no dictionary; no index rows kept with it. */
    private static LoadedTables.Entry entry(long version, int rows) {
        return new LoadedTables.Entry(version, null,
                IssueTable.fromColumns(UTC, rows).epochDays(Column.DUE, new long[rows]).build());
    }

    @Test
    void keepsTheMostRecentlyUsedWithinTheEntryBound() {
        LoadedTables tables = new LoadedTables(2, 1_000);
        tables.put(scope("status = Won"), entry(1, 1));
        tables.put(scope("status = Lost"), entry(1, 1));
        tables.get(scope("status = Won"));
        tables.put(scope("status = Open"), entry(1, 1));

        assertThat(tables.get(scope("status = Won"))).isPresent();
        assertThat(tables.get(scope("status = Lost"))).isEmpty();
        assertThat(tables.get(scope("status = Open"))).isPresent();
    }

    @Test
    void staysWithinTheByteBudget() {
        // 100 rows are 400 bytes: two fit in 1000, a third pushes out the oldest, 300 rows never fit.
        LoadedTables tables = new LoadedTables(16, 1_000);
        tables.put(scope("status = Won"), entry(1, 100));
        tables.put(scope("status = Lost"), entry(1, 100));
        tables.put(scope("status = Open"), entry(1, 100));
        tables.put(scope("status = Done"), entry(1, 300));

        assertThat(tables.size()).isEqualTo(2);
        assertThat(tables.get(scope("status = Won"))).isEmpty();
        assertThat(tables.get(scope("status = Done"))).isEmpty();
    }

    @Test
    void theIndexRowsKeptForPatchingCountAgainstTheBudget() {
        // 100 rows: 400 bytes of dates and 400 of index rows; a second such entry is over 1000.
        LoadedTables tables = new LoadedTables(16, 1_000);
        IssueTable dates = entry(1, 100).table();
        tables.put(scope("status = Won"), new LoadedTables.Entry(1, new int[100], dates));
        tables.put(scope("status = Lost"), new LoadedTables.Entry(1, new int[100], dates));

        assertThat(tables.size()).isEqualTo(1);
        assertThat(tables.get(scope("status = Lost"))).isPresent();
    }

    @Test
    void aTableOfAnOlderVersionStaysUntilItsScopeIsLoadedAgainAndNeverReplacesANewerOne() {
        LoadedTables tables = new LoadedTables(16, 1_000);
        tables.put(scope("status = Won"), entry(1, 1));
        tables.put(scope("status = Lost"), entry(2, 1));
        LoadedTables.Entry newer = entry(3, 1);
        tables.put(scope("status = Won"), newer);
        tables.put(scope("status = Won"), entry(2, 1));

        assertThat(tables.get(scope("status = Lost"))).get().extracting(LoadedTables.Entry::version).isEqualTo(2L);
        assertThat(tables.get(scope("status = Won"))).containsSame(newer);
    }

    @Test
    void aScopesTableOfSomeColumnsIsHandedOutAsTheSameTableEachTime() {
        LoadedTables tables = new LoadedTables(16, 1_000);
        LoadedTables.Entry entry = new LoadedTables.Entry(1, null, IssueTable.fromColumns(UTC, 2)
                .epochDays(Column.DUE, new long[2]).epochDays(Column.CREATED, new long[2]).build());

        IssueTable due = tables.table(scope("status = Won"), entry, Set.of(Column.DUE));

        assertThat(due.columns()).containsExactly(Column.DUE);
        assertThat(tables.table(scope("status = Won"), entry, Set.of(Column.DUE))).isSameAs(due);
        assertThat(tables.table(scope("status = Won"), entry, Set.of(Column.DUE, Column.CREATED)).columns())
                .containsExactlyInAnyOrder(Column.DUE, Column.CREATED);
    }

    @Test
    void resultsOutliveTheirTablesButNeverAnswerAnotherVersion() {
        // No room for any table: every load is a new entry, but of the same scope, columns and version.
        LoadedTables tables = new LoadedTables(16, 0);
        Set<Column> due = Set.of(Column.DUE);
        IssueTable first = tables.table(scope("status = Won"), entry(1, 100), due);
        first.remember("figures", "computed once");

        IssueTable again = tables.table(scope("status = Won"), entry(1, 100), due);
        assertThat(again).isNotSameAs(first);
        assertThat(again.remembered("figures")).contains("computed once");
        // Another scope (query, viewer...) has its own results.
        assertThat(tables.table(scope("status = Lost"), entry(1, 100), due).remembered("figures")).isEmpty();
        // The same scope patched to a later version computes afresh.
        assertThat(tables.table(scope("status = Won"), entry(2, 100), due).remembered("figures")).isEmpty();
    }

    @Test
    void aLinesOlderResultStaysUntilTheLineIsComputedAgainButNeverAnswersAnotherVersion() {
        LoadedTables tables = new LoadedTables(16, 1_000);
        Set<Column> due = Set.of(Column.DUE);
        LoadedTables.Entry older = entry(1, 10);
        tables.put(scope("status = Won"), older);
        IssueTable old = tables.table(scope("status = Won"), older, due);
        old.remember("figures", "of version 1");
        assertThat(tables.resultVersions(scope("status = Won"))).containsExactly(1L);

        LoadedTables.Entry newer = entry(2, 10);
        tables.put(scope("status = Won"), newer);
        // Kept for recent answers (ADR 0050), but the newer table computes afresh.
        assertThat(tables.resultVersions(scope("status = Won"))).containsExactly(1L);
        assertThat(tables.table(scope("status = Won"), newer, due).remembered("figures")).isEmpty();
        tables.table(scope("status = Won"), newer, due).remember("figures", "of version 2");
        // A computation on the old table that ends after the newer one's is not kept.
        old.remember("figures", "late, of version 1");

        assertThat(tables.resultVersions(scope("status = Won"))).containsExactly(2L);
        assertThat(tables.table(scope("status = Won"), newer, due).remembered("figures")).contains("of version 2");
        assertThat(old.remembered("figures")).isEmpty();
    }
}
