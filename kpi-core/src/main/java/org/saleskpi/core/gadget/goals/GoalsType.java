package org.saleskpi.core.gadget.goals;

import java.util.List;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;

/** The {@code goals} gadget: the profile project's goals, those needing attention first. */
public final class GoalsType implements Gadget {

    @Override
    public String key() {
        return "goals";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice("order", "attention", "due-date", "name").byDefault("attention"),
                OptionSpec.whole("limit", 1, 500).byDefault("50"),
                OptionSpec.of("archived", OptionKind.FLAG));
    }
}
