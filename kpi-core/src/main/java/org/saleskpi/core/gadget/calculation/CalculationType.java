package org.saleskpi.core.gadget.calculation;

import java.util.List;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;

/** The {@code calculation} gadget: one figure against the period before. */
public final class CalculationType implements Gadget {

    @Override
    public String key() {
        return "calculation";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.of("kpi", OptionKind.FIGURE).asRequired().byDefault("won-revenue"),
                OptionSpec.of("period", OptionKind.PERIOD).byDefault("this-month"));
    }
}
