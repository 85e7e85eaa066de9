package org.saleskpi.jira.cache;

import java.time.Instant;
import java.util.Optional;

/**
 * The node's issue cache as admins see it on the app's admin page.
 *
 * @param node the cache's own name for its node; the admin page names nodes by Jira's id instead
 *     ({@link CacheStatusReport#node()}, ADR 0031)
 * @param phase off (kill switch), warming (first fill), ready, or too-big (over the admins' maximum)
 * @param percent of the first fill read, 100 once ready
 * @param issues rows held
 * @param changes history changes held
 * @param bytes heap estimate of the rows and changes
 * @param lastSync when the cache last caught up with Jira (poll or build), if ever
 * @param fallbacks queries answered by Jira's search because the JQL is outside the subset, since start
 * @param lastError the last failure of a build, poll or census, if any
 */
public record CacheStatus(String node, Phase phase, int percent, long issues, long changes, long bytes,
        Optional<Instant> lastSync, long fallbacks, Optional<String> lastError) {

    public enum Phase {
        OFF, WARMING, READY, TOO_BIG;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
