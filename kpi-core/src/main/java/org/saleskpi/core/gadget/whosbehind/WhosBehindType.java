package org.saleskpi.core.gadget.whosbehind;

import java.math.BigDecimal;
import java.util.List;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.checkin.OverdueCheckIn;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetInput;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.Plan;

/**
 * The {@code whos-behind} gadget: per rep, overdue issues, overdue and stale deals, and the targets of the profile
 * project's active goals that are behind pace, and the goals whose owner owes a check-in (ADR 0062); only reps behind
 * by the manager's thresholds, furthest behind first, the first {@code shown} of them at once.
 */
public final class WhosBehindType implements Gadget {
    /** The furthest behind shown at first; the others are one click away. */
    static final int DEFAULT_SHOWN = 10;

    @Override
    public String key() {
        return "whos-behind";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                // No default: the profile's stale days.
                OptionSpec.whole("staleDays", 1, 3660),
                OptionSpec.whole("maxKeys", 1, 500).byDefault(String.valueOf(WhosBehindOptions.DEFAULT_MAX_KEYS)),
                // The manager's thresholds and how many of the furthest behind are shown before "and K more"; their
                // defaults list everyone behind on anything, as before they could be set.
                OptionSpec.whole("minLateItems", 0, 100_000)
                        .byDefault(String.valueOf(WhosBehindOptions.DEFAULT_MIN_LATE_ITEMS)),
                OptionSpec.whole("minPaceMissed", 0, 100).byDefault("0"),
                OptionSpec.whole("shown", 1, 500).byDefault(String.valueOf(DEFAULT_SHOWN)));
    }

    @Override
    public Plan plan(GadgetRequest request) {
        GadgetInput in = request.input();
        int staleDays = in.whole("staleDays").orElse(request.model().staleDays());
        int maxKeys = in.whole("maxKeys").orElseThrow();
        int minLateItems = in.whole("minLateItems").orElseThrow();
        // Typed as a percentage of the pace (20: 40 % done where 50 % was due).
        BigDecimal minPaceMissed = BigDecimal.valueOf(in.whole("minPaceMissed").orElseThrow()).movePointLeft(2);
        int shown = in.whole("shown").orElseThrow();
        WhosBehindGadget gadget = new WhosBehindGadget(request.scope());
        return new Plan(gadget.columns(), gadget.history(), (table, dates) -> {
            WhosBehindOptions options = new WhosBehindOptions(dates.today(), staleDays, maxKeys, minLateItems,
                    minPaceMissed);
            List<Goal> goals = request.host().goals(false);
            List<TargetPace> targets = TargetPace.behind(goals, dates.today());
            List<OverdueCheckIn> checkIns = request.host().overdueCheckIns(goals, dates.today());
            return json(gadget.dataset(table, options, targets, checkIns), options, shown, request);
        });
    }

    private static Node json(WhosBehindDataset dataset, WhosBehindOptions options, int shown, GadgetRequest request) {
        Node.Items reps = new Node.Items();
        for (WhosBehindDataset.Rep rep : dataset.reps()) {
            Node.Items targets = new Node.Items();
            for (TargetPace target : rep.targetsBehind()) {
                targets.add(Node.fields().put("goal", target.goal()).put("target", target.target())
                        .put("progress", target.progress()).put("expectedProgress", target.expectedProgress())
                        .put("paceMissed", target.paceMissed()));
            }
            Node.Items checkIns = new Node.Items();
            for (OverdueCheckIn checkIn : rep.checkInsOverdue()) {
                checkIns.add(Node.fields().put("goalId", checkIn.goalId()).put("goal", checkIn.goal())
                        .put("dueOn", checkIn.dueOn().toString()).put("daysOverdue", checkIn.daysOverdue()));
            }
            reps.add(Node.fields().put("rep", rep.rep()).put("displayName", request.host().person(rep.rep()))
                    .put("checkInsOverdue", checkIns)
                    .put("overdueIssues", keys(rep.overdueIssues())).put("overdueDeals", keys(rep.overdueDeals()))
                    .put("staleDeals", keys(rep.staleDeals())).put("targetsBehind", targets)
                    .put("slippingDeals", keys(rep.slippingDeals())).put("lateItems", rep.lateItems())
                    .put("paceMissed", rep.paceMissed()));
        }
        return Node.fields().put("type", "whos-behind").put("currency", dataset.currency())
                .put("today", dataset.today().toString()).put("staleDays", dataset.staleDays()).put("reps", reps)
                .put("shown", shown).put("minLateItems", options.minLateItems())
                .put("minPaceMissed", options.minPaceMissed())
                .put("slippingPushes", dataset.slippingPushes())
                .put("slippingAbsentReason", dataset.slippingAbsent().map(r -> Node.text(r.key())).orElse(Node.Null.NULL));
    }

    private static Node keys(WhosBehindDataset.IssueKeys keys) {
        Node.Items list = new Node.Items();
        keys.keys().forEach(list::add);
        return Node.fields().put("count", keys.count()).putJql("jql", keys.jql()).put("keys", list);
    }
}
