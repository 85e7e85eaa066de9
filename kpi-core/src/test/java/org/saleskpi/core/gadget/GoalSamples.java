package org.saleskpi.core.gadget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.core.money.Money;

/** Goals for the goal gadgets' tests: ten-day goals from 1 to 10 January 2025. */
public final class GoalSamples {
    public static final LocalDate START = LocalDate.of(2025, 1, 1);
    public static final LocalDate DUE = LocalDate.of(2025, 1, 10);
    private static final Instant NOW = Instant.parse("2025-01-01T09:00:00Z");

    private GoalSamples() {
    }

    public static Goal goal(long id, String name, LocalDate due, Target... targets) {
        return new Goal(id, "SALES", Optional.empty(), "olga", name, "", START, due, "#0052cc", false, NOW, NOW, 1,
                List.of(targets));
    }

    public static Target number(long id, long goalId, String owner, String start, String target, String current) {
        return new Target(id, goalId, "T" + id, new TargetKind.Numeric(), Optional.of("calls"), new BigDecimal(start),
                new BigDecimal(target), new BigDecimal(current), owner, BigDecimal.ONE, 1);
    }

    public static Target amount(long id, long goalId, String owner, String target, String current) {
        return new Target(id, goalId, "Revenue", new TargetKind.Amount(Money.currency("EUR")), Optional.empty(),
                BigDecimal.ZERO, new BigDecimal(target), new BigDecimal(current), owner, BigDecimal.ONE, 1);
    }

    public static Target kpi(long id, long goalId, String kpiKey, long profileId, String start, String target) {
        return new Target(id, goalId, kpiKey, new TargetKind.Kpi(kpiKey, profileId), Optional.empty(),
                new BigDecimal(start), new BigDecimal(target), new BigDecimal(start), "olga", BigDecimal.ONE, 1);
    }
}
