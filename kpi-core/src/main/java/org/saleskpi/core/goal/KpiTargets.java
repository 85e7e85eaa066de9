package org.saleskpi.core.goal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiEngine;
import org.saleskpi.core.kpi.KpiResult;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Value;

/**
 * Computes the current value of a goal's KPI targets: each one's KPI over the goal's period,
 * ungrouped, with the engine of the target's KPI profile, all in one pass over the table.
 */
public final class KpiTargets {

    private KpiTargets() {
    }

    /**
     * The goal with fresh values for its KPI targets of {@code profileId}, and the targets whose KPI
     * has no value (they keep their last value and the reason is reported, never a fake 0).
     *
     * @param table the issues of the profile's scope as the viewing user may see them
     */
    public static Refreshed refresh(Goal goal, long profileId, KpiEngine engine, IssueTable table) {
        List<Kpi> kpis = new ArrayList<>();
        for (Target target : goal.targets()) {
            kpiOf(target, profileId).ifPresent(kpis::add);
        }
        if (kpis.isEmpty()) {
            return new Refreshed(goal, Map.of());
        }
        Map<Kpi, KpiResult> results = engine.compute(table, kpis, List.of(goal.period()),
                Optional.of(Dimension.none()), Inputs.none());
        List<Target> targets = new ArrayList<>();
        Map<Long, AbsentReason> absent = new LinkedHashMap<>();
        for (Target target : goal.targets()) {
            Optional<Kpi> kpi = kpiOf(target, profileId);
            if (kpi.isPresent()) {
                Value value = results.get(kpi.get()).headline().single();
                if (value instanceof Value.Present present) {
                    targets.add(target.withKpiValue(present.number()));
                    continue;
                }
                absent.put(target.id(), ((Value.Absent) value).reason());
            }
            targets.add(target);
        }
        return new Refreshed(goal.withTargets(targets), absent);
    }

    /** The KPI a target follows, if it is a KPI target of this profile. */
    private static Optional<Kpi> kpiOf(Target target, long profileId) {
        if (target.kind() instanceof TargetKind.Kpi kind && kind.kpiProfileId() == profileId) {
            return Optional.of(Kpi.fromKey(kind.kpiKey()));
        }
        return Optional.empty();
    }

    /** A goal after a refresh, and the KPI targets left without a value, by target id. */
    public record Refreshed(Goal goal, Map<Long, AbsentReason> absent) {
        public Refreshed {
            absent = Map.copyOf(absent);
        }
    }
}
