package org.saleskpi.core.gadget.bar;

import java.util.List;
import org.saleskpi.core.gadget.Applies;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;

/** The {@code bar} gadget: a figure per group, optionally stacked, with each rep's quota. */
public final class BarType implements Gadget {

    @Override
    public String key() {
        return "bar";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.of("kpi", OptionKind.FIGURE).asRequired().byDefault("won-revenue"),
                OptionSpec.of("period", OptionKind.PERIOD).byDefault("this-quarter"),
                OptionSpec.grouping("groupBy", false).field("groupByRep").byDefault("rep"),
                OptionSpec.grouping("stackBy", true).applies(Applies.ADDITIVE),
                OptionSpec.whole("maxStacks", 1, 50).byDefault("8").applies(Applies.ADDITIVE),
                OptionSpec.of("target", OptionKind.QUOTA).field("quota").applies(Applies.MONEY),
                OptionSpec.of("colours", OptionKind.COLOURS).asLocal());
    }
}
