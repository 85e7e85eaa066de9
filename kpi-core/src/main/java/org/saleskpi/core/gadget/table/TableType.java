package org.saleskpi.core.gadget.table;

import java.util.List;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;

/** The {@code table} gadget: several figures side by side per group, with totals. */
public final class TableType implements Gadget {

    @Override
    public String key() {
        return "table";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.of("kpi", OptionKind.FIGURES).field("kpis").asRequired()
                        .byDefault("won-revenue,win-rate,new-opportunities"),
                OptionSpec.of("period", OptionKind.PERIOD).byDefault("this-quarter"),
                OptionSpec.grouping("groupBy", false).field("groupByRep").byDefault("rep"),
                OptionSpec.of("sort", OptionKind.SORT),
                OptionSpec.of("descending", OptionKind.FLAG));
    }
}
