package org.saleskpi.core.gadget;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;

/**
 * What a gadget needs and does, from its checked options: the issue columns to load (none for gadgets over goals
 * only), the columns whose changes to load with them ({@code history}, empty for figures of the current state:
 * {@code MetricEngine.historyColumns}) and how the dataset is built once the issues are loaded and the dates known.
 * The columns never depend on the period, so {@code period=all} is planned once, like any other period.
 */
public record Plan(Set<Column> columns, Set<Column> history, Build build) {
    public Plan {
        columns = Set.copyOf(columns);
        history = Set.copyOf(history);
        Objects.requireNonNull(build, "build");
    }

    /** A plan over the issues' current state: no change history is loaded. */
    public Plan(Set<Column> columns, Build build) {
        this(columns, Set.of(), build);
    }

    /** Builds the dataset of the loaded issues for the dates. */
    @FunctionalInterface
    public interface Build {
        Node dataset(IssueTable table, Dates dates);
    }

    public static Plan withoutIssues(Function<Dates, Node> dataset) {
        return new Plan(Set.of(), (table, dates) -> dataset.apply(dates));
    }
}
