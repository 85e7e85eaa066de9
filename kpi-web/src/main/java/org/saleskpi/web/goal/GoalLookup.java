package org.saleskpi.web.goal;

import jakarta.ws.rs.NotFoundException;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetRepository;
import org.saleskpi.web.Caller;

/** Finds the goal or target of a path id with the caller's checks: 404 when missing or not browsable, 403 when read-only. */
final class GoalLookup {
    private final GoalRepository goals;
    private final TargetRepository targets;

    GoalLookup(GoalRepository goals, TargetRepository targets) {
        this.goals = goals;
        this.targets = targets;
    }

    Goal readable(long id, Caller caller) {
        Goal goal = goals.get(id).orElseThrow(() -> missing("Goal", id));
        caller.requireBrowse(goal.projectKey(), "Goal " + id);
        return goal;
    }

    Goal editable(long id, Caller caller) {
        Goal goal = goals.get(id).orElseThrow(() -> missing("Goal", id));
        caller.requireEditGoals(goal.projectKey(), "goals");
        return goal;
    }

    /** A target and its goal, both readable by the caller. */
    Goal goalOf(long targetId, Caller caller) {
        Target target = targets.get(targetId).orElseThrow(() -> missing("Target", targetId));
        Goal goal = goals.get(target.goalId()).orElseThrow(() -> missing("Target", targetId));
        caller.requireBrowse(goal.projectKey(), "Target " + targetId);
        return goal;
    }

    static Target targetIn(Goal goal, long targetId) {
        return goal.targets().stream().filter(t -> t.id() == targetId).findFirst()
                .orElseThrow(() -> missing("Target", targetId));
    }

    private static NotFoundException missing(String what, long id) {
        return new NotFoundException(what + " " + id + " does not exist or you may not see it.");
    }
}
