package org.saleskpi.core.drill;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.jql.SavedSelections;
import org.saleskpi.core.kpi.SalesModel;
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
    private final Supplier<String> loaded;
    private final Supplier<JqlClauses> clauses;
    /** Saves a key list for the viewer and gives its token; empty where the host keeps none. */
    private final Function<Collection<String>, Optional<String>> saved;

    /**
     * @param loaded the JQL the gadget's issues were loaded with ({@code ProfileIssues.query})
     * @param calendarZone the zone the KPI counts days in: the profile calendar's
     * @param readingZone the zone the JQL's dates will be read in: the viewer's in Jira, the server's standalone
     */
    public DrillDown(String loaded, ZoneId calendarZone, ZoneId readingZone) {
        this(constant(Objects.requireNonNull(loaded, "loaded")),
                constant(new JqlClauses(calendarZone, readingZone)), keys -> Optional.empty());
    }

    private DrillDown(Supplier<String> loaded, Supplier<JqlClauses> clauses,
            Function<Collection<String>, Optional<String>> saved) {
        this.loaded = loaded;
        this.clauses = clauses;
        this.saved = saved;
    }

    /**
     * Composes the loaded query and asks the reading zone on the first drill, once: a request builds its drills
     * after its issues loaded, so a query the host rejects is reported by the load, as before drills existed, and a
     * request that never drills asks the host nothing more.
     */
    public static DrillDown deferred(Supplier<String> loaded, ZoneId calendarZone, Supplier<ZoneId> readingZone) {
        return deferred(loaded, calendarZone, readingZone, keys -> Optional.empty());
    }

    /**
     * As {@link #deferred(Supplier, ZoneId, Supplier)}, with {@code saved} keeping the key lists too long for a link
     * for the viewer ({@link KeySelections#save}), so {@link #saved} can drill through them.
     */
    public static DrillDown deferred(Supplier<String> loaded, ZoneId calendarZone, Supplier<ZoneId> readingZone,
            Function<Collection<String>, Optional<String>> saved) {
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(calendarZone, "calendarZone");
        Objects.requireNonNull(readingZone, "readingZone");
        return new DrillDown(once(() -> Objects.requireNonNull(loaded.get(), "loaded")),
                once(() -> new JqlClauses(calendarZone, readingZone.get())), saved);
    }

    private static <T> Supplier<T> constant(T value) {
        return () -> value;
    }

    /** The first answer of {@code first}, kept: a request's drills run on one thread. */
    private static <T> Supplier<T> once(Supplier<T> first) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = first.get();
                }
                return value;
            }
        };
    }

    /**
     * Drills within the model's own scope, read in its calendar's zone: for callers that load issues with
     * the scope alone. A request that narrows the scope builds its own from {@code ProfileIssues.query}.
     */
    public static DrillDown of(SalesModel model) {
        return new DrillDown(model.scopeJql(), model.calendar().zone(), model.calendar().zone());
    }

    /** The issues behind {@code metric} in {@code period}; empty when the figure is not a set of issues. */
    public Optional<String> of(Metric metric, Period period) {
        return of(metric, period, Filter.all());
    }

    /** The issues behind {@code metric} in {@code period} within one group (or stack, or slice). */
    public Optional<String> of(Metric metric, Period period, Filter within) {
        Objects.requireNonNull(within, "within");
        return of(metric, period, within, "");
    }

    /**
     * The issues behind {@code metric} in {@code period} that have, or had at some time up to now, one of
     * {@code values} in {@code column}: JQL's {@code WAS IN} (status, resolution, assignee or reporter), which
     * Jira answers from its change history and the standalone subset from its recorded changes
     * ({@code org.saleskpi.core.jql.PastValues}). Empty for no values.
     */
    public Optional<String> everIn(Metric metric, Period period, Column column, Set<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return of(metric, period, Filter.all(), JqlClauses.was(column, values));
    }

    /**
     * The issues of {@code keys} behind {@code metric} in {@code period}, through a list saved for the viewer
     * ({@code issue in saleskpiSelection("<token>")}, ADR 0033): a link as short for a million keys as for one.
     * Empty when the host keeps no lists, the list is over {@link KeySelections#MAX_KEYS}, or there are no keys.
     */
    public Optional<String> saved(Metric metric, Period period, Collection<String> keys) {
        if (keys.isEmpty() || Population.of(metric).isEmpty()) {
            return Optional.empty();
        }
        return saved.apply(keys).flatMap(token -> of(metric, period, Filter.all(), SavedSelections.clause(token)));
    }

    /** {@code extra}: a clause the filter cannot say (WAS, a saved selection), or "". */
    private Optional<String> of(Metric metric, Period period, Filter within, String extra) {
        return Population.of(metric).flatMap(population -> {
            try {
                JqlClauses read = clauses.get();
                String issues = JqlClauses.and(List.of(read.filter(Filter.and(population.filter(), within)),
                        read.when(population.when(), period), extra));
                return Optional.of(JqlText.and(loaded.get(), issues));
            } catch (JqlClauses.NoIssues none) {
                return Optional.empty();
            }
        });
    }

    /** The query the issues were loaded with, which every drill starts from: what a kept drill depends on. */
    public String loaded() {
        return loaded.get();
    }

    /**
     * Exactly the issues of {@code keys}, for lists the engine does not compute from a metric (who is
     * behind); empty for no keys.
     */
    public Optional<String> keys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(JqlText.and(loaded.get(), "key in " + keys.stream().map(JqlClauses::quote)
                .collect(Collectors.joining(", ", "(", ")"))));
    }

    /**
     * The "other" slice past the {@code shown} groups, which gathers the {@code rest}. When every issue
     * of the figure passes the grouping's universe, its value is a group, so "none of the shown" selects
     * the same issues in a query that stays short however many groups the rest holds.
     */
    public Optional<String> other(Metric metric, Period period, Dimension dimension, List<String> shown,
            List<String> rest) {
        boolean withinGroups = Population.of(metric).map(p -> within(p.filter(), universe(dimension))).orElse(false);
        return of(metric, period, withinGroups ? outside(dimension, shown) : among(dimension, rest));
    }

    private static Filter universe(Dimension dimension) {
        if (dimension instanceof Dimension.None) {
            return Filter.all();
        }
        if (dimension instanceof Dimension.By by) {
            return by.universe();
        }
        if (dimension instanceof Dimension.Steps steps) {
            return Filter.in(steps.column(), steps.values());
        }
        throw new IllegalStateException("no universe for the dimension " + dimension.getClass().getName());
    }

    /** Whether every issue passing {@code filter} passes {@code universe}, as far as their shapes show. */
    private static boolean within(Filter filter, Filter universe) {
        if (universe instanceof Filter.All || filter.equals(universe)) {
            return true;
        }
        return filter instanceof Filter.And and && and.filters().stream().anyMatch(part -> within(part, universe));
    }

    /** The issues of one group of {@code dimension}: the value, or no value for the group "". */
    public static Filter group(Dimension dimension, String group) {
        if (dimension instanceof Dimension.None) {
            return Filter.all();
        }
        if (dimension instanceof Dimension.By by) {
            return group.isEmpty() ? Filter.empty(by.column()) : Filter.in(by.column(), Set.of(group));
        }
        if (dimension instanceof Dimension.Steps steps) {
            return Filter.in(steps.column(), step(steps, group).values());
        }
        throw new IllegalStateException("no group filter for the dimension " + dimension.getClass().getName());
    }

    /** The issues of any of {@code groups}: a pie's "other" slice, which gathers the groups past its top N. */
    public static Filter among(Dimension dimension, List<String> groups) {
        if (dimension instanceof Dimension.None) {
            return Filter.all();
        }
        if (dimension instanceof Dimension.By by) {
            Set<String> values = new TreeSet<>(groups);
            boolean empty = values.remove("");
            Filter in = Filter.in(by.column(), values);
            return empty ? Filter.or(in, Filter.empty(by.column())) : in;
        }
        if (dimension instanceof Dimension.Steps steps) {
            Set<String> values = new TreeSet<>();
            groups.forEach(group -> values.addAll(step(steps, group).values()));
            return Filter.in(steps.column(), values);
        }
        throw new IllegalStateException("no group filter for the dimension " + dimension.getClass().getName());
    }

    private static Dimension.Step step(Dimension.Steps steps, String name) {
        return steps.steps().stream().filter(step -> step.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + name));
    }

    /** The issues of no group in {@code shown}: the "other" slice or stack. */
    public static Filter outside(Dimension dimension, List<String> shown) {
        return Filter.not(new Filter.Or(shown.stream().map(group -> group(dimension, group)).toList()));
    }
}
