/*
 * Compile-only stub of com.atlassian.jira.web.bean.PagerFilter<T> (class, @PublicApi) for Jira 11.3 and 10.3; never
 * packaged. Members: PagerFilter(int start, int max), int getStart(), int getMax() (bodies so tests can read back the
 * page asked for).
 * VERIFIED for Jira 7.2.6: https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html
 * (JIRA-PLATFORM.md 1.3). Jira 12 removes only getUnlimitedFilter(), which kpi-jira does not call:
 * https://confluence.atlassian.com/adminjiraserver/lucene-10-3-1-upgrade-in-jira-12-1721271307.html
 * UNVERIFIED for 10/11 by a javadoc page of those versions (none found).
 */
package com.atlassian.jira.web.bean;

public class PagerFilter<T> {
    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
