package org.saleskpi.server.jira;

import java.util.List;
import java.util.Set;

/** Reads a Jira site (Cloud or Data Center) over its REST API. Thread-safe. */
public interface JiraReader {

    ServerInfo serverInfo();

    /** The user the credentials belong to, with the time zone JQL dates are read in. */
    JiraUser myself();

    List<JiraField> fields();

    List<JiraProject> projects();

    /**
     * One page of issues of {@code jql} (which holds no ORDER BY: the reader adds the order it pages on),
     * with the fields named by id and each issue's complete changelog.
     *
     * @param cursor null for the first page, else the {@link IssuePage#nextCursor} of the page before
     */
    IssuePage page(String jql, List<String> fieldIds, String cursor, int pageSize);

    /** The ids of every issue {@code jql} matches, read without fields (the census). */
    Set<String> ids(String jql);

    /** The projects whose issue security scheme is set, for the project-mapping warning. */
    List<JiraProject> projectsWithIssueSecurity();

    /** Requests, retries and rate-limit waits so far. */
    JiraTraffic traffic();

    /** A reader of the site's kind; it holds no connection open between calls. */
    static JiraReader open(JiraSite site, JiraHttpSettings settings) {
        return site.kind() == JiraKind.CLOUD ? new CloudReader(site, settings) : new DataCenterReader(site, settings);
    }
}
