package org.saleskpi.core.gadget.whosbehind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.goal.checkin.OverdueCheckIn;
import org.saleskpi.core.issue.CodeColumn;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.KeyColumn;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.SalesColumns;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.PushCounts;

/**
 * Builds the who's behind gadget's dataset (KPI-DEFINITIONS.md, "Who's behind"). It lists issue
 * keys, which the metric engine does not produce, so it walks the columns itself.
 *
 * <p>A deal is open when it is in neither a won nor a lost status and not resolved; deals are
 * judged as deals only (overdue close-by date, stale, slipping: its close date pushed three or more times while
 * open, KPI row 14), not also as overdue issues. Deals belong to
 * the model's rep (assignee or rep field), other issues to their assignee.
 */
public final class WhosBehindGadget {
    private static final Comparator<TargetPace> FURTHEST_BEHIND_FIRST = Comparator
            .comparing(TargetPace::shortfall, Comparator.reverseOrder())
            .thenComparing(TargetPace::goal)
            .thenComparing(TargetPace::target);

    /**
     * Furthest behind first: the most of its pace missed on any one target (what a manager set them), then the most
     * late items (overdue issues and deals, stale and slipping deals), then the longest overdue check-in. A check-in
     * owed is no late item: an owner who owes only that comes after everyone behind on targets or issues.
     */
    private static final Comparator<WhosBehindDataset.Rep> FURTHEST_BEHIND_REP_FIRST = Comparator
            .comparing(WhosBehindDataset.Rep::paceMissed, Comparator.reverseOrder())
            .thenComparing(WhosBehindDataset.Rep::lateItems, Comparator.reverseOrder())
            .thenComparing(WhosBehindDataset.Rep::longestCheckInOverdue, Comparator.reverseOrder());

    private final GadgetScope scope;
    private final SalesColumns columns;
    /** The close-date pushes of KPI row 14 ({@code close-date-slippage}); empty without a close date field. */
    private final Optional<Metric.Pushes> pushes;

    public WhosBehindGadget(GadgetScope scope) {
        this.scope = scope;
        this.columns = SalesColumns.of(scope.model());
        this.pushes = scope.catalog().define(Kpi.CLOSE_DATE_SLIPPAGE).figures().stream()
                .filter(figure -> figure.metric() instanceof Metric.Pushes)
                .map(figure -> (Metric.Pushes) figure.metric()).findFirst();
    }

    public Set<Column> columns() {
        Set<Column> read = new LinkedHashSet<>(List.of(Column.KEY, Column.ISSUE_TYPE, Column.STATUS, Column.ASSIGNEE,
                columns.rep(), Column.DUE, Column.UPDATED, Column.RESOLVED, expectedClose()));
        pushes.ifPresent(p -> read.addAll(MetricEngine.columns(List.of(p), Dimension.none())));
        return read;
    }

    /** The columns whose changes tell the close-date pushes: empty without a close date field. */
    public Set<Column> history() {
        return pushes.map(p -> MetricEngine.historyColumns(List.<Metric>of(p))).orElse(Set.of());
    }

    /**
     * Where an open deal's close date is: the profile's close-date field when it has one; with the
     * default (the resolution date, which an open deal lacks) the due date stands for it.
     */
    private Column expectedClose() {
        return columns.closeDate().equals(Column.RESOLVED) ? Column.DUE : columns.closeDate();
    }

    /**
     * @param targets the reps' targets with their pace; only those behind are kept
     */
    public WhosBehindDataset dataset(IssueTable table, WhosBehindOptions options, List<TargetPace> targets) {
        return dataset(table, options, targets, List.of());
    }

