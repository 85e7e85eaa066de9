package org.saleskpi.core.gadget.workedon;

import org.saleskpi.core.gadget.ActivityType;

/** The {@code worked-on} gadget: issues updated per assignee, bucket by bucket. */
public final class WorkedOnType extends ActivityType {

    public WorkedOnType() {
        super("worked-on", WorkedOnGadget::new);
    }
}
