package com.atlassian.util.profiling;

/**
 * No-op stand-in for Jira's metrics API, which Active Objects' EntityManager calls to time its
 * queries. Jira provides the real one; outside Jira nothing needs the timings.
 */
public final class Metrics {

    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    /** Collects the tags of a metric that is never recorded. */
    public static final class Builder {
        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Ticker startTimer() {
            return () -> { };
        }
    }
}