    /**
     * @param targets the reps' targets with their pace; only those behind are kept
     * @param checkIns the goals overdue for a check-in, each credited to its goal's owner
     */
    public WhosBehindDataset dataset(IssueTable table, WhosBehindOptions options, List<TargetPace> targets,
            List<OverdueCheckIn> checkIns) {
        // The walk is a function of the table, the model and the day alone: a table the host shares between
        // requests (ADR 0035's addendum) is walked once per day and stale days, however many viewers ask.
        Walk key = new Walk(scope.model(), pushes, options.today(), options.staleDays());
        Walked walked = (Walked) table.remembered(key, () -> new IssueTable.Outcome(walk(table, key), true));

        Map<String, List<TargetPace>> behind = new HashMap<>();
        for (TargetPace target : targets) {
            if (target.isBehind()) {
                behind.computeIfAbsent(target.rep(), rep -> new ArrayList<>()).add(target);
            }
        }
        Map<String, List<OverdueCheckIn>> owing = new HashMap<>();
        for (OverdueCheckIn checkIn : checkIns) {
            owing.computeIfAbsent(checkIn.owner(), rep -> new ArrayList<>()).add(checkIn);
        }
        Map<String, LateIssues> drilled = drilled(table, key, walked, options.maxKeys());
        // By user key, the issues without anyone last (as the engine orders groups).
        TreeSet<String> order = new TreeSet<>(Comparator.comparing(String::isEmpty).thenComparing(r -> r));
        order.addAll(walked.byRep().keySet());
        order.addAll(behind.keySet());
        order.addAll(owing.keySet());
        List<WhosBehindDataset.Rep> result = new ArrayList<>();
        for (String rep : order) {
            LateIssues late = drilled.getOrDefault(rep, LateIssues.NONE);
            List<TargetPace> repTargets = behind.getOrDefault(rep, new ArrayList<>());
            repTargets.sort(FURTHEST_BEHIND_FIRST);
            List<OverdueCheckIn> repCheckIns = owing.getOrDefault(rep, new ArrayList<>());
            repCheckIns.sort(OverdueCheckIn.LONGEST_OVERDUE_FIRST);
            WhosBehindDataset.Rep entry = new WhosBehindDataset.Rep(rep, late.overdueIssues(), late.overdueDeals(),
                    late.staleDeals(), repTargets, late.slippingDeals(), repCheckIns);
            // A check-in owed is listed whatever the thresholds: only its owner can write it (ADR 0062).
            if (behindEnough(entry, options) || !repCheckIns.isEmpty()) {
                result.add(entry);
            }
        }
        // The order above (by user key) breaks ties: the sort is stable.
        result.sort(FURTHEST_BEHIND_REP_FIRST);
        return new WhosBehindDataset(scope.model().currency().getCurrencyCode(), options.today(), options.staleDays(),
                result, walked.slippingAbsent());
    }

    /** Behind by the manager's thresholds: enough late items, or a target far enough behind its pace. */
    private static boolean behindEnough(WhosBehindDataset.Rep rep, WhosBehindOptions options) {
        boolean lateEnough = options.minLateItems() > 0 && rep.lateItems() >= options.minLateItems();
        boolean slowEnough = rep.targetsBehind().stream().anyMatch(target -> target.isBehind()
                && target.paceMissed().compareTo(options.minPaceMissed()) >= 0);
        return lateEnough || slowEnough;
    }

    /**
     * Each rep's late issues with their drill-downs. A drill names every late key, so on a large table it is most of
     * the work of a request: kept beside the walk, per query the issues were loaded with and keys shown (ADR 0053).
     */
    private Map<String, LateIssues> drilled(IssueTable table, Walk walk, Walked walked, int maxKeys) {
        if (walked.byRep().isEmpty()) {
            return Map.of();
        }
        Drilled key = new Drilled(walk, scope.drill().loaded(), maxKeys);
        @SuppressWarnings("unchecked")
        Map<String, LateIssues> drilled = (Map<String, LateIssues>) table.remembered(key, () -> {
            Map<String, LateIssues> fresh = new HashMap<>();
            walked.byRep().forEach((rep, late) -> fresh.put(rep, new LateIssues(keys(late.overdueIssues(), maxKeys),
                    keys(late.overdueDeals(), maxKeys), keys(late.staleDeals(), maxKeys),
                    keys(late.slippingDeals(), maxKeys))));
            return new IssueTable.Outcome(Map.copyOf(fresh), true);
        });
        return drilled;
    }

    /** What the drills of a walk depend on besides the walk. */
    private record Drilled(Walk walk, String loaded, int maxKeys) {
    }

    /** One rep's late issues as the dataset lists them. */
    private record LateIssues(WhosBehindDataset.IssueKeys overdueIssues, WhosBehindDataset.IssueKeys overdueDeals,
            WhosBehindDataset.IssueKeys staleDeals, WhosBehindDataset.IssueKeys slippingDeals) {
        static final LateIssues NONE = new LateIssues(WhosBehindDataset.IssueKeys.NONE,
                WhosBehindDataset.IssueKeys.NONE, WhosBehindDataset.IssueKeys.NONE, WhosBehindDataset.IssueKeys.NONE);
    }

    /** What a walk depends on besides the table. */
    private record Walk(SalesModel model, Optional<Metric.Pushes> pushes, LocalDate today, int staleDays) {
    }

    /** The late keys of every rep with something late, and why slipping could not be judged. */
    private record Walked(Map<String, LateKeys> byRep, Optional<AbsentReason> slippingAbsent) {
    }

    /** One rep's late issue keys, each list most urgent first (as the drill-down names them). */
    private record LateKeys(List<String> overdueIssues, List<String> overdueDeals, List<String> staleDeals,
            List<String> slippingDeals) {
    }

