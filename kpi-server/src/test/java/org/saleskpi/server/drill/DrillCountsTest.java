package org.saleskpi.server.drill;

import org.saleskpi.core.index.VisibilityPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.drill.Population;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.RepActivityDataset;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.gadget.bar.BarDataset;
import org.saleskpi.core.gadget.bar.BarGadget;
import org.saleskpi.core.gadget.bar.BarOptions;
import org.saleskpi.core.gadget.completed.CompletedGadget;
import org.saleskpi.core.gadget.leaderboard.LeaderboardDataset;
import org.saleskpi.core.gadget.leaderboard.LeaderboardGadget;
import org.saleskpi.core.gadget.leaderboard.LeaderboardOptions;
import org.saleskpi.core.gadget.line.LineDataset;
import org.saleskpi.core.gadget.line.LineGadget;
import org.saleskpi.core.gadget.line.LineOptions;
import org.saleskpi.core.gadget.pie.PieDataset;
import org.saleskpi.core.gadget.pie.PieGadget;
import org.saleskpi.core.gadget.pie.PieOptions;
import org.saleskpi.core.gadget.table.TableDataset;
import org.saleskpi.core.gadget.table.TableGadget;
import org.saleskpi.core.gadget.table.TableOptions;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Aggregation;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.server.demo.DemoLoader;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;

