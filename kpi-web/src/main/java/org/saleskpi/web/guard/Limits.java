package org.saleskpi.web.guard;

/**
 * How much computing a node allows: computations at once, and computation requests one user may make per minute.
 *
 * @param maxConcurrent computations that may run at once on the node, at least 1
 * @param requestsPerMinute requests one user may make per minute on the node, at least 1
 */
public record Limits(int maxConcurrent, int requestsPerMinute) {

    public Limits {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1: " + maxConcurrent);
        }
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be at least 1: " + requestsPerMinute);
        }
    }

    /** Half the node's cores (at least one) at once, and 120 requests a minute per user. */
    public static Limits defaults() {
        return new Limits(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), 120);
    }
}
