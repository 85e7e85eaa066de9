package org.saleskpi.core.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small builders so each test spells out only the values it is about. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-01-01T09:00:00Z");

    private Fixtures() {
    }

    static GoalInput goalInput(LocalDate start, LocalDate due) {
        return new GoalInput(null, "alice", "Q1 pipeline", "Grow the pipeline", start, due, "#0052CC");
    }

    static Goal goal(LocalDate start, LocalDate due, Target... targets) {
        return Goal.create("SALES", goalInput(start, due), NOW).withTargets(List.of(targets));
    }

    /** A number target named by its values, weight 1. */
    static Target number(double start, double target, double current) {
        return weighted(start, target, current, 1);
    }

    static Target weighted(double start, double target, double current, double weight) {
        return Target.create(0, new TargetInput("Calls", "number", null, null, null, null, "calls",
                start, target, current, "bob", weight));
    }

    static Target trueFalse(double current) {
        return Target.create(0, new TargetInput("Signed partner deal", "true-false", null, null, null, null, null,
                null, null, current, "bob", null));
    }

    static Target issues(long resolved, long total) {
        return Target.create(0, new TargetInput("Onboarding tasks", "issues", null, "project = ONB", null, null,
                null, null, null, null, "bob", null)).withIssueCounts(resolved, total);
    }

    static TargetInput numberInput() {
        return new TargetInput("Calls", "number", null, null, null, null, "calls", 0.0, 100.0, null, "bob", null);
    }
}
