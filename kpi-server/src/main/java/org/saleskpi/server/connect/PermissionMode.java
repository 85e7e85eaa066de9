package org.saleskpi.server.connect;

/**
 * Who sees a connection's synced issues (docs/connections.md, "Permissions"). Stored with the connection; new
 * connections use {@link #PROJECT_MAPPING}.
 */
public enum PermissionMode {
    /**
     * Each local user links their own Jira token, and sees only the connection's issues Jira returns for it
     * (an id-only search, cached briefly): Jira's own browse permissions and issue security levels apply.
     */
    PER_USER,
    /**
     * The connection's issues are visible per project to the local roles an administrator grants. Jira's issue
     * security levels are not applied: the connection page lists the projects that use them.
     */
    PROJECT_MAPPING
}
