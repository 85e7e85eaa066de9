package org.saleskpi.core.gadget.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalStatus;
import org.saleskpi.core.goal.Pace;
import org.saleskpi.core.goal.Progress;

/** The goals overview gadget: every goal's progress and status, most in need of attention first. */
public final class GoalsOverviewGadget {

    public GoalsOverviewDataset dataset(List<Goal> goals, GoalsOverviewOptions options, LocalDate today) {
        List<GoalsOverviewDataset.Row> rows = new ArrayList<>();
        Map<GoalStatus, Integer> counts = new EnumMap<>(GoalStatus.class);
        for (GoalStatus status : GoalStatus.values()) {
            counts.put(status, 0);
        }
        int noTargets = 0;
        for (Goal goal : goals) {
            Optional<Pace> pace = goal.pace(today);
            if (pace.isEmpty()) {
                noTargets++;
            } else {
                counts.merge(pace.get().status(), 1, Integer::sum);
            }
            rows.add(new GoalsOverviewDataset.Row(goal.id(), goal.name(), goal.ownerKey(), goal.colour(),
                    goal.startDate(), goal.dueDate(), goal.archived(), pace.map(p -> p.progress().fraction()),
                    pace.map(Pace::status), goal.elapsedShare(today), goal.targets().size(),
                    goal.targetsBehind(today).size()));
        }
        rows.sort(order(options.order()));
        List<GoalsOverviewDataset.Row> shown = rows.subList(0, Math.min(rows.size(), options.limit()));
        return new GoalsOverviewDataset(today, shown, counts, noTargets, goals.size());
    }

    private static Comparator<GoalsOverviewDataset.Row> order(GoalsOverviewOptions.Order order) {
        Comparator<GoalsOverviewDataset.Row> byDue = Comparator.comparing(GoalsOverviewDataset.Row::dueDate);
        Comparator<GoalsOverviewDataset.Row> byName = Comparator.comparing(GoalsOverviewDataset.Row::name,
                String.CASE_INSENSITIVE_ORDER);
        Comparator<GoalsOverviewDataset.Row> byId = Comparator.comparingLong(GoalsOverviewDataset.Row::goalId);
        return switch (order) {
            case DUE_DATE -> byDue.thenComparing(byName).thenComparing(byId);
            case NAME -> byName.thenComparing(byDue).thenComparing(byId);
            // Off track first, then at risk, on track, not started, done; goals without targets last. Within a
            // status, the furthest behind its elapsed share first.
            case ATTENTION -> Comparator.comparingInt(GoalsOverviewGadget::attentionRank)
                    .thenComparing(GoalsOverviewGadget::shortfall, Comparator.reverseOrder())
                    .thenComparing(byDue).thenComparing(byId);
        };
    }

    private static int attentionRank(GoalsOverviewDataset.Row row) {
        if (row.status().isEmpty()) {
            return 5;
        }
        return switch (row.status().get()) {
            case OFF_TRACK -> 0;
            case AT_RISK -> 1;
            case ON_TRACK -> 2;
            case NOT_STARTED -> 3;
            case DONE -> 4;
        };
    }

    private static BigDecimal shortfall(GoalsOverviewDataset.Row row) {
        return row.progress().map(p -> new Pace(new Progress(p), row.elapsedShare()).shortfall())
                .orElse(BigDecimal.ZERO);
    }
}
