package org.saleskpi.core.gadget.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.metric.RateParts;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;

/**
 * The cells of a table gadget.
 *
 * @param currency ISO 4217 code of every {@link Unit#AMOUNT} column
 * @param totals the figures over every issue at once ("" as group): rates are pooled, so a
 *     total is not the sum (nor the mean) of its column
 */
public record TableDataset(String currency, Period period, List<Heading> columns, List<Row> rows, Row totals) {

    public TableDataset {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        Objects.requireNonNull(totals, "totals");
    }

    /** A column: the figure's key and unit. */
    public record Heading(String key, Unit unit) {
        public Heading {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /**
     * A group's values, one per column, the counts each rate of counts divides (empty for other figures) and the
     * issues behind each value (empty where a figure is not a set of issues).
     */
    public record Row(String group, List<Value> values, List<Optional<RateParts.Counts>> rateParts,
            List<Optional<String>> jql) {
        public Row {
            Objects.requireNonNull(group, "group");
            values = List.copyOf(values);
            rateParts = List.copyOf(rateParts);
            jql = List.copyOf(jql);
        }
    }
}
