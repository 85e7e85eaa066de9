/*
 * Compile-only stub of Jira 11.3 com.atlassian.query.Query (interface); never packaged. kpi-jira only passes
 * it from parseQuery to search, so no member is stubbed. Source: JIRA-PLATFORM.md 1.4 [V]
 * (https://confluence.atlassian.com/display/JIRA/__Searching+in+JIRA).
 */
package com.atlassian.query;

public interface Query {
}
