package org.saleskpi.core.gadget.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.goal.GoalStatus;

/**
 * Goals with their progress bars and status colours, and how many goals stand in each status.
 *
 * @param total how many goals were given (rows may be capped by the limit)
 * @param noTargets goals without targets: they have no progress and no status
 */
public record GoalsOverviewDataset(LocalDate today, List<Row> rows, Map<GoalStatus, Integer> statusCounts,
        int noTargets, int total) {

    public GoalsOverviewDataset {
        rows = List.copyOf(rows);
        statusCounts = Map.copyOf(statusCounts);
    }

    /** One goal: progress 0..1 (empty without targets), status, and its targets behind pace. */
    public record Row(long goalId, String name, String ownerKey, String colour, LocalDate startDate,
            LocalDate dueDate, boolean archived, Optional<BigDecimal> progress, Optional<GoalStatus> status,
            BigDecimal elapsedShare, int targets, int targetsBehind) {
    }
}
