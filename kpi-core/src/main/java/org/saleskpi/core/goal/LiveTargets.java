package org.saleskpi.core.goal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiEngine;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * A goal's issues and KPI targets measured now, over the issues the viewer may browse. The values
 * are not stored: two viewers with different permissions see different counts, and neither may
 * leak the other's into the store.
 */
public final class LiveTargets {
    private static final Resolved RESOLVED = new Resolved();
    private final IssueSource issues;
    private final KpiProfileRepository profiles;
    private final ZoneId zone;

    public LiveTargets(IssueSource issues, KpiProfileRepository profiles, ZoneId zone) {
        this.issues = issues;
        this.profiles = profiles;
        this.zone = zone;
    }

    /** The goal with its issues and KPI targets measured as {@code viewer} sees them now. */
    public Goal measured(Goal goal, UserRef viewer) {
        return measure(goal, viewer).goal();
    }

    /** The goal with fresh counts and KPI values, and why a target kept its stored value, by target id. */
    public Measured measure(Goal goal, UserRef viewer) {
        Map<Long, Unavailable> unavailable = new LinkedHashMap<>();
        List<Target> counted = new ArrayList<>();
        for (Target target : goal.targets()) {
            if (target.kind() instanceof TargetKind.Issues kind) {
                try {
                    counted.add(counted(target, kind, viewer));
                } catch (InvalidInputException e) {
                    unavailable.put(target.id(), new Unavailable("saleskpi.goal.jql.invalid", e.getMessage()));
                    counted.add(target);
                }
            } else {
                counted.add(target);
            }
        }
        Goal measured = goal.withTargets(counted);
        for (long profileId : kpiProfiles(goal)) {
            Optional<KpiProfile> profile = profiles.get(profileId);
            if (profile.isEmpty()) {
                kpiTargets(goal, profileId).forEach(t -> unavailable.put(t.id(),
                        new Unavailable("saleskpi.goal.kpiProfileId.gone", "The target's KPI profile was deleted.")));
                continue;
            }
            KpiEngine engine = new KpiEngine(profile.get().model());
            List<Kpi> kpis = kpiTargets(goal, profileId).stream()
                    .map(t -> Kpi.fromKey(((TargetKind.Kpi) t.kind()).kpiKey())).distinct().toList();
            // KPIs that read the past (funnel, time in stage, slippage...) need the changes of their columns.
            IssueTable table = issues.load(new IssueQuery(profile.get().model().scopeJql(), viewer,
                    engine.columns(kpis, Optional.of(Dimension.none())), profile.get().model().calendar().zone(),
                    engine.historyColumns(kpis, Optional.of(Dimension.none()))));
            KpiTargets.Refreshed refreshed = KpiTargets.refresh(measured, profileId, engine, table);
            measured = refreshed.goal();
            refreshed.absent().forEach((id, reason) -> unavailable.put(id,
                    new Unavailable(reason.messageKey(), "The KPI has no value for the goal's period (" + reason.key() + ").")));
        }
        return new Measured(measured, unavailable);
    }

    /** Resolved issues are those with a resolution date, as Jira's "resolved" JQL field has it. */
    private Target counted(Target target, TargetKind.Issues kind, UserRef viewer) {
        IssueTable table = issues.load(new IssueQuery(kind.jql(), viewer, Set.of(Column.RESOLVED), zone));
        // A function of the table alone: a host that keeps tables counts each once, not per goal shown (ADR 0053).
        long resolved = (Long) table.remembered(RESOLVED, () -> new IssueTable.Outcome(resolved(table), true));
        return target.withIssueCounts(resolved, table.size());
    }

    /** Under this key a table keeps how many of its issues are resolved. */
    private record Resolved() {
    }

    private static long resolved(IssueTable table) {
        DateColumn resolvedDates = table.dates(Column.RESOLVED);
        long resolved = 0;
        for (int row = 0; row < table.size(); row++) {
            if (resolvedDates.day(row) != DateColumn.NONE) {
                resolved++;
            }
        }
        return resolved;
    }

    private static Set<Long> kpiProfiles(Goal goal) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Target target : goal.targets()) {
            if (target.kind() instanceof TargetKind.Kpi kind) {
                ids.add(kind.kpiProfileId());
            }
        }
        return ids;
    }

    private static List<Target> kpiTargets(Goal goal, long profileId) {
        return goal.targets().stream()
                .filter(t -> t.kind() instanceof TargetKind.Kpi kind && kind.kpiProfileId() == profileId)
                .toList();
    }

    /** Why a computed target shows its last stored value instead of a fresh one. */
    public record Unavailable(String messageKey, String message) {
    }

    /** A goal measured now, and why each target that kept its stored value did, by target id. */
    public record Measured(Goal goal, Map<Long, Unavailable> unavailable) {
    }
}
