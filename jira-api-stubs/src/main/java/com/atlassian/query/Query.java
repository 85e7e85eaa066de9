/*
 * Compile-only stub of com.atlassian.query.Query (interface) for Jira 11.3 and 10.3; never packaged. No member:
 * kpi-jira only passes it from parseQuery to search.
 * VERIFIED package and kind: https://confluence.atlassian.com/display/JIRA/__Searching+in+JIRA (JIRA-PLATFORM.md 1.4);
 * still the parameter type of SearchService in Jira 8.20 (cures-hub/cures-condec-jira@74be50b MockSearchService.java)
 * and of IssueDocumentSearchService.getHitCount in Jira 10.7/11 (JIRA-PLATFORM.md 7 s3).
 */
package com.atlassian.query;

public interface Query {
}
