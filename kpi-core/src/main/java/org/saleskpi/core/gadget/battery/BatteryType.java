package org.saleskpi.core.gadget.battery;

import java.util.List;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;

/** The {@code battery} gadget: a goal's or one target's progress. */
public final class BatteryType implements Gadget {

    @Override
    public String key() {
        return "battery";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.of("goal", OptionKind.GOAL).asRequired(),
                OptionSpec.of("target", OptionKind.GOAL_TARGET).field("goalTarget"));
    }
}
