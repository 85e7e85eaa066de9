package org.saleskpi.core.gadget.funnel;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.metric.Aggregation;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.ReachedKeys;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.period.Period;

/**
 * The drill-down of each funnel step: the deals its count holds (KPI-DEFINITIONS.md row 11), as a query that stays
 * short however large the cohort.
 *
 * <p><b>Cumulative, created cohort: a search over history.</b> reached(k) is "created in P and ever in stage k, a later
 * stage or won, up to now", which is JQL's {@code created} range AND {@code status WAS IN (step k's statuses and every
 * later step's)}: WAS finds issues that "currently have or previously had" a value (see
 * {@code org.saleskpi.core.jql.PastValues} for the source). A visit is the status an issue was created in or changed
 * to, so "ever in" and "had" are the same set. It holds only when every deal created in P has a known past (the
 * funnel skips the others; the search would judge them on today's status), so a cohort holding an issue of unknown
 * past (a Jira CSV import) falls back to the keys. In Jira, WAS matches a status by the name it had when it changed,
 * so a stage renamed since would be missed where the engine maps statuses by id (UNVERIFIED on a live Jira).
 *
 * <p><b>Strict order, or the cohort entering the first stage in P: the keys.</b> Neither is a set of values an issue
 * had: strict needs the order of the visits, the entered cohort the instant of the first entry (Jira's
 * {@code WAS ... DURING} would find any entry in P, not the first). Those steps drill by their keys, inline up to
 * {@link #MAX_KEYS} (a quoted key is about 22 characters once URL-encoded: 200 keys make about 4 400, within the
 * 8 KiB request line servers accept and the subset's 4 000-character query); a longer list is saved for the viewer
 * and the link names it, {@code issue in saleskpiSelection("<token>")} (ADR 0033). Where the host keeps no lists,
 * or over {@code KeySelections.MAX_KEYS}, the step's count shows without a link.
 */
final class StepDrills {
    /** The most keys a step's link carries itself: see the class comment for the arithmetic. */
    static final int MAX_KEYS = 200;

    private final Metric.Reach reach;
    private final Dimension.Steps steps;
    private final Period period;
    private final DrillDown drill;
    /** Null when the steps drill over history; else each step's keys. */
    private final List<List<String>> keys;

    StepDrills(Metric.Reach reach, Dimension.Steps steps, IssueTable table, Period period, DrillDown drill) {
        this.reach = reach;
        this.steps = steps;
        this.period = period;
        this.drill = drill;
        boolean overHistory = !reach.strict() && reach.cohort() == Metric.Cohort.CREATED
                && ReachedKeys.createdWithKnownPast(table, period);
        this.keys = overHistory ? null : ReachedKeys.of(table, reach, steps, period);
    }

    /** The drill JQL of step {@code step}; empty when it reaches no deal or its keys cannot be saved for a link. */
    Optional<String> of(int step) {
        if (keys == null) {
            Set<String> values = new HashSet<>();
            steps.steps().subList(step, steps.steps().size()).forEach(later -> values.addAll(later.values()));
            Metric created = new Metric.Aggregate(reach.filter(), When.during(Column.CREATED), Aggregation.count(),
                    Unit.COUNT);
            return drill.everIn(created, period, reach.column(), values);
        }
        List<String> reached = keys.get(step);
        // Narrowed by the funnel's own filter (deals), as the engine counts them.
        Metric cohort = new Metric.Aggregate(reach.filter(), When.always(), Aggregation.count(), Unit.COUNT);
        if (reached.size() > MAX_KEYS) {
            return drill.saved(cohort, period, reached);
        }
        return drill.of(cohort, period, Filter.in(Column.KEY, Set.copyOf(reached)));
    }
}
