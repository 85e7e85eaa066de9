/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.web.bean.PagerFilter<T> (class, @PublicApi); never packaged.
 * Source: https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html [V], no change seen
 * through Jira 11 (JIRA-PLATFORM.md 1.3). Bodies only so that tests can read back the page asked for.
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
