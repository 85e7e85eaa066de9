/*
 * Compile-only stub of com.atlassian.scheduler.config.JobRunnerKey (final class, a wrapper of a String) for Jira 11.3 and 10.3;
 * never packaged. Only static JobRunnerKey of(String), with value equality and toString() (bodies ours, so tests can run).
 * VERIFIED: package, kind ("A wrapper to distinguish ...") on atlassian-scheduler-api 1.6.0, https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html;
 * JobRunnerKey.of(String) in public Jira apps (code index, "RunMode.RUN_LOCALLY").
 * UNVERIFIED: a Jira 10/11 javadoc page (none found).
 */
package com.atlassian.scheduler.config;

public final class JobRunnerKey {
    private final String id;

    private JobRunnerKey(String id) {
        this.id = id;
    }

    public static JobRunnerKey of(String id) {
        return new JobRunnerKey(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
