package org.saleskpi.server.sync;

import java.util.List;
import java.util.Optional;

/** Port: the connections whose issues are synced, as the admin set them up (implemented by the connections part). */
public interface SyncConnections {

    /** The connections whose sync is enabled. */
    List<SyncSettings> enabled();

    /** One connection's sync settings, enabled or not; empty when there is no such connection. */
    Optional<SyncSettings> get(long id);

    /** These connections, all enabled and never changed: what a bench or a test syncs. */
    static SyncConnections fixed(List<SyncSettings> settings) {
        List<SyncSettings> all = List.copyOf(settings);
        return new SyncConnections() {
            @Override
            public List<SyncSettings> enabled() {
                return all;
            }

            @Override
            public Optional<SyncSettings> get(long id) {
                return all.stream().filter(one -> one.connectionId() == id).findFirst();
            }
        };
    }
}
