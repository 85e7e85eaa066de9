package org.saleskpi.core.drill;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.period.Period;

/**
 * The drill-down JQL of one gadget request: {@code (scope and the gadget's jql) AND (population)}, the
 * population being a figure's filter, its date condition for the period, and the group of a bar,
 * slice or row. The first part is the query the KPI's issues were loaded with, composed by
 * {@link JqlText#and} as {@code ProfileIssues} composes it, so the drill selects what was counted.
 */
public final class DrillDown {
    private final String loaded;
    private final JqlClauses clauses;

    /**
     * @param loaded the JQL the gadget's issues were loaded with ({@code ProfileIssues.query})
     * @param calendarZone the zone the KPI counts days in: the profile calendar's
     * @param readingZone the zone the JQL's dates will be read in: the viewer's in Jira, the server's standalone
     */
    public DrillDown(String loaded, ZoneId calendarZone, ZoneId readingZone) {
        this.loaded = Objects.requireNonNull(loaded, "loaded");
        this.clauses = new JqlClauses(calendarZone, readingZone);
    }

    /** The issues behind {@code metric} in {@code period}; empty when the figure is not a set of issues. */
    public Optional<String> of(Metric metric, Period period) {
        return of(metric, period, Filter.all());
    }

    /** The issues behind {@code metric} in {@code period} within one group (or stack, or slice). */
    public Optional<String> of(Metric metric, Period period, Filter within) {
        Objects.requireNonNull(within, "within");
        return Population.of(metric).flatMap(population -> {
            try {
                String issues = JqlClauses.and(List.of(clauses.filter(Filter.and(population.filter(), within)),
                        clauses.when(population.when(), period)));
                return Optional.of(JqlText.and(loaded, issues));
            } catch (JqlClauses.NoIssues none) {
                return Optional.empty();
            }
        });
    }

    /** The issues of one group of {@code dimension}: the value, or no value for the group "". */
    public static Filter group(Dimension dimension, String group) {
        if (dimension instanceof Dimension.None) {
            return Filter.all();
        }
        if (dimension instanceof Dimension.By by) {
            return group.isEmpty() ? Filter.empty(by.column()) : Filter.in(by.column(), Set.of(group));
        }
        throw new IllegalStateException("no group filter for the dimension " + dimension.getClass().getName());
    }

    /** The issues of no group in {@code shown}: the "other" slice or stack. */
    public static Filter outside(Dimension dimension, List<String> shown) {
        return Filter.not(new Filter.Or(shown.stream().map(group -> group(dimension, group)).toList()));
    }
}
