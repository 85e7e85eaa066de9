/*
 * Compile-only stub of com.atlassian.scheduler.config.RunMode (enum) for Jira 11.3 and 10.3; never packaged.
 * Constants RUN_ONCE_PER_CLUSTER ("will only run on one node of the cluster each time that it triggers") and
 * RUN_LOCALLY ("will apply only to this particular node of the cluster").
 * VERIFIED: both on atlassian-scheduler-api 1.6.0, https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html; RUN_LOCALLY in public Jira apps
 * (code index, "RunMode.RUN_LOCALLY").
 * UNVERIFIED: a Jira 10/11 javadoc page (none found).
 */
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER, RUN_LOCALLY
}
