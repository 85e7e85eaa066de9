package org.saleskpi.server.connect.access;

import java.util.Map;
import java.util.Set;

/** Port: the connections whose issues each user sees through their own token, and which local issues are theirs. */
public interface PerUserConnections {

    /** The ids of the connections in per-user mode. */
    Set<Long> perUser();

    /** The local key of each issue the connection copied, by its Jira issue id. */
    Map<String, String> keysByJiraId(long connectionId);
}
