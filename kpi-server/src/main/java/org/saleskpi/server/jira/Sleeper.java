package org.saleskpi.server.jira;

import java.time.Duration;

/** Waits between attempts; tests inject one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    /** Sleeps the calling thread for real. */
    static Sleeper real() {
        return d -> Thread.sleep(Math.max(0, d.toMillis()));
    }
}
