/*
 * Compile-only stub of com.atlassian.scheduler.config.JobId (final class, a wrapper of a String) for Jira 11.3 and 10.3;
 * never packaged. Only static JobId of(String), with value equality and toString() (bodies ours, so tests can run).
 * VERIFIED: package, kind ("A wrapper to distinguish ...") on atlassian-scheduler-api 1.6.0, https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html;
 * JobId.of(String) in public Jira apps (code index, "RunMode.RUN_LOCALLY").
 * UNVERIFIED: a Jira 10/11 javadoc page (none found).
 */
package com.atlassian.scheduler.config;

public final class JobId {
    private final String id;

    private JobId(String id) {
        this.id = id;
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && that.id.equals(id);
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
