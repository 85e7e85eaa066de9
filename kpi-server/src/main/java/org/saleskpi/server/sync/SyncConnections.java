package org.saleskpi.server.sync;

import java.util.List;
import java.util.Optional;

/** Port: the connections whose issues are synced, as the admin set them up (implemented by the connections part). */
public interface SyncConnections {

    /** The connections whose sync is enabled. */
    List<SyncSettings> enabled();

    /** One connection's sync settings, enabled or not; empty when there is no such connection. */
    Optional<SyncSettings> get(long id);
}
