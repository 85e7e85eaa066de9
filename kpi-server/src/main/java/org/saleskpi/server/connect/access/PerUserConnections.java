package org.saleskpi.server.connect.access;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Port: the connections whose issues each user sees through their own token, and which local issues are theirs. */
public interface PerUserConnections {

    /** The ids of the connections in per-user mode. */
    Set<Long> perUser();

    /** The local key of each issue the connection copied, by its Jira issue id. */
    Map<String, String> keysByJiraId(long connectionId);

    /** The Jira projects the connection's copied issues are in: the prefixes of their keys, as Jira keys issues. */
    default Set<String> projectsOf(long connectionId) {
        Set<String> projects = new TreeSet<>();
        keysByJiraId(connectionId).values().forEach(key -> projects.add(key.substring(0, Math.max(0,
                key.lastIndexOf('-')))));
        projects.remove("");
        return projects;
    }
}
