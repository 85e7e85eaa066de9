package org.saleskpi.core.gadget.whosbehind;

import java.util.List;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.OptionSpec;

/** The {@code whos-behind} gadget: per rep, what is overdue, stale or behind pace. */
public final class WhosBehindType implements Gadget {

    @Override
    public String key() {
        return "whos-behind";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                // No default: the profile's stale days.
                OptionSpec.whole("staleDays", 1, 3660),
                OptionSpec.whole("maxKeys", 1, 500).byDefault("50"));
    }
}
