package org.saleskpi.core.gadget.completed;

import org.saleskpi.core.gadget.ActivityType;

/** The {@code completed} gadget: issues resolved per assignee, bucket by bucket. */
public final class CompletedType extends ActivityType {

    public CompletedType() {
        super("completed", CompletedGadget::new);
    }
}
