package org.saleskpi.web.goal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.LiveTargets;
import org.saleskpi.core.goal.Pace;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.core.goal.ValueChange;
import org.saleskpi.core.goal.checkin.CheckIn;
import org.saleskpi.core.user.Directory;
import org.saleskpi.web.json.PersonJson;

/**
 * The JSON of goals, targets and value changes. Progress is a fraction in [0, 1] and status a
 * {@link org.saleskpi.core.goal.GoalStatus#key()}; a target carries only its own kind's settings
 * (currency, jql, or kpiKey and kpiProfileId).
 */
final class GoalJson {
    private final Directory directory;

    GoalJson(Directory directory) {
        this.directory = directory;
    }

    /** A goal in a list: its own fields and how many targets it has, without measuring them. */
    Map<String, Object> summary(Goal goal) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", goal.id());
        json.put("version", goal.version());
        json.put("project", goal.projectKey());
        json.put("folderId", goal.folderId().orElse(null));
        json.put("owner", person(goal.ownerKey()));
        json.put("name", goal.name());
        json.put("description", goal.description());
        json.put("startDate", goal.startDate());
        json.put("dueDate", goal.dueDate());
        json.put("colour", goal.colour());
        json.put("archived", goal.archived());
        json.put("created", goal.created());
        json.put("updated", goal.updated());
        json.put("checkInCadence", goal.checkInCadence().key());
        json.put("targetCount", goal.targets().size());
        return json;
    }

    /** A measured goal with its progress, status and targets. */
    Map<String, Object> detail(LiveTargets.Measured measured, LocalDate today) {
        Goal goal = measured.goal();
        Map<String, Object> json = summary(goal);
        json.remove("targetCount");
        json.put("elapsedShare", goal.elapsedShare(today));
        json.put("progress", goal.progress().map(p -> p.fraction()).orElse(null));
        json.put("status", goal.pace(today).map(pace -> pace.status().key()).orElse(null));
        json.put("targets", goal.targets().stream()
                .map(t -> target(goal, t, today, measured.unavailable().get(t.id()))).toList());
        return json;
    }

    Map<String, Object> target(Goal goal, Target target, LocalDate today, LiveTargets.Unavailable unavailable) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", target.id());
        json.put("version", target.version());
        json.put("goalId", target.goalId());
        json.put("name", target.name());
        json.put("kind", target.kind().key());
        json.put("owner", person(target.ownerKey()));
        json.put("startValue", target.startValue());
        json.put("targetValue", target.targetValue());
        json.put("currentValue", target.currentValue());
        json.put("unitLabel", target.unitLabel().orElse(null));
        TargetKind kind = target.kind();
        if (kind instanceof TargetKind.Amount amount) {
            json.put("currency", amount.currency().getCurrencyCode());
        } else if (kind instanceof TargetKind.Issues issues) {
            json.put("jql", issues.jql());
        } else if (kind instanceof TargetKind.Kpi kpi) {
            json.put("kpiKey", kpi.kpiKey());
            json.put("kpiProfileId", kpi.kpiProfileId());
        } else if (!(kind instanceof TargetKind.Numeric || kind instanceof TargetKind.TrueFalse)) {
            throw new IllegalStateException("no JSON for target kind " + kind.getClass().getName());
        }
        json.put("weight", target.weight());
        Pace pace = target.pace(goal, today);
        json.put("progress", pace.progress().fraction());
        json.put("status", pace.status().key());
        json.put("unavailable", unavailable);
        return json;
    }

    Map<String, Object> change(ValueChange change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("targetId", change.targetId());
        json.put("changedBy", person(change.changedBy()));
        json.put("changedAt", change.changedAt());
        json.put("oldValue", change.oldValue());
        json.put("newValue", change.newValue());
        json.put("note", change.note().orElse(null));
        return json;
    }

    Map<String, Object> checkIn(CheckIn checkIn) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", checkIn.id());
        json.put("goalId", checkIn.goalId());
        json.put("author", person(checkIn.authorKey()));
        json.put("status", checkIn.status().key());
        json.put("text", checkIn.text());
        json.put("written", checkIn.written());
        return json;
    }

    private Map<String, Object> person(String key) {
        return PersonJson.of(directory, key);
    }
}
