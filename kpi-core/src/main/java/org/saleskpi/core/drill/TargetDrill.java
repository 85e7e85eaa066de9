package org.saleskpi.core.drill;

import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
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
