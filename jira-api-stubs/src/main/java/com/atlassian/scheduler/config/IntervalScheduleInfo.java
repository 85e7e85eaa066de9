/*
 * Compile-only stub of com.atlassian.scheduler.config.IntervalScheduleInfo (final class) for Jira 11.3 and 10.3; never
 * packaged; tests only. Members java.util.Date getFirstRunTime() and long getIntervalInMillis().
 * VERIFIED: the class ("The description of an Schedule.forInterval(long, Date) interval schedule") on
 * atlassian-scheduler-api 1.6.0, https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html; getIntervalInMillis() in Atlassian's decompiled code
 * (code index, "RunMode.RUN_LOCALLY"). UNVERIFIED: getFirstRunTime() and the constructor (ours).
 */
package com.atlassian.scheduler.config;

import java.util.Date;

public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    public IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        this.firstRunTime = firstRunTime;
        this.intervalInMillis = intervalInMillis;
    }

    public Date getFirstRunTime() {
        return firstRunTime;
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
