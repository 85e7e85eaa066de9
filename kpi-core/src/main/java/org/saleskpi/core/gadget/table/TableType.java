package org.saleskpi.core.gadget.table;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.core.gadget.Dates;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetInput;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.GroupingParam;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.Plan;

/** The {@code table} gadget: several figures side by side per group, with totals, sorted by one of them. */
public final class TableType implements Gadget {

    @Override
    public String key() {
        return "table";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.figures("won-revenue,win-rate,new-opportunities"),
                OptionSpec.period("this-quarter"),
                OptionSpec.groupByRep(),
                OptionSpec.of("sort", OptionKind.SORT),
                OptionSpec.of("descending", OptionKind.FLAG));
    }

    @Override
    public Plan plan(GadgetRequest request) {
        GadgetInput in = request.input();
        List<FigureChoice> figures = in.figures("kpi");
        GroupingParam grouping = in.grouping("groupBy").orElseThrow();
        Optional<String> sort = in.sort("sort");
        boolean descending = in.flag("descending");
        Function<Dates, TableOptions> options = dates -> {
            TableOptions chosen = new TableOptions(figures, dates.period(), grouping.dimension(), Optional.empty());
            return sort.map(key -> chosen.sortBy(key, descending)).orElse(chosen);
        };
        TableGadget gadget = new TableGadget(request.scope());
        return new Plan(gadget.columns(options.apply(request.dates())), (table, dates) -> json(gadget.dataset(table,
                options.apply(dates), request.host().quotas(dates.quotaSpan()), dates.comparison()), grouping,
                request));
    }

    private static Node json(TableDataset dataset, GroupingParam grouping, GadgetRequest request) {
        Node.Items columns = new Node.Items();
        for (TableDataset.Heading heading : dataset.columns()) {
            columns.add(Node.fields().put("key", heading.key()).put("unit", heading.unit().key()));
        }
        Node.Items rows = new Node.Items();
        for (TableDataset.Row row : dataset.rows()) {
            rows.add(Node.fields().put("group", row.group()).put("label", request.host().label(grouping, row.group()))
                    .putAll("values", row.values()).putAllRateParts(row.rateParts()).putJqls("jql", row.jql()));
        }
        return Node.fields().put("type", "table").put("currency", dataset.currency())
                .put("period", Node.period(dataset.period())).put("columns", columns).put("rows", rows)
                .put("totals", Node.fields().putAll("values", dataset.totals().values())
                        .putAllRateParts(dataset.totals().rateParts())
                        .putJqls("jql", dataset.totals().jql()));
    }
}
