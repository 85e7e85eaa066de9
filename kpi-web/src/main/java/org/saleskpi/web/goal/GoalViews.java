package org.saleskpi.web.goal;

import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.Map;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.LiveTargets;
import org.saleskpi.core.goal.Target;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;

/** What goal and target answers show: the goal measured as the caller sees it, on today's date of the server clock. */
final class GoalViews {
    private final RestServices services;
    private final GoalJson json;
    private final LiveTargets live;

    GoalViews(RestServices services) {
        this.services = services;
        this.json = new GoalJson(services.directory());
        this.live = new LiveTargets(services.issues(), services.profiles(), services.clock().getZone());
    }

    GoalJson json() {
        return json;
    }

    Map<String, Object> detail(Goal goal, Caller caller) {
        return json.detail(live.measure(goal, caller.user()), today());
    }

    /** A stored target as part of its goal, measured. */
    Map<String, Object> target(long targetId, Caller caller) {
        Target target = services.targets().get(targetId).orElseThrow(NotFoundException::new);
        Goal goal = services.goals().get(target.goalId()).orElseThrow(NotFoundException::new);
        LiveTargets.Measured measured = live.measure(goal, caller.user());
        Target fresh = GoalLookup.targetIn(measured.goal(), targetId);
        return json.target(measured.goal(), fresh, today(), measured.unavailable().get(targetId));
    }

    private LocalDate today() {
        return LocalDate.now(services.clock());
    }
}
