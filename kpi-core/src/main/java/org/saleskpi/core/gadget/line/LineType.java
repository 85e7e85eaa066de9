package org.saleskpi.core.gadget.line;

import java.util.List;
import org.saleskpi.core.gadget.Applies;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;

/** The {@code line} gadget: figures over time, bucket by bucket. */
public final class LineType implements Gadget {

    @Override
    public String key() {
        return "line";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.of("kpi", OptionKind.FIGURES).field("kpis").asRequired().byDefault("won-revenue"),
                OptionSpec.of("period", OptionKind.PERIOD).byDefault("this-year"),
                OptionSpec.of("bucket", OptionKind.BUCKET).byDefault("month"),
                OptionSpec.grouping("groupBy", true),
                OptionSpec.of("cumulative", OptionKind.FLAG).applies(Applies.ADDITIVE),
                OptionSpec.of("comparePrevious", OptionKind.FLAG),
                OptionSpec.of("target", OptionKind.TARGET).applies(Applies.ONE_UNIT),
                OptionSpec.of("colours", OptionKind.COLOURS).asLocal());
    }
}
