package org.saleskpi.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiResult;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;

/**
 * Every figure of one run as plain numbers, so that the engine's grids and DuckDB's result sets
 * can be compared cell by cell: per figure, per group, one number per month, null when absent.
 */
public final class KpiFigures {
    /** The engine call a figure comes from. */
    public enum Call {
        MONTHLY(""),
        BY_REP(" [by-rep call]"),
        /** The history workload's figures read as of each month's end (a pipeline trend). */
        MONTH_END(" [as of each month end]");

        private final String label;

        Call(String label) {
            this.label = label;
        }
    }

    /** One figure of one KPI in one call, e.g. {@code won-revenue.amount}. */
    public record Id(Call call, Kpi kpi, String figure) {
        public Id {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(figure, "figure");
        }

        @Override
        public String toString() {
            return kpi.key() + "." + figure + call.label;
        }
    }

    /**
     * A figure's values per group ("" for an ungrouped figure), each an array with one cell per
     * month. {@code exact} says whether cells must be equal to the last digit or within a relative
     * tolerance (means and ratios, which DuckDB computes in floating point).
     */
    public record Series(boolean exact, Map<String, BigDecimal[]> groups) {
        public Series {
            groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        }
    }

    private final List<Period> months;
    private final Map<Id, Series> series = new LinkedHashMap<>();

    /** Figures over these consecutive months, one cell per month in each row. */
    public KpiFigures(List<Period> months) {
        this.months = List.copyOf(months);
    }

    /** Adds the engine's results of one call; its numbers are exact. */
    public KpiFigures addEngine(Call call, Map<Kpi, KpiResult> results) {
        results.forEach((kpi, result) -> result.figures().forEach((name, grid) ->
                put(new Id(call, kpi, name), new Series(true, cells(grid)))));
        return this;
    }

    /** A grid as one row of cells per group, null where a value is absent. */
    static Map<String, BigDecimal[]> cells(Grid grid) {
        Map<String, BigDecimal[]> groups = new LinkedHashMap<>();
        for (int g = 0; g < grid.groups().size(); g++) {
            BigDecimal[] row = new BigDecimal[grid.periods().size()];
            for (int p = 0; p < row.length; p++) {
                Value value = grid.value(g, p);
                row[p] = value instanceof Value.Present present ? present.number() : null;
            }
            groups.put(grid.groups().get(g), row);
        }
        return groups;
    }

    public void put(Id id, Series values) {
        for (BigDecimal[] row : values.groups().values()) {
            if (row.length != months.size()) {
                throw new IllegalArgumentException(id + " has " + row.length + " months, expected " + months.size());
            }
        }
        if (series.putIfAbsent(id, values) != null) {
            throw new IllegalArgumentException("figure given twice: " + id);
        }
    }

    public List<Period> months() {
        return months;
    }

    public Set<Id> ids() {
        return Collections.unmodifiableSet(series.keySet());
    }

    public Series get(Id id) {
        return series.get(id);
    }

    /** Ids in the order they were put. */
    public List<Id> order() {
        return new ArrayList<>(series.keySet());
    }
}
