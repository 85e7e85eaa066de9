package org.saleskpi.web.goal;

import java.math.BigDecimal;
import java.util.Optional;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetInput;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.json.JsonInput;

/**
 * Reads a target from a request body into a {@link Target}, with every error named under the
 * body's prefix ({@code targets[1].jql}). Field names are {@link TargetInput}'s. A KPI target's
 * profile must be one of the goal's project; an issues target's JQL must run for the caller.
 */
final class TargetForm {
    private final GoalForm goals;
    private final KpiProfileRepository profiles;
    private final IssueSource issues;

    TargetForm(GoalForm goals, KpiProfileRepository profiles, IssueSource issues) {
        this.goals = goals;
        this.profiles = profiles;
        this.issues = issues;
    }

    /** A new target of a goal; the goal's owner owns it unless {@code ownerKey} is sent. Empty when invalid. */
    Optional<Target> create(JsonInput in, long goalId, String projectKey, String goalOwner, UserRef caller) {
        String kind = in.text("kind", JsonInput.MAX_TEXT).orElse(null);
        TargetInput input = new TargetInput(
                in.text("name", JsonInput.MAX_TEXT).orElse(null),
                kind,
                in.text("currency", JsonInput.MAX_TEXT).orElse(null),
                in.text("jql", JsonInput.MAX_LONG_TEXT).orElse(null),
                in.text("kpiKey", JsonInput.MAX_TEXT).orElse(null),
                in.id("kpiProfileId").orElse(null),
                in.text("unitLabel", JsonInput.MAX_TEXT).orElse(null),
                number(in, "startValue").orElse(null),
                number(in, "targetValue").orElse(null),
                currentValue(in, kind).orElse(null),
                in.text("ownerKey", JsonInput.MAX_TEXT).orElse(goalOwner),
                number(in, "weight").orElse(null));
        return checked(in, input, projectKey, caller, () -> Target.create(goalId, input));
    }

    /** The stored target redefined by the sent fields; its kind cannot change. Empty when invalid. */
    Optional<Target> edit(JsonInput in, Target before, String projectKey, UserRef caller) {
        TargetKind kind = before.kind();
        TargetInput input = new TargetInput(
                in.text("name", JsonInput.MAX_TEXT).orElse(before.name()),
                in.text("kind", JsonInput.MAX_TEXT).orElse(kind.key()),
                in.text("currency", JsonInput.MAX_TEXT).orElse(
                        kind instanceof TargetKind.Amount amount ? amount.currency().getCurrencyCode() : null),
                in.text("jql", JsonInput.MAX_LONG_TEXT).orElse(
                        kind instanceof TargetKind.Issues issuesKind ? issuesKind.jql() : null),
                in.text("kpiKey", JsonInput.MAX_TEXT).orElse(
                        kind instanceof TargetKind.Kpi kpi ? kpi.kpiKey() : null),
                in.id("kpiProfileId").orElse(kind instanceof TargetKind.Kpi kpi ? kpi.kpiProfileId() : null),
                in.sent("unitLabel") ? in.text("unitLabel", JsonInput.MAX_TEXT).orElse(null)
                        : before.unitLabel().orElse(null),
                number(in, "startValue").orElse(before.startValue().doubleValue()),
                number(in, "targetValue").orElse(before.targetValue().doubleValue()),
                null,
                in.text("ownerKey", JsonInput.MAX_TEXT).orElse(before.ownerKey()),
                number(in, "weight").orElse(before.weight().doubleValue()));
        if (in.has("currentValue")) {
            in.reject("currentValue", "saleskpi.goal.currentValue.viaValue",
                    "is changed through POST /targets/{id}/value, which keeps its history");
        }
        return checked(in, input, projectKey, caller, () -> before.redefine(input));
    }

    private Optional<Target> checked(JsonInput in, TargetInput input, String projectKey, UserRef caller,
            java.util.function.Supplier<Target> build) {
        goals.checkOwner(in, "ownerKey", Optional.ofNullable(input.ownerKey()));
        if (TargetKind.Kpi.KEY.equals(input.kind()) && input.kpiProfileId() != null
                && profiles.get(input.kpiProfileId()).filter(p -> p.projectKey().equals(projectKey)).isEmpty()) {
            in.reject("kpiProfileId", "saleskpi.goal.kpiProfileId.unknown", "names no KPI profile of project " + projectKey);
        }
        if (TargetKind.Issues.KEY.equals(input.kind()) && input.jql() != null && !input.jql().isBlank()) {
            try {
                issues.count(input.jql(), caller);
            } catch (InvalidInputException e) {
                in.reject("jql", "saleskpi.goal.jql.invalid", "is not a query Jira can run: " + e.getMessage());
            }
        }
        try {
            return Optional.of(build.get());
        } catch (InvalidInputException e) {
            in.reject(e);
            return Optional.empty();
        }
    }

    private static Optional<Double> number(JsonInput in, String field) {
        return in.decimal(field).map(BigDecimal::doubleValue);
    }

    /** A true/false target's value may be sent as a boolean; any other as a number. */
    private static Optional<Double> currentValue(JsonInput in, String kind) {
        if (TargetKind.TrueFalse.KEY.equals(kind)) {
            return in.bool("currentValue").map(done -> done ? 1.0 : 0.0);
        }
        return number(in, "currentValue");
    }
}
