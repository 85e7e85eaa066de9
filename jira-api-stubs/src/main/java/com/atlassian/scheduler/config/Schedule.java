/*
 * Compile-only stub of com.atlassian.scheduler.config.Schedule (final, immutable class) for Jira 11.3 and 10.3; never
 * packaged. Members: static Schedule forInterval(long intervalInMillis, java.util.Date firstRunTime),
 * static Schedule runOnce(java.util.Date), and IntervalScheduleInfo getIntervalScheduleInfo() (tests only).
 * VERIFIED: forInterval(long, Date) and getIntervalScheduleInfo() on atlassian-scheduler-api 1.6.0,
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html; Schedule.runOnce(Date) in a public Jira app with RUN_LOCALLY (code index,
 * "RunMode.RUN_LOCALLY"), and getIntervalScheduleInfo().getIntervalInMillis() in Atlassian's own decompiled code there.
 * UNVERIFIED: runOnce on a javadoc page; that runOnce is an interval schedule of 0 ms (our body; tests only read it).
 */
package com.atlassian.scheduler.config;

import java.util.Date;

public final class Schedule {
    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public static Schedule runOnce(Date runTime) {
        return new Schedule(new IntervalScheduleInfo(runTime, 0L));
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }
}