    private Walked walk(IssueTable table, Walk walk) {
        int today = (int) walk.today().toEpochDay();
        CodeColumn types = table.codes(Column.ISSUE_TYPE);
        CodeColumn statuses = table.codes(Column.STATUS);
        CodeColumn assignees = table.codes(Column.ASSIGNEE);
        CodeColumn reps = table.codes(columns.rep());
        DateColumn due = table.dates(Column.DUE);
        DateColumn closeBy = table.dates(expectedClose());
        DateColumn updated = table.dates(Column.UPDATED);
        DateColumn resolved = table.dates(Column.RESOLVED);
        KeyColumn keys = table.keys();
        KeyColumn.LongKeyOrder keyOrder = keys.order();
        boolean[] isDeal = accepted(types, scope.model().dealTypes());
        Set<String> closed = new HashSet<>(scope.model().wonStatuses());
        closed.addAll(scope.model().lostStatuses());
        boolean[] isClosed = accepted(statuses, closed);
        Optional<int[]> pushCounts = pushes.flatMap(p -> PushCounts.of(table, p.open(), p.date()));
        int[] pushed = pushCounts.orElse(null);

        Map<String, Lists> byRep = new HashMap<>();
        for (int row = 0; row < table.size(); row++) {
            boolean unresolved = resolved.day(row) == DateColumn.NONE;
            int dueDay = due.day(row);
            boolean pastDue = dueDay != DateColumn.NONE && dueDay < today;
            if (isDeal[types.code(row)]) {
                if (!unresolved || isClosed[statuses.code(row)]) {
                    continue;
                }
                int closeDay = closeBy.day(row);
                boolean pastClose = closeDay != DateColumn.NONE && closeDay < today;
                int lastUpdate = updated.day(row);
                boolean stale = lastUpdate != DateColumn.NONE && today - lastUpdate >= walk.staleDays();
                boolean slipping = pushed != null && pushed[row] >= Metric.Pushes.SLIPPING_PUSHES;
                if (pastClose || stale || slipping) {
                    Lists lists = byRep.computeIfAbsent(reps.value(reps.code(row)), rep -> new Lists());
                    if (pastClose) {
                        lists.overdueDeals.add(new Late(row, closeDay, keyOrder.of(row)));
                    }
                    if (stale) {
                        lists.staleDeals.add(new Late(row, lastUpdate, keyOrder.of(row)));
                    }
                    if (slipping) {
                        // Most pushed first: the order key grows as the pushes fall.
                        lists.slippingDeals.add(new Late(row, -pushed[row], keyOrder.of(row)));
                    }
                }
            } else if (unresolved && pastDue) {
                byRep.computeIfAbsent(assignees.value(assignees.code(row)), rep -> new Lists())
                        .overdueIssues.add(new Late(row, dueDay, keyOrder.of(row)));
            }
        }
        Map<String, LateKeys> late = new HashMap<>();
        byRep.forEach((rep, lists) -> late.put(rep, new LateKeys(sorted(lists.overdueIssues, keys),
                sorted(lists.overdueDeals, keys), sorted(lists.staleDeals, keys), sorted(lists.slippingDeals, keys))));
        return new Walked(Map.copyOf(late), slippingAbsent(pushCounts));
    }

    /** Why no deal is judged slipping: the profile has no close date field, or the host recorded no history. */
    private Optional<AbsentReason> slippingAbsent(Optional<int[]> pushCounts) {
        if (pushes.isEmpty()) {
            return Optional.of(AbsentReason.NOT_CONFIGURED);
        }
        return pushCounts.isEmpty() ? Optional.of(AbsentReason.NO_HISTORY) : Optional.empty();
    }

    /**
     * An issue's row and the day it is late from (its due date, or its last update for a stale deal), with its key's
     * place among keys ({@link KeyColumn#order()}: SALES-9 before SALES-10) read once, not parsed per comparison.
     */
    private record Late(int row, int day, long keyOrder) {
        static final Comparator<Late> MOST_URGENT_FIRST = Comparator.comparingInt(Late::day)
                .thenComparingLong(Late::keyOrder);
    }

    /** What one rep is late on, while the table is walked. */
    private static final class Lists {
        final List<Late> overdueIssues = new ArrayList<>();
        final List<Late> overdueDeals = new ArrayList<>();
        final List<Late> staleDeals = new ArrayList<>();
        final List<Late> slippingDeals = new ArrayList<>();
    }

    /** The keys in the order the drill-down names them, sorted by numbers alone. */
    private static List<String> sorted(List<Late> late, KeyColumn keys) {
        late.sort(Late.MOST_URGENT_FIRST);
        List<String> all = new ArrayList<>(late.size());
        for (Late one : late) {
            all.add(keys.key(one.row()));
        }
        return List.copyOf(all);
    }

    private WhosBehindDataset.IssueKeys keys(List<String> all, int maxKeys) {
        if (all.isEmpty()) {
            return WhosBehindDataset.IssueKeys.NONE;
        }
        return new WhosBehindDataset.IssueKeys(all.size(), all.subList(0, Math.min(all.size(), maxKeys)),
                scope.drill().keys(all));
    }

    /** For each code of a column, whether its value is one of {@code values}. */
    private static boolean[] accepted(CodeColumn column, Set<String> values) {
        boolean[] accepted = new boolean[column.cardinality()];
        for (String value : values) {
            int code = column.codeOf(value);
            if (code > 0) {
                accepted[code] = true;
            }
        }
        return accepted;
    }
}
