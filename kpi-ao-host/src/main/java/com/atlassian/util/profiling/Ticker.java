package com.atlassian.util.profiling;

/** No-op stand-in for Jira's running timer (see {@link Metrics}). */
public interface Ticker extends AutoCloseable {
    @Override
    void close();
}
