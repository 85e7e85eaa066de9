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

    private static LoadedTables.Key key(long version, String jql) {
        return new LoadedTables.Key(version, new Visibility(Set.of("SALES"), Set.of()), JqlParser.parse(jql), UserValues.NONE, Set.of(Column.DUE), UTC, Set.of(), ProjectZones.NONE);
    }

    /** A table of {@code rows} due dates: 4 bytes a row, no dictionary. */
    private static IssueTable table(int rows) {
        return IssueTable.fromColumns(UTC, rows).epochDays(Column.DUE, new long[rows]).build();
    }

    @Test
    void keepsTheMostRecentlyUsedWithinTheEntryBound() {
        LoadedTables tables = new LoadedTables(2, 1_000);
        tables.put(key(1, "status = Won"), table(1));
        tables.put(key(1, "status = Lost"), table(1));
        tables.get(key(1, "status = Won"));
        tables.put(key(1, "status = Open"), table(1));

        assertThat(tables.get(key(1, "status = Won"))).isPresent();
        assertThat(tables.get(key(1, "status = Lost"))).isEmpty();
        assertThat(tables.get(key(1, "status = Open"))).isPresent();
    }

    @Test
    void staysWithinTheByteBudget() {
        // 100 rows are 400 bytes: two fit in 1000, a third pushes out the oldest, 300 rows never fit.
        LoadedTables tables = new LoadedTables(16, 1_000);
        tables.put(key(1, "status = Won"), table(100));
        tables.put(key(1, "status = Lost"), table(100));
        tables.put(key(1, "status = Open"), table(100));
        tables.put(key(1, "status = Done"), table(300));

        assertThat(tables.size()).isEqualTo(2);
        assertThat(tables.get(key(1, "status = Won"))).isEmpty();
        assertThat(tables.get(key(1, "status = Done"))).isEmpty();
    }

    @Test
    void aNewerIndexVersionDropsEveryOlderTable() {
        LoadedTables tables = new LoadedTables(16, 1_000);
        tables.put(key(1, "status = Won"), table(1));
        tables.put(key(2, "status = Lost"), table(1));
        tables.put(key(1, "status = Open"), table(1));

        assertThat(tables.size()).isEqualTo(1);
        assertThat(tables.get(key(2, "status = Lost"))).isPresent();
    }

    @Test
    void resultsOutliveTheirTablesUntilTheIndexChanges() {
        // No room for any table: every load is a new table object, but of the same key.
        LoadedTables tables = new LoadedTables(16, 0);
        IssueTable first = tables.keep(key(1, "status = Won"), table(100));
        first.remember("figures", "computed once");

        IssueTable again = tables.keep(key(1, "status = Won"), table(100));
        assertThat(again).isNotSameAs(first);
        assertThat(again.remembered("figures")).contains("computed once");
        // Another key (query, viewer, columns...) has its own results.
        assertThat(tables.keep(key(1, "status = Lost"), table(100)).remembered("figures")).isEmpty();

        // A write to the index: the next version's tables compute afresh, and nothing of the old one stays.
        IssueTable newer = tables.keep(key(2, "status = Won"), table(100));
        assertThat(newer.remembered("figures")).isEmpty();
        first.remember("late", "from an old table");
        assertThat(tables.keep(key(2, "status = Won"), table(100)).remembered("late")).isEmpty();
    }
}
