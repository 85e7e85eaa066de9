package org.saleskpi.server.page;

import org.saleskpi.web.page.Page;

/**
 * {@code /admin/connections}: the Jira sites the server syncs from, for global administrators. The server's own
 * page (like the dashboards, ADR 0019): Jira never shows it, so its template, script and texts live in this module.
 */
public final class ConnectionsPage {
    public static final Page PAGE = new Page("admin-connections", "saleskpi.page.adminConnections.title", false, true,
            "admin-connections", false);

    private ConnectionsPage() {
    }
}
