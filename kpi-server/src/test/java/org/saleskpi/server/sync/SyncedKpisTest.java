package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.ForecastCategory;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiEngine;
import org.saleskpi.core.kpi.KpiResult;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.server.fakejira.FakeIssue;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.store.Database;

/**
 * The KPIs computed over the synced store equal those computed from the fake site's own data: the expected table is
 * built from the site's plain values ({@link ExpectedCopy}), the actual one from what the store reads back.
 */
class SyncedKpisTest {
    private static final List<Kpi> KPIS = List.of(Kpi.WON_REVENUE, Kpi.WIN_RATE, Kpi.SALES_CYCLE, Kpi.SALES_PER_REP,
            Kpi.NEW_OPPORTUNITIES, Kpi.STAGE_FUNNEL, Kpi.TIME_IN_STAGE, Kpi.CLOSE_DATE_SLIPPAGE, Kpi.PIPELINE_MOVEMENT,
            Kpi.OPEN_PIPELINE, Kpi.FORECAST);

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void theKpisOverTheSyncedIssuesAreTheKpisOfTheSite(JiraKind kind) {
        try (SyncRig rig = new SyncRig(Database.H2_MEMORY, kind, 500, 47)) {
            assertThat(rig.sync.runOnce(SyncRig.CONNECTION).lastError()).isEmpty();
            ExpectedCopy expected = new ExpectedCopy(rig.site, kind, rig.store, SyncRig.FIELDS);
            SalesModel model = model(expected);
            KpiEngine engine = new KpiEngine(model);
            Set<Column> columns = new HashSet<>(engine.columns(KPIS, Optional.empty()));
            Set<Column> tracked = engine.historyColumns(KPIS, Optional.empty());
            columns.addAll(tracked);
            List<FakeIssue> issues = JiraSyncTest.inScope(rig);
            List<String> keys = issues.stream().map(FakeIssue::key).toList();

            List<IssueRecord> siteRecords = new ArrayList<>();
            List<IssueHistory> siteHistories = new ArrayList<>();
            for (FakeIssue issue : issues) {
                siteRecords.add(expected.issue(issue).record());
                siteHistories.add(expected.history(issue));
            }
            Set<String> trackedIds = new HashSet<>();
            tracked.forEach(column -> trackedIds.add(column.id()));
            Map<String, IssueHistory> stored = rig.store.histories(keys, trackedIds);
            List<IssueRecord> storedRecords = new ArrayList<>();
            List<IssueHistory> storedHistories = new ArrayList<>();
            Map<String, IndexedIssue> found = rig.store.find(keys);
            for (String key : keys) {
                if (found.containsKey(key)) {
                    storedRecords.add(found.get(key).record());
                    storedHistories.add(stored.get(key));
                }
            }

            // The last twelve months of the site, in its zone.
            LocalDate today = LocalDate.ofInstant(SyncRig.NOW, SyncRig.SITE_ZONE);
            List<Period> months = new ArrayList<>();
            for (int back = 11; back >= 0; back--) {
                LocalDate start = today.withDayOfMonth(1).minusMonths(back);
                months.add(new Period(start, start.plusMonths(1)));
            }
            Map<Kpi, KpiResult> fromSite = engine.compute(table(columns, tracked, siteRecords, siteHistories), KPIS,
                    months, Optional.empty(), Inputs.none());
            Map<Kpi, KpiResult> fromStore = engine.compute(table(columns, tracked, storedRecords, storedHistories),
                    KPIS, months, Optional.empty(), Inputs.none());

            assertThat(storedRecords).hasSameSizeAs(siteRecords);
            assertThat(fromStore.keySet()).isEqualTo(fromSite.keySet());
            for (Kpi kpi : KPIS) {
                assertThat(cells(fromStore.get(kpi))).as(kpi.name()).isEqualTo(cells(fromSite.get(kpi)));
            }
            // Not a comparison of two empty results: the site won deals in the last year.
            long won = fromSite.get(Kpi.WON_REVENUE).figures().get("count").row(0).stream()
                    .mapToLong(value -> value.asNumber().map(BigDecimal::longValue).orElse(0L)).sum();
            assertThat(won).isPositive();
        }
    }

    /** A result as comparable values (a grid has no equality of its own): figure, groups, periods and cells. */
    private static Map<String, List<Object>> cells(KpiResult result) {
        Map<String, List<Object>> cells = new TreeMap<>();
        result.figures().forEach((name, grid) -> {
            List<Object> values = new ArrayList<>(List.of(grid.unit(), grid.groups(), grid.periods()));
            for (int group = 0; group < grid.groups().size(); group++) {
                values.add(grid.row(group));
            }
            cells.put(name, values);
        });
        return cells;
    }

    private static IssueTable table(Set<Column> columns, Set<Column> tracked, List<IssueRecord> records,
            List<IssueHistory> histories) {
        IssueTable table = IssueTable.of(SyncRig.SITE_ZONE, columns, records);
        return table.withHistory(ChangeTable.of(table, tracked, histories));
    }

    /** The fake's deals as a team would model them: amount, close date, the stages with probabilities. */
    private static SalesModel model(ExpectedCopy expected) {
        return new SalesModel("project in (DEAL, ENT, PART)", Set.of(), Set.of("Deal", "Renewal"), Set.of(),
                Set.of(), Set.of(), Set.of("Won"), Set.of("Lost"), Set.of(), Set.of(),
                expected.local("customfield_10100").id(), Optional.of(expected.local("customfield_10101").id()),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Currency.getInstance("USD"), SalesCalendar.of(SyncRig.SITE_ZONE), 14,
                new PipelineSettings(List.of(Stage.of("Qualified", "0.2"), Stage.of("Proposal", "0.5"),
                        Stage.of("Negotiation", "0.8")), Optional.of(expected.local("customfield_10102").id()),
                        Optional.of(expected.local("customfield_10103").id()),
                        Map.of("Pipeline", ForecastCategory.PIPELINE, "Best case", ForecastCategory.BEST_CASE,
                                "Commit", ForecastCategory.COMMIT, "Omitted", ForecastCategory.OMITTED)));
    }
}
