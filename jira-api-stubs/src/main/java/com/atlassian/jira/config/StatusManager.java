/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.config.StatusManager (interface); never packaged.
 * getStatuses(): public plugin code assigns it to Collection<Status> (checked with the code search). That the
 * erasure is java.util.Collection in Jira 11 is UNVERIFIED (no javadoc page was reachable).
 */
package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import java.util.Collection;

public interface StatusManager {
    Collection<Status> getStatuses();
}
