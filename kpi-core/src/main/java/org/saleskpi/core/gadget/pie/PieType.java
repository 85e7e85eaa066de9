package org.saleskpi.core.gadget.pie;

import java.util.List;
import org.saleskpi.core.gadget.Applies;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;

/** The {@code pie} gadget: shares of a figure that adds up, by group. */
public final class PieType implements Gadget {

    @Override
    public String key() {
        return "pie";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                // Slices are parts of a whole: only a figure that adds up can be cut into them.
                OptionSpec.of("kpi", OptionKind.FIGURE).asRequired().byDefault("won-revenue").applies(Applies.ADDITIVE),
                OptionSpec.of("period", OptionKind.PERIOD).byDefault("this-quarter"),
                OptionSpec.grouping("groupBy", false).field("groupByRep").byDefault("rep"),
                OptionSpec.whole("topN", 1, 50).byDefault("8"),
                OptionSpec.of("colours", OptionKind.COLOURS).asLocal());
    }
}
