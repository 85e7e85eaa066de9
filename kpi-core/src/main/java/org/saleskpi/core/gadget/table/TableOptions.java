package org.saleskpi.core.gadget.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * What a table gadget shows: a row per group, a column per figure.
 *
 * @param columns the figures, usually KPI headlines ({@link FigureChoice#headline})
 * @param sort the column to order rows by; empty keeps the group order (by name)
 */
public record TableOptions(List<FigureChoice> columns, Period period, Dimension groupBy, Optional<Sort> sort) {

    public TableOptions {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw InvalidInputException.of("columns", "saleskpi.gadget.columns.required", "columns must name at least one figure");
        }
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(sort, "sort");
    }

    public static TableOptions of(Period period, Dimension groupBy, FigureChoice... columns) {
        return new TableOptions(List.of(columns), period, groupBy, Optional.empty());
    }

    /** Rows ordered by the column whose key is {@code column}; absent values last either way. */
    public TableOptions sortBy(String column, boolean descending) {
        return new TableOptions(columns, period, groupBy, Optional.of(new Sort(column, descending)));
    }

    /** @param column the key of one of the table's columns (e.g. {@code win-rate.rate}) */
    public record Sort(String column, boolean descending) {
        public Sort {
            Objects.requireNonNull(column, "column");
        }
    }
}
