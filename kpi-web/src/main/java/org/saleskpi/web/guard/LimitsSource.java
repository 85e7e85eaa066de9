package org.saleskpi.web.guard;

/** Port: the node's current {@link Limits}; read on every guarded request, so an admin's change applies at once. */
public interface LimitsSource {

    Limits limits();
}
