package org.saleskpi.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.jira.simulated.JiraWork;
import org.saleskpi.jira.simulated.SimulatedJira;

/**
 * Dashboard views over one path, timed gadget by gadget, with the work the simulated Jira did meanwhile. A gadget's
 * time is the time measured plus the time a real Jira would have spent on the searches it caused ({@code charged}).
 */
final class DashboardViews {
    private final JiraDashboard dashboard;
    private final SimulatedJira jira;
    private final List<Long> gadgetNanos = new ArrayList<>();
    /** The same times by gadget type, in the dashboard's order. */
    private final Map<String, List<Long>> nanosByType = new LinkedHashMap<>();
    /** The times of the gadgets that asked Jira nothing. */
    private final List<Long> withoutSearchNanos = new ArrayList<>();
    private final List<String> gadgetLines = new ArrayList<>();
    private JiraWork.Snapshot work;
    private int views;

    DashboardViews(JiraDashboard dashboard, SimulatedJira jira) {
        this.dashboard = dashboard;
        this.jira = jira;
        this.work = new JiraWork.Snapshot(0, 0, 0, 0, 0);
    }

    /** One user's view of the whole dashboard: every gadget once, in order. */
    void view(UserRef viewer) {
        for (JiraDashboard.Gadget gadget : JiraDashboard.GADGETS) {
            JiraWork.Snapshot before = jira.work().snapshot();
            long start = System.nanoTime();
            dashboard.compute(gadget, viewer);
            long measured = System.nanoTime() - start;
            JiraWork.Snapshot spent = jira.work().snapshot().minus(before);
            gadgetNanos.add(measured + spent.chargedNanos());
            nanosByType.computeIfAbsent(gadget.type(), type -> new ArrayList<>()).add(measured + spent.chargedNanos());
            if (spent.searches() == 0 && spent.counts() == 0) {
                withoutSearchNanos.add(measured);
            }
            gadgetLines.add(String.format(Locale.ROOT, "gadget=%s user=%s ms=%.2f measured_ms=%.2f"
                    + " charged_ms=%.2f searches=%d issues_materialised=%d", gadget.type(), viewer.key(),
                    (measured + spent.chargedNanos()) / 1e6, measured / 1e6, spent.chargedNanos() / 1e6,
                    spent.searches(), spent.issuesMaterialised()));
            work = plus(work, spent);
        }
        views++;
    }

    int views() {
        return views;
    }

    List<String> gadgetLines() {
        return gadgetLines;
    }

    double searchesPerView() {
        return work.searches() / (double) views;
    }

    double issuesPerView() {
        return work.issuesMaterialised() / (double) views;
    }

    double historiesPerView() {
        return work.historiesRead() / (double) views;
    }

    /** The gadget time at percentile {@code p} (0..100), nearest rank. */
    double percentileMillis(double p) {
        return percentileMillis(gadgetNanos, p);
    }

    /** One line per gadget type: its p50 and p95 over every view, in the dashboard's order. */
    List<String> typeLines() {
        List<String> lines = new ArrayList<>();
        nanosByType.forEach((type, nanos) -> lines.add(String.format(Locale.ROOT,
                "gadget=%s p50_ms=%.2f p95_ms=%.2f", type, percentileMillis(nanos, 50), percentileMillis(nanos, 95))));
        return lines;
    }

    /** The same over the gadgets that asked Jira nothing; 0 when there were none. */
    double withoutSearchPercentileMillis(double p) {
        return withoutSearchNanos.isEmpty() ? 0 : percentileMillis(withoutSearchNanos, p);
    }

    private static double percentileMillis(List<Long> nanos, double p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static JiraWork.Snapshot plus(JiraWork.Snapshot a, JiraWork.Snapshot b) {
        return new JiraWork.Snapshot(a.searches() + b.searches(), a.counts() + b.counts(),
                a.issuesMaterialised() + b.issuesMaterialised(), a.historiesRead() + b.historiesRead(),
                a.chargedNanos() + b.chargedNanos());
    }
}
