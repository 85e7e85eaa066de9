package org.saleskpi.core.goal.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.goal.Goal;

/**
 * A goal whose owner owes a check-in (ADR 0062): the goal is running (started, not past its due date, not
 * archived), has a cadence, and its last check-in, or its start when it never had one, is a full cadence ago.
 *
 * @param owner the user key of the goal's owner, who is behind on it
 * @param dueOn the day the check-in was due
 * @param daysOverdue whole days since {@code dueOn}, at least 1
 */
public record OverdueCheckIn(String owner, long goalId, String goal, LocalDate dueOn, long daysOverdue) {

    /** Longest overdue first, then by goal name and id, so the order never depends on the input's. */
    public static final Comparator<OverdueCheckIn> LONGEST_OVERDUE_FIRST = Comparator
            .comparingLong(OverdueCheckIn::daysOverdue).reversed()
            .thenComparing(OverdueCheckIn::goal)
            .thenComparingLong(OverdueCheckIn::goalId);

    public OverdueCheckIn {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(dueOn, "dueOn");
        if (daysOverdue < 1) {
            throw new IllegalArgumentException("a check-in due on " + dueOn + " is not overdue");
        }
    }

    /**
     * Whether the goal is overdue for a check-in on {@code today}. The period runs from the day of the last
     * check-in in {@code zone}; without one, from the later of the day the goal was created and its start date,
     * since nobody owes a status on a goal that has not begun.
     */
    public static Optional<OverdueCheckIn> of(Goal goal, Optional<Instant> lastCheckIn, LocalDate today,
            ZoneId zone) {
        if (goal.archived() || !goal.hasStarted(today) || today.isAfter(goal.dueDate())) {
            return Optional.empty();
        }
        LocalDate from = lastCheckIn.map(at -> LocalDate.ofInstant(at, zone)).orElseGet(() -> {
            LocalDate created = LocalDate.ofInstant(goal.created(), zone);
            return created.isAfter(goal.startDate()) ? created : goal.startDate();
        });
        return goal.checkInCadence().dueAfter(from)
                .filter(due -> today.isAfter(due))
                .map(due -> new OverdueCheckIn(goal.ownerKey(), goal.id(), goal.name(), due,
                        ChronoUnit.DAYS.between(due, today)));
    }

    /** The overdue ones among these goals, longest overdue first. */
    public static List<OverdueCheckIn> among(Collection<Goal> goals, Map<Long, Instant> lastCheckIns, LocalDate today,
            ZoneId zone) {
        return goals.stream()
                .flatMap(goal -> of(goal, Optional.ofNullable(lastCheckIns.get(goal.id())), today, zone).stream())
                .sorted(LONGEST_OVERDUE_FIRST)
                .toList();
    }
}
