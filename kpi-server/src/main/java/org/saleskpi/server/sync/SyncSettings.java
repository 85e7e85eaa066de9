package org.saleskpi.server.sync;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.saleskpi.server.jira.JiraSite;

/**
 * What one connection's sync copies and how often: the site, the JQL scope (without ORDER BY), the fields by name,
 * the interval between runs, the look-back of an incremental pass, and whether issue security levels are kept.
 */
public record SyncSettings(long connectionId, JiraSite site, String jql, List<String> fieldNames, Duration interval,
        Duration lookBack, boolean storeSecurityLevels) {
    /** The default interval between runs. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    /** The default look-back: an incremental pass reads again what changed this long before the watermark. */
    public static final Duration DEFAULT_LOOK_BACK = Duration.ofMinutes(5);

    public SyncSettings {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(jql, "jql");
        fieldNames = List.copyOf(fieldNames);
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(lookBack, "lookBack");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        if (lookBack.isNegative()) {
            throw new IllegalArgumentException("lookBack must not be negative");
        }
    }

    @Override
    public String toString() {
        // The site's credentials hide their secret already; the JQL and fields are not secret.
        return "SyncSettings[connection " + connectionId + ", " + site.kind() + " " + site.baseUrl() + "]";
    }
}
