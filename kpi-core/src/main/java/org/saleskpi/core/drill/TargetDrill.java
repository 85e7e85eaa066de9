package org.saleskpi.core.drill;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.KpiProfile;

/**
 * The issues behind a goal's target, as {@code LiveTargets} measures it: an issues target's own query;
 * a KPI target's headline population over the goal's period in its profile's scope.
 */
public final class TargetDrill {
    private final LongFunction<Optional<KpiProfile>> profiles;

    /** @param profiles the KPI profile of an id, e.g. {@code KpiProfileRepository::get} */
    public TargetDrill(LongFunction<Optional<KpiProfile>> profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /**
     * The issues behind a goal: those behind any of its targets that have issues behind them, each
     * target's query without its order; empty when no target has (all entered by hand).
     */
    public Optional<String> of(Goal goal) {
        List<String> queries = goal.targets().stream()
                .map(target -> of(goal, target))
                .flatMap(Optional::stream)
                .map(JqlText::withoutOrderBy)
                .filter(query -> !query.isBlank())
                .distinct()
                .toList();
        if (queries.size() < 2) {
            return queries.stream().findFirst();
        }
        return Optional.of(queries.stream().map(query -> "(" + query + ")").collect(Collectors.joining(" OR ")));
    }

    /** Empty for targets entered by hand (a number, an amount, done or not) and KPIs that are no set of issues. */
    public Optional<String> of(Goal goal, Target target) {
        TargetKind kind = target.kind();
        if (kind instanceof TargetKind.Issues issues) {
            return Optional.of(issues.jql());
        }
        if (kind instanceof TargetKind.Kpi kpi) {
            // LiveTargets computes with the profile's own scope and the catalog's default options.
            return profiles.apply(kpi.kpiProfileId()).flatMap(profile -> DrillDown.of(profile.model()).of(
                    new KpiCatalog(profile.model(), KpiOptions.defaults()).define(Kpi.fromKey(kpi.kpiKey()))
                            .headline().metric(),
                    goal.period()));
        }
        if (kind instanceof TargetKind.Numeric || kind instanceof TargetKind.Amount
                || kind instanceof TargetKind.TrueFalse) {
            return Optional.empty();
        }
        throw new IllegalStateException("no drill-down for the target kind " + kind.getClass().getName());
    }
}
