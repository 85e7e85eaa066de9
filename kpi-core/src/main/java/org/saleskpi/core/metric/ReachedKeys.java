package org.saleskpi.core.metric;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.KeyColumn;
import org.saleskpi.core.period.Period;

/**
 * The issues behind each step of a funnel ({@link Metric.Reach}, KPI-DEFINITIONS.md row 11), for its drill-downs:
 * which issues reached a step in the past is no condition a search on today's fields can state, so a step drills
 * into its keys. The keys are of every row whose past is known, before the reach's filter: a drill-down adds the
 * filter as JQL, and the issues it then selects are the ones the step counts.
 */
public final class ReachedKeys {
    private ReachedKeys() {
    }

    /**
     * Whether every row created in {@code period} (a local day of it in the table's zone) has a known past: then a
     * search over recorded history (JQL's {@code WAS}) sees the same pasts as the funnel of the created cohort, which
     * counts only such rows.
     */
    public static boolean createdWithKnownPast(IssueTable table, Period period) {
        ChangeTable changes = table.history().orElse(null);
        if (changes == null) {
            return false;
        }
        ZoneId zone = table.zone();
        long from = period.start().atStartOfDay(zone).toEpochSecond();
        long to = period.end().atStartOfDay(zone).toEpochSecond();
        for (int row = 0; row < table.size(); row++) {
            long created = changes.createdSecond(row);
            if (created >= from && created < to && !changes.known(row)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per step of {@code steps}, in order, the keys of the rows of the cohort of {@code period} (its event on a
     * local day of the period in the table's zone) that reached it; empty lists when the table has no known history.
     */
    public static List<List<String>> of(IssueTable table, Metric.Reach reach, Dimension.Steps steps, Period period) {
        List<List<String>> keys = new ArrayList<>();
        steps.steps().forEach(step -> keys.add(new ArrayList<>()));
        ChangeTable changes = table.history().filter(h -> h.knownRows() > 0).orElse(null);
        if (changes == null) {
            return keys;
        }
        ZoneId zone = table.zone();
        long from = period.start().atStartOfDay(zone).toEpochSecond();
        long to = period.end().atStartOfDay(zone).toEpochSecond();
        StepDepth depth = new StepDepth(changes, reach.column(), steps, reach.strict());
        KeyColumn key = table.keys();
        for (int row = 0; row < table.size(); row++) {
            if (!changes.known(row)) {
                continue;
            }
            depth.replay(row);
            long event = depth.cohortEvent(row, reach.cohort());
            if (event == ChangeTable.OPEN || event < from || event >= to) {
                continue;
            }
            for (int step = 0; step < depth.depth(); step++) {
                keys.get(step).add(key.key(row));
            }
        }
        return keys;
    }
}
