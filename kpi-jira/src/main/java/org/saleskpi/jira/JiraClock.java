package org.saleskpi.jira;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock the REST resources read inside Jira: the system clock in the JVM's zone, which is Jira's. A class of
 * its own so that the plugin's Spring context can build it from the scanner index like every other bean.
 */
public final class JiraClock extends Clock {
    private final Clock system = Clock.systemDefaultZone();

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return system.withZone(zone);
    }

    @Override
    public Instant instant() {
        return system.instant();
    }

    @Override
    public long millis() {
        return system.millis();
    }
}
