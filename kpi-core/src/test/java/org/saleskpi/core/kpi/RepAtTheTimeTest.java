package org.saleskpi.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * Rep credit "rep at the time" (KPI-DEFINITIONS.md, "Rep credit"), worked by hand in March 2026:
 *
 * <pre>
 * SALES-1 created 03-01 by carol, won 03-10 (1000), handed to bob 03-20      now bob, then carol
 * SALES-2 created 03-05 with alice, handed to bob 03-15, still open (500)     now bob, created with alice
 * SALES-3 created 02-01 with bob, won 03-12 (300)                            bob throughout
 * </pre>
 * Sales per rep, now: bob 1300 (2 deals); at the time of each win: carol 1000, bob 300.
 * New opportunities in March, now: bob 2; at creation: carol 1 (SALES-1), alice 1 (SALES-2).
 */
class RepAtTheTimeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String AMOUNT = "customfield_10010";
    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    private static final KpiEngine ENGINE = new KpiEngine(new SalesModel("project = SALES", Set.of(), Set.of("Deal"),
            Set.of(), Set.of(), Set.of(), Set.of("Won"), Set.of("Lost"), Set.of(), Set.of(), AMOUNT, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Currency.getInstance("EUR"), SalesCalendar.of(BERLIN), 14));
    private static final List<KpiEngine.KpiRequest> ASKED = List.of(
            new KpiEngine.KpiRequest(Kpi.SALES_PER_REP, Optional.empty()),
            new KpiEngine.KpiRequest(Kpi.NEW_OPPORTUNITIES, Optional.of(ENGINE.catalog().byRep())));

    private static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    private static IssueRecord deal(String key, String status, String rep, String created, String resolved,
            String amount) {
        IssueRecord.Builder b = IssueRecord.builder(key, "SALES").type("Deal").status(status, StatusCategory.DONE)
                .assignee(rep).created(at(created)).updated(at(created)).field(AMOUNT, FieldValue.number(amount));
        if (resolved != null) {
            b.resolution("Done").resolved(at(resolved));
        }
        return b.build();
    }

    private static IssueTable table() {
        Set<Column> columns = ENGINE.columns(List.of(Kpi.SALES_PER_REP, Kpi.NEW_OPPORTUNITIES),
                Optional.of(ENGINE.catalog().byRep()));
        IssueTable table = IssueTable.of(BERLIN, columns, List.of(
                deal("SALES-1", "Won", "bob", "2026-03-01", "2026-03-10", "1000"),
                deal("SALES-2", "Proposal", "bob", "2026-03-05", null, "500"),
                deal("SALES-3", "Won", "bob", "2026-02-01", "2026-03-12", "300")));
        Set<Column> tracked = ENGINE.historyColumnsRepAtTheTime(List.of(Kpi.SALES_PER_REP), Optional.empty());
        assertThat(tracked).containsExactlyInAnyOrder(Column.ASSIGNEE, Column.RESOLUTION);
        return table.withHistory(ChangeTable.of(table, tracked, List.of(
                IssueHistory.of("SALES-1", at("2026-03-01"), List.of(
                        Change.of(at("2026-03-10"), "resolution", null, "Done", "carol"),
                        Change.of(at("2026-03-20"), "assignee", "carol", "bob", "admin"))),
                IssueHistory.of("SALES-2", at("2026-03-05"), List.of(
                        Change.of(at("2026-03-15"), "assignee", "alice", "bob", "admin"))),
                IssueHistory.of("SALES-3", at("2026-02-01"), List.of(
                        Change.of(at("2026-03-12"), "resolution", null, "Done", "bob"))))));
    }

    private static Map<String, BigDecimal> byGroup(Grid grid) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int g = 0; g < grid.groups().size(); g++) {
            values.put(grid.groups().get(g), grid.value(g, 0).asNumber().orElseThrow());
        }
        return values;
    }

    @Test
    void eachEventIsCreditedToTheRepOfItsInstant() {
        List<KpiResult> then = ENGINE.computeCreditingRepAtTheTime(table(), ASKED, List.of(MARCH), Inputs.none());
        assertThat(byGroup(then.get(0).figures().get("amount"))).containsOnlyKeys("bob", "carol")
                .hasEntrySatisfying("carol", v -> assertThat(v).isEqualByComparingTo("1000"))
                .hasEntrySatisfying("bob", v -> assertThat(v).isEqualByComparingTo("300"));
        assertThat(byGroup(then.get(1).figures().get("count"))).containsOnlyKeys("alice", "bob", "carol")
                .hasEntrySatisfying("alice", v -> assertThat(v).isEqualByComparingTo("1"))
                .hasEntrySatisfying("carol", v -> assertThat(v).isEqualByComparingTo("1"))
                .hasEntrySatisfying("bob", v -> assertThat(v).isEqualByComparingTo("0"));
    }

    @Test
    void byDefaultTheRepOfNowHasThemAll() {
        List<KpiResult> now = ENGINE.compute(table(), ASKED, List.of(MARCH), Inputs.none());
        assertThat(byGroup(now.get(0).figures().get("amount"))).containsOnlyKeys("bob")
                .hasEntrySatisfying("bob", v -> assertThat(v).isEqualByComparingTo("1300"));
        assertThat(byGroup(now.get(1).figures().get("count"))).containsOnlyKeys("bob")
                .hasEntrySatisfying("bob", v -> assertThat(v).isEqualByComparingTo("2"));
    }

    @Test
    void withoutTheRepsHistoryItSaysSo() {
        IssueTable bare = IssueTable.of(BERLIN, table().columns(), List.of(
                deal("SALES-1", "Won", "bob", "2026-03-01", "2026-03-10", "1000")));
        List<KpiResult> then = ENGINE.computeCreditingRepAtTheTime(bare, ASKED, List.of(MARCH), Inputs.none());
        Grid amount = then.get(0).figures().get("amount");
        assertThat(amount.value(0, 0)).isEqualTo(Value.absent(AbsentReason.NO_HISTORY));
    }
}
