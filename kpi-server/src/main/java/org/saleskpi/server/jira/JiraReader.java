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
     * One page of issues of {@code jql} (which holds no ORDER BY: the reader adds the order it pages on, Cloud
     * {@code created ASC, id ASC}, Data Center {@code id ASC} in {@code id > last} ranges), with the fields named by
     * id and each issue's complete changelog, oldest first. Within one pass (first page to {@link IssuePage#last()})
     * no issue comes twice, and every issue there when the pass began comes once unless it is deleted meanwhile
     * (on Cloud as far as Jira's page tokens keep their place: UNVERIFIED); one that appears behind the cursor during
     * the pass is for the next pass (incremental: {@code updated >= ...}).
     *
     * @param cursor null for the first page, else the {@link IssuePage#nextCursor} of the page before (text the
     *               caller may store and hand back after a restart)
     * @throws JiraAuthException when Jira refuses the credentials (401/403)
     * @throws JiraException when Jira fails for good (retries spent, a 4xx, an answer of the wrong shape)
     */
    IssuePage page(String jql, List<String> fieldIds, String cursor, int pageSize);

    /**
     * The ids of every issue {@code jql} matches for these credentials, read without fields (the census). A JQL that
     * names a project the credentials cannot see is refused by Jira (400, "The value 'X' does not exist for the field
     * 'project'"), raised as {@link JiraException}.
     */
    Set<String> ids(String jql);

    /**
     * The projects whose issues may carry an issue security level the credentials can see (or whose scheme an
     * admin token can read), for the project-mapping warning. Endpoints and their limits: see SiteReader.
     */
    List<JiraProject> projectsWithIssueSecurity();

    /** Requests, retries and rate-limit waits so far. */
    JiraTraffic traffic();

    /** A reader of the site's kind; it holds no connection open between calls. */
    static JiraReader open(JiraSite site, JiraHttpSettings settings) {
        return site.kind() == JiraKind.CLOUD ? new CloudReader(site, settings) : new DataCenterReader(site, settings);
    }
}
