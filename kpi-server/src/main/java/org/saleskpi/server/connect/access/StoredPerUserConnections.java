package org.saleskpi.server.connect.access;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.saleskpi.server.connect.ConnectionStore;
import org.saleskpi.server.connect.JiraConnection;
import org.saleskpi.server.connect.PermissionMode;
import org.saleskpi.server.issues.IssueStore;

/**
 * {@link PerUserConnections} over the stored connections (read at each request, so a changed mode counts at once)
 * and the issue store's Jira id mapping. A disabled connection in per-user mode still limits its copied issues.
 */
public final class StoredPerUserConnections implements PerUserConnections {
    private final ConnectionStore connections;
    private final IssueStore issues;

    public StoredPerUserConnections(ConnectionStore connections, IssueStore issues) {
        this.connections = connections;
        this.issues = issues;
    }

    @Override
    public Set<Long> perUser() {
        return connections.list().stream()
                .filter(connection -> connection.sync().permissionMode() == PermissionMode.PER_USER)
                .map(JiraConnection::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<String, String> keysByJiraId(long connectionId) {
        return issues.jiraIds(connectionId);
    }
}