/**
 * The proof of drill-down: for every KPI figure over a set of issues, every grouping and a few periods,
 * the drill JQL run through the server's JQL subset over the demo data selects exactly as many issues as
 * the engine counted for that group, including "other" past the shown groups. Read once in the profile
 * calendar's zone (day literals) and once by a server in another zone (minute literals).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillCountsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final UserRef ROOT = new UserRef("root", "Root");
    /**
     * The gadget's own JQL, composed after the scope as ProfileIssues composes it. No date in it: the
     * server loads a KPI's issues reading dates in the calendar's zone but searches in its own.
     */
    private static final String GADGET_JQL = "issuetype != Task OR assignee != rep01 ORDER BY key";
    /** Groups of a grouping checked one by one; the rest are checked together as "other". */
    private static final int SHOWN = 6;
    private static final AccessPolicy EVERYONE = new AccessPolicy() {
        @Override
        public Optional<UserRef> currentUser() {
            return Optional.empty();
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
            return true;
        }
    };

    private final DemoSpec spec = DemoSpec.of(12, 4_000, LocalDate.of(2024, 1, 1), BERLIN);
    private final SalesModel model = DemoSalesModel.of(spec);
    private final SalesCalendar calendar = model.calendar();
    private final LocalDate today = LocalDate.of(2025, 11, 18);
    private IssueIndex index;
    private IssueTable table;
    private String loaded;

    @BeforeAll
    void loadTheDemo() {
        index = new IssueIndex();
        // The demo\'s fields as the demo loader defines them.
        DemoLoader.FIELDS.forEach(index::defineField);
        List<IssueRecord> records = DemoIssues.generateList(spec);
        index.upsert(records.stream().map(r -> new IndexedIssue(r, r.key(), "", Set.of())).toList());
        loaded = JqlText.and(model.scopeJql(), GADGET_JQL);
        table = source(BERLIN).load(new IssueQuery(loaded, ROOT, Set.copyOf(DemoSalesModel.columns()),
                calendar.zone()));
    }

    @Test
    void everyDrillSelectsWhatItsKpiCountedInTheCalendarsZone() {
        assertDrillsCount(BERLIN);
    }

    @Test
    void everyDrillSelectsWhatItsKpiCountedForAServerInAnotherZone() {
        assertDrillsCount(TOKYO);
    }

    @Test
    void figuresThatAreNoSetOfIssuesHaveNoDrill() {
        // Counts of customers (first seen), differences of counts, the previous period's value and inputs:
        // what the engine counts is not the issues of the period, so nothing is offered. Retention is
        // (atEnd - gained) / atStart, both differences; churn drills into its numerator, the churned.
        assertThat(undrillable()).containsExactlyInAnyOrder(
                "clv.customers", "churn-rate.atStart", "churn-rate.atEnd", "churn-rate.activeBefore",
                "retention-rate.retention", "retention-rate.atStart", "retention-rate.atEnd",
                "retention-rate.activeBefore", "sales-growth.previousAmount", "target-attainment.target",
                // Rows 16 to 18: targets, what remains of one, and the totals made of other figures (most likely, best
                // case and their attainments).
                "forecast.target", "forecast.mostLikely", "forecast.bestCaseTotal", "forecast.mostLikelyAttainment",
                "forecast.bestCaseAttainment", "pipeline-coverage.target", "pipeline-coverage.remaining",
                // Rows 11 to 15: a replay of the past is no set of issues a search finds today (the demo profile has
                // stages and a close date field, so every one of them has a value and none a drill).
                "stage-funnel.reached", "stage-funnel.stepConversion", "stage-funnel.fromStartConversion",
                "time-in-stage.medianDays", "time-in-stage.meanDays", "time-in-stage.p85Days", "time-in-stage.deals",
                "time-in-stage.currentAgeMedianDays", "time-in-stage.openDeals",
                "close-date-slippage.pushedShare", "close-date-slippage.pushes", "close-date-slippage.openDeals",
                "close-date-slippage.pushedDeals", "close-date-slippage.meanDaysPerPush", "close-date-slippage.slipping",
                "sales-velocity.openAtStart", "sales-velocity.perPeriod", "pipeline-movement.netChange",
                "pipeline-movement.openAtStart", "pipeline-movement.new", "pipeline-movement.increased",
                "pipeline-movement.decreased", "pipeline-movement.won", "pipeline-movement.lost",
                "pipeline-movement.movedOut", "pipeline-movement.openAtEnd");
    }

    @Test
    void everyItemOfTheGadgetsDrillsIntoTheIssuesItCounts() {
        IndexedIssueSource server = source(BERLIN);
        DrillDown drill = new DrillDown(loaded, calendar.zone(), calendar.zone());
        Period year = calendar.bucketOf(today, Bucket.YEAR);
        KpiCatalog catalog = new KpiCatalog(model, KpiOptions.defaults());
        GadgetScope scope = new GadgetScope(model, catalog, drill);
        FigureChoice wonCount = FigureChoice.of(Kpi.WON_REVENUE, "count");
        Dimension customers = catalog.byCustomer().orElseThrow();
        int checked = 0;

        // Pie: the top slices and "other", the groups past them.
        for (PieDataset.Slice slice : new PieGadget(scope)
                .dataset(table, new PieOptions(wonCount, year, customers, 4)).slices()) {
            checked += countsMatch(server, slice.value(), slice.jql(), "slice " + slice.group());
        }
        assertThat(checked).isEqualTo(5);
        // Leads by rep: reps are the deal owners, so "other" names the reps past the top, not "none of the top".
        for (PieDataset.Slice slice : new PieGadget(scope).dataset(table,
                new PieOptions(FigureChoice.headline(Kpi.NEW_LEADS), year, catalog.byRep(), 3)).slices()) {
            checked += countsMatch(server, slice.value(), slice.jql(), "leads slice " + slice.group());
        }
        assertThat(checked).isEqualTo(9);

        // Bar: each bar and each of its stacks, "other" stack included.
        BarOptions stacked = BarOptions.of(FigureChoice.headline(Kpi.NEW_LEADS), year, catalog.byRep())
                .stackBy(Dimension.by(Column.STATUS, Filter.all())).maxStacks(2);
        for (BarDataset.Bar bar : new BarGadget(scope)
                .dataset(table, stacked, Inputs.none()).bars()) {
            checked += countsMatch(server, bar.value(), bar.jql(), "bar " + bar.group());
            for (int i = 0; i < bar.stacks().size(); i++) {
                checked += countsMatch(server, bar.stacks().get(i), bar.stacksJql().get(i),
                        "bar " + bar.group() + " stack " + i);
            }
        }

        // Line: every bucket of every group's line.
        LineOptions monthly = LineOptions.of(new Timeline(year, Bucket.MONTH), FigureChoice.headline(Kpi.NEW_OPPORTUNITIES))
                .groupBy(Dimension.by(Column.ISSUE_TYPE, Filter.all()));
        for (LineDataset.Series series : new LineGadget(scope)
                .dataset(table, monthly, Inputs.none()).series()) {
            for (int i = 0; i < series.values().size(); i++) {
                checked += countsMatch(server, series.values().get(i), series.jql().get(i),
                        "line " + series.group() + " bucket " + i);
            }
        }

        // Table: every cell of every rep's row, and the totals.
        TableDataset reps = new TableGadget(scope).dataset(table,
                TableOptions.of(year, catalog.byRep(), wonCount, FigureChoice.headline(Kpi.NEW_LEADS)), Inputs.none());
        for (TableDataset.Row row : reps.rows()) {
            for (int i = 0; i < row.values().size(); i++) {
                checked += countsMatch(server, row.values().get(i), row.jql().get(i), "row " + row.group() + " " + i);
            }
        }
        checked += countsMatch(server, reps.totals().values().get(0), reps.totals().jql().get(0), "totals");

        // Leaderboard: each rep's won deals and resolved issues.
        for (LeaderboardDataset.Entry entry : new LeaderboardGadget(scope)
                .dataset(table, LeaderboardOptions.of(year)).entries()) {
            checked += countsMatch(server, Value.of(entry.wonDeals(), Unit.COUNT), entry.wonJql(), entry.rep() + " won");
            checked += countsMatch(server, Value.of(entry.resolvedIssues(), Unit.COUNT), entry.resolvedJql(),
                    entry.rep() + " resolved");
        }

        // Completed: each rep's count per month, the rep's total and the month's total.
        RepActivityDataset completed = new CompletedGadget(scope).dataset(table, new Timeline(year, Bucket.MONTH));
        for (RepActivityDataset.RepCounts rep : completed.reps()) {
            for (int i = 0; i < rep.counts().size(); i++) {
                checked += countsMatch(server, rep.counts().get(i), rep.jql().get(i), rep.rep() + " month " + i);
            }
            checked += countsMatch(server, rep.total(), rep.totalJql(), rep.rep() + " total");
        }
        for (int i = 0; i < completed.totals().size(); i++) {
            checked += countsMatch(server, completed.totals().get(i), completed.totalsJql().get(i), "month " + i);
        }
        assertThat(checked).isGreaterThan(300);
    }

    /** 1 after checking that the JQL selects as many issues as the count, which it must carry. */
    private static int countsMatch(IndexedIssueSource server, Value count, Optional<String> jql, String what) {
        assertThat(jql).as(what).isPresent();
        assertThat(BigDecimal.valueOf(server.count(jql.get(), ROOT))).as(what + ": " + jql.get())
                .isEqualByComparingTo(count.asNumber().orElseThrow());
        return 1;
    }

    private void assertDrillsCount(ZoneId serverZone) {
        IndexedIssueSource server = source(serverZone);
        DrillDown drill = new DrillDown(loaded, calendar.zone(), serverZone);
        int checked = 0;
        for (Map.Entry<String, Metric> figure : drillable().entrySet()) {
            Population population = Population.of(figure.getValue()).orElseThrow();
            Metric count = Metric.count(population.filter(), population.when());
            for (Map.Entry<String, Dimension> grouping : groupings().entrySet()) {
                for (Map.Entry<String, Period> period : periods().entrySet()) {
                    List<Grid> grids = MetricEngine.evaluate(table, calendar, List.of(count, figure.getValue()),
                            List.of(period.getValue()), grouping.getValue(), Inputs.none());
                    Grid counted = grids.get(0);
                    Grid figureValues = grids.get(1);
                    List<String> groups = counted.groups();
                    List<String> shown = groups.subList(0, Math.min(SHOWN, groups.size()));
                    // Other is every issue in no shown group, also those of no group at all (as a bar's
                    // "other" stack): the whole count less the shown groups'.
                    long rest = MetricEngine.evaluate(table, calendar, count, period.getValue()).asNumber()
                            .orElseThrow().longValueExact();
                    for (int g = 0; g < groups.size(); g++) {
                        long expected = counted.value(g, 0).asNumber().orElseThrow().longValueExact();
                        String where = figure.getKey() + " by " + grouping.getKey() + " = '" + groups.get(g)
                                + "' in " + period.getKey() + " read in " + serverZone;
                        if (isCount(figure.getValue())) {
                            // The figure is itself the count: the drill shows exactly the issues it counted.
                            assertThat(figureValues.value(g, 0)).as(where).isEqualTo(counted.value(g, 0));
                        }
                        if (g < shown.size()) {
                            String jql = drill.of(figure.getValue(), period.getValue(),
                                    DrillDown.group(grouping.getValue(), groups.get(g))).orElseThrow();
                            assertThat(server.count(jql, ROOT)).as(where + ": " + jql).isEqualTo(expected);
                            checked++;
                            rest -= expected;
                        }
                    }
                    if (groups.size() > shown.size()) {
                        String other = drill.of(figure.getValue(), period.getValue(),
                                DrillDown.outside(grouping.getValue(), shown)).orElseThrow();
                        assertThat(server.count(other, ROOT)).as(figure.getKey() + " by " + grouping.getKey()
                                + ", other in " + period.getKey() + ": " + other).isEqualTo(rest);
                        checked++;
                    }
                }
            }
        }
        // Not a vacuous loop: figures x groupings x periods, most with several groups.
        assertThat(checked).isGreaterThan(1_000);
    }

    /** The figures of every KPI, with the catalog's options that add populations (period CLV, won count). */
    private Map<String, Metric> figures() {
        Map<String, Metric> all = new LinkedHashMap<>();
        for (KpiOptions options : List.of(KpiOptions.defaults(),
                new KpiOptions(KpiOptions.Attainment.WON_COUNT, KpiOptions.ClvMethod.HISTORICAL,
                        KpiOptions.ClvWindow.PERIOD, KpiOptions.ChurnMode.DERIVED))) {
            KpiCatalog catalog = new KpiCatalog(model, options);
            for (Kpi kpi : Kpi.values()) {
                for (Figure figure : catalog.define(kpi).figures()) {
                    all.putIfAbsent(kpi.key() + "." + figure.name(), figure.metric());
                }
            }
        }
        return all;
    }

    private Map<String, Metric> drillable() {
        Map<String, Metric> drillable = new LinkedHashMap<>();
        figures().forEach((name, metric) -> {
            if (Population.of(metric).isPresent()) {
                drillable.put(name, metric);
            }
        });
        return drillable;
    }

    private Set<String> undrillable() {
        Set<String> names = new TreeSet<>(figures().keySet());
        names.removeAll(drillable().keySet());
        return names;
    }

    private static boolean isCount(Metric metric) {
        return metric instanceof Metric.Aggregate aggregate && aggregate.aggregation() instanceof Aggregation.Count;
    }

    /** No grouping, the five named ones and a custom field by id. */
    private Map<String, Dimension> groupings() {
        KpiCatalog catalog = new KpiCatalog(model, KpiOptions.defaults());
        Map<String, Dimension> all = new LinkedHashMap<>();
        all.put("none", Dimension.none());
        all.put("rep", catalog.byRep());
        all.put("assignee", Dimension.by(Column.ASSIGNEE, Filter.all()));
        all.put("customer", catalog.byCustomer().orElseThrow());
        all.put("status", Dimension.by(Column.STATUS, Filter.all()));
        all.put("issuetype", Dimension.by(Column.ISSUE_TYPE, Filter.all()));
        all.put("field:" + DemoSalesModel.CUSTOMER_FIELD,
                Dimension.by(Column.custom(DemoSalesModel.CUSTOMER_FIELD, FieldType.TEXT), Filter.all()));
        return all;
    }

    /** This month, last quarter, this fiscal quarter, this year and all of the data (with two DST switches a year). */
    private Map<String, Period> periods() {
        Map<String, Period> all = new LinkedHashMap<>();
        all.put("this-month", calendar.bucketOf(today, Bucket.MONTH));
        all.put("last-quarter", calendar.previous(calendar.bucketOf(today, Bucket.QUARTER)));
        all.put("this-fiscal-quarter", calendar.bucketOf(today, Bucket.FISCAL_QUARTER));
        all.put("this-year", calendar.bucketOf(today, Bucket.YEAR));
        all.put("all", spec.window());
        return all;
    }

    private IndexedIssueSource source(ZoneId zone) {
        return new IndexedIssueSource(index, VisibilityPolicy.byProjects(EVERYONE), Clock.systemUTC(), zone);
    }
}
