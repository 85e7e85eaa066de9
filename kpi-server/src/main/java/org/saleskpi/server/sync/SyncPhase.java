package org.saleskpi.server.sync;

/** Where a connection's sync is: copying everything, copying what changed, counting what is gone, or waiting. */
public enum SyncPhase {
    FULL,
    INCREMENTAL,
    CENSUS,
    IDLE
}
