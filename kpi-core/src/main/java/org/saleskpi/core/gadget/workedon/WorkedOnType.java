package org.saleskpi.core.gadget.workedon;

import java.util.List;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;

/** The {@code worked-on} gadget: issues updated per assignee, bucket by bucket. */
public final class WorkedOnType implements Gadget {

    @Override
    public String key() {
        return "worked-on";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.of("period", OptionKind.PERIOD).byDefault("this-quarter"),
                OptionSpec.of("bucket", OptionKind.BUCKET).byDefault("week"),
                OptionSpec.of("stacked", OptionKind.FLAG).byDefault("true").asLocal(),
                OptionSpec.of("colours", OptionKind.COLOURS).asLocal());
    }
}
