package org.saleskpi.bench;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.saleskpi.core.gadget.GadgetData;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;

/**
 * The dashboard the {@code jira-dashboard} bench views: ten gadgets over the demo's KPI profile, among them the three
 * that replay history (funnel, time in stage, pipeline movement), each computed through the gadget use
 * case exactly as the REST resource computes it, over whichever issue source a path gives.
 */
final class JiraDashboard {
    /** The ten gadgets with their saved options (the rest take their defaults). */
    static final List<Gadget> GADGETS = List.of(
            gadget("line", "kpi", "won-revenue", "period", "this-fiscal-year", "bucket", "month"),
            gadget("bar", "kpi", "won-revenue", "period", "this-fiscal-quarter"),
            gadget("pie", "kpi", "won-revenue", "period", "this-fiscal-quarter"),
            gadget("table", "kpi", "won-revenue,win-rate,new-opportunities", "period", "this-fiscal-quarter"),
            gadget("kpi-list", "kpi", "won-revenue,win-rate,new-leads", "period", "this-month"),
            gadget("leaderboard", "period", "this-fiscal-quarter"),
            gadget("forecast", "period", "this-fiscal-quarter"),
            gadget("funnel", "period", "this-fiscal-quarter"),
            gadget("time-in-stage", "period", "this-fiscal-quarter"),
            gadget("pipeline-movement", "period", "this-month"));

    /** One gadget of the dashboard: its type and the request parameters its saved preferences give. */
    record Gadget(String type, Map<String, List<String>> parameters) {
    }

    /** A gadget with its parameters as name, value pairs; a comma separates the values of a list. */
    private static Gadget gadget(String type, String... pairs) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], List.of(pairs[i + 1].split(",")));
        }
        return new Gadget(type, Map.copyOf(parameters));
    }

    private final GadgetData data;
    private final KpiProfile profile;

    JiraDashboard(IssueSource issues, IssueCatalog catalog, Directory directory, KpiProfile profile, Clock clock) {
        this.data = new GadgetData(UnusedPorts.of(AccessPolicy.class), issues, catalog, directory,
                UnusedPorts.of(KpiProfileRepository.class), UnusedPorts.of(GoalRepository.class), NoQuotas.INSTANCE,
                clock);
        this.profile = profile;
    }

    /** The gadget's data for the viewer. */
    Node compute(Gadget gadget, UserRef viewer) {
        return data.data(gadget.type(), viewer, profile, gadget.parameters());
    }
}
