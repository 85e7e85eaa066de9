package org.saleskpi.jira.cache;

/**
 * What an admin may set on the app's admin page, the same on every node.
 *
 * @param enabled false is the kill switch: gadgets search Jira as before, and no cache is kept
 * @param maxIssues the most issues a node caches; above it the cache stops and admins are warned
 * @param pollSeconds how often each node asks Jira for issues updated since its watermark
 * @param maxConcurrent computations that may run at once on a node
 * @param requestsPerMinute gadget data requests one user may make per minute on a node
 */
public record CacheSettings(boolean enabled, long maxIssues, int pollSeconds, int maxConcurrent,
        int requestsPerMinute) {

    public static final long DEFAULT_MAX_ISSUES = 2_000_000L;
    public static final int DEFAULT_POLL_SECONDS = 60;
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 120;

    /** Cache on, 2 million issues, a 60 s poll, half the node's cores (at least one), 120 requests a minute. */
    public static CacheSettings defaults() {
        return new CacheSettings(true, DEFAULT_MAX_ISSUES, DEFAULT_POLL_SECONDS,
                Math.max(1, Runtime.getRuntime().availableProcessors() / 2), DEFAULT_REQUESTS_PER_MINUTE);
    }

    public CacheSettings withEnabled(boolean on) {
        return new CacheSettings(on, maxIssues, pollSeconds, maxConcurrent, requestsPerMinute);
    }

    public CacheSettings withMaxIssues(long max) {
        return new CacheSettings(enabled, max, pollSeconds, maxConcurrent, requestsPerMinute);
    }

    public CacheSettings withPollSeconds(int seconds) {
        return new CacheSettings(enabled, maxIssues, seconds, maxConcurrent, requestsPerMinute);
    }
}
