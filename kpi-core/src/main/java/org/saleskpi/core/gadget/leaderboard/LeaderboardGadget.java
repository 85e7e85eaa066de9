package org.saleskpi.core.gadget.leaderboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.SalesColumns;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.period.Period;

/**
 * Builds the leaderboard gadget's dataset: per rep, deals won in P (KPI-DEFINITIONS.md "won in
 * P"), their amount, and the other issues the rep resolved in P, weighted into points.
 *
 * <p>A won deal scores through the deal weights only, so deals are left out of "resolved issues":
 * otherwise each win would score twice and a lost deal would score too. Deals are credited to the
 * model's rep (assignee or rep field), resolved issues to their assignee. Only reps are ranked: the people
 * who own a deal in scope, as every KPI's "per rep" groups them ({@link org.saleskpi.core.kpi.KpiCatalog#byRep()}),
 * with 0 points if need be; whoever only resolves other issues (support, a manager) is not a rep and is left out,
 * and so are issues without anyone.
 */
public final class LeaderboardGadget {
    private final GadgetScope scope;
    private final SalesColumns columns;

    public LeaderboardGadget(GadgetScope scope) {
        this.scope = scope;
        this.columns = SalesColumns.of(scope.model());
    }

    public Set<Column> columns() {
        Set<Column> needed = new LinkedHashSet<>(MetricEngine.columns(List.of(wonCount(), wonAmount()),
                scope.catalog().byRep()));
        needed.addAll(MetricEngine.columns(List.of(resolvedIssues()), byAssignee()));
        return needed;
    }

    public LeaderboardDataset dataset(IssueTable table, LeaderboardOptions options) {
        List<Period> period = List.of(options.period());
        TreeMap<String, Tally> tallies = new TreeMap<>();
        if (columns.rep().equals(Column.ASSIGNEE)) {
            // Deals and other issues are credited through the same column: one pass does it all, grouped by the
            // reps (the assignees of deals in scope).
            List<Grid> grids = MetricEngine.evaluate(table, scope.model().calendar(),
                    List.of(wonCount(), wonAmount(), resolvedIssues()), period, scope.catalog().byRep(), Inputs.none());
            addDeals(tallies, grids.get(0), grids.get(1));
            addResolved(tallies, grids.get(2));
        } else {
            List<Grid> deals = MetricEngine.evaluate(table, scope.model().calendar(), List.of(wonCount(), wonAmount()),
                    period, scope.catalog().byRep(), Inputs.none());
            List<Grid> resolved = MetricEngine.evaluate(table, scope.model().calendar(), List.of(resolvedIssues()),
                    period, byAssignee(), Inputs.none());
            addDeals(tallies, deals.get(0), deals.get(1));
            addResolved(tallies, resolved.get(0));
        }
        tallies.remove("");
        List<LeaderboardDataset.Entry> entries = new ArrayList<>();
        for (LeaderboardDataset.Entry entry : rank(tallies, options.scoring())) {
            entries.add(new LeaderboardDataset.Entry(entry.rank(), entry.rep(), entry.wonDeals(), entry.wonAmount(),
                    entry.resolvedIssues(), entry.points(),
                    scope.drill().of(wonCount(), options.period(),
                            DrillDown.group(scope.catalog().byRep(), entry.rep())),
                    scope.drill().of(resolvedIssues(), options.period(), DrillDown.group(byAssignee(), entry.rep()))));
        }
        return new LeaderboardDataset(scope.model().currency().getCurrencyCode(), options.period(), options.scoring(),
                entries);
    }

    private Metric wonCount() {
        return scope.catalog().define(Kpi.WON_REVENUE).figure("count").metric();
    }

    private Metric wonAmount() {
        return scope.catalog().define(Kpi.WON_REVENUE).figure("amount").metric();
    }

    private Metric resolvedIssues() {
        return Metric.count(Filter.not(Filter.typeIn(scope.model().dealTypes())), When.during(Column.RESOLVED));
    }

    private static Dimension byAssignee() {
        return Dimension.by(Column.ASSIGNEE, Filter.all());
    }

    /** What a rep did in the period, before weighting. */
    private static final class Tally {
        long wonDeals;
        BigDecimal wonAmount = BigDecimal.ZERO;
        long resolvedIssues;
    }

    private static void addDeals(TreeMap<String, Tally> tallies, Grid count, Grid amount) {
        for (int g = 0; g < count.groups().size(); g++) {
            Tally tally = tallies.computeIfAbsent(count.groups().get(g), rep -> new Tally());
            tally.wonDeals = number(count.value(g, 0)).longValueExact();
            tally.wonAmount = number(amount.value(g, 0));
        }
    }

    /** The resolved issues of the reps the deals named; anyone else's are not ranked. */
    private static void addResolved(TreeMap<String, Tally> tallies, Grid resolved) {
        for (int g = 0; g < resolved.groups().size(); g++) {
            Tally rep = tallies.get(resolved.groups().get(g));
            if (rep != null) {
                rep.resolvedIssues = number(resolved.value(g, 0)).longValueExact();
            }
        }
    }

    /** Counts and sums are never absent: a rep without any has 0. */
    private static BigDecimal number(Value value) {
        return value.asNumber().orElseThrow(() -> new IllegalStateException("a count or sum is absent: " + value));
    }

    private static List<LeaderboardDataset.Entry> rank(TreeMap<String, Tally> tallies,
            LeaderboardOptions.Scoring scoring) {
        record Scored(String rep, Tally tally, BigDecimal points) {
        }
        List<Scored> scored = new ArrayList<>();
        tallies.forEach((rep, tally) -> scored.add(new Scored(rep, tally, points(tally, scoring))));
        // Reps arrive by key; the stable sort keeps that order among equal points.
        scored.sort(Comparator.comparing(Scored::points, Comparator.reverseOrder()));
        List<LeaderboardDataset.Entry> entries = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            if (i == 0 || s.points().compareTo(scored.get(i - 1).points()) != 0) {
                rank = i + 1;
            }
            entries.add(new LeaderboardDataset.Entry(rank, s.rep(), s.tally().wonDeals, s.tally().wonAmount,
                    s.tally().resolvedIssues, s.points(), Optional.empty(), Optional.empty()));
        }
        return entries;
    }

    private static BigDecimal points(Tally tally, LeaderboardOptions.Scoring scoring) {
        BigDecimal forDeals = scoring.pointsPerWonDeal().multiply(BigDecimal.valueOf(tally.wonDeals));
        BigDecimal forAmount = tally.wonAmount.divide(scoring.amountUnit(), MathContext.DECIMAL128)
                .multiply(scoring.pointsPerAmountUnit());
        BigDecimal forIssues = scoring.pointsPerResolvedIssue().multiply(BigDecimal.valueOf(tally.resolvedIssues));
        return forDeals.add(forAmount).add(forIssues);
    }
}
