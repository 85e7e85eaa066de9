package org.saleskpi.core.metric;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Time bins of instants (epoch seconds): an event is in the bin of its local date in the table's zone
 * (KPI-DEFINITIONS.md, "Event buckets use the local date of the event's instant"), and each slot's
 * period starts and ends at local midnight, so a daylight-saving day is 23 or 25 hours long.
 */
final class EventBins {
    private static final long SECONDS_PER_DAY = 86_400;

    private final TimeBins timeBins;
    private final ZoneRules rules;
    /** Epoch second at which each slot starts, then the second the last one ends. */
    private final long[] bounds;

    EventBins(TimeBins timeBins, ZoneId zone) {
        this.timeBins = timeBins;
        this.rules = zone.getRules();
        int slots = timeBins.slotCount();
        bounds = new long[slots + 1];
        for (int s = 0; s < slots; s++) {
            bounds[s] = timeBins.slot(s).start().atStartOfDay(zone).toEpochSecond();
        }
        bounds[slots] = timeBins.slot(slots - 1).end().atStartOfDay(zone).toEpochSecond();
    }

    /** The bin of the local date of {@code second} (0 before the first slot, -1 after the last). */
    int bin(long second) {
        int offset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds()
                : rules.getOffset(Instant.ofEpochSecond(second)).getTotalSeconds();
        return timeBins.bin((int) Math.floorDiv(second + offset, SECONDS_PER_DAY));
    }

    int slotCount() {
        return bounds.length - 1;
    }

    /** The epoch second slot {@code slot} starts at. */
    long start(int slot) {
        return bounds[slot];
    }

    /** The epoch second slot {@code slot} ends at (exclusive). */
    long end(int slot) {
        return bounds[slot + 1];
    }
}
