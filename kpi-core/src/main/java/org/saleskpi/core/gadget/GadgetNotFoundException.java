package org.saleskpi.core.gadget;

/** A gadget type, or a goal a gadget names, that does not exist or that the caller may not see. */
public final class GadgetNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GadgetNotFoundException(String message) {
        super(message);
    }
}
