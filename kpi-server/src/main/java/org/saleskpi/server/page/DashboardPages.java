package org.saleskpi.server.page;

import java.util.List;
import org.saleskpi.web.page.Page;

/**
 * The standalone dashboards' two pages, the server's own (ADR 0019): Jira shows our gadgets on its own
 * dashboards, so their templates and scripts live in this module, not in kpi-web, and no Jira jar holds them.
 */
public final class DashboardPages {
    /** {@code /} and {@code /dashboards}: the user's dashboards. */
    public static final Page DASHBOARDS = new Page("dashboards", "saleskpi.page.dashboards.title", false, false,
            "dashboards", true);
    /** {@code /dashboards/{id}}: one dashboard and its gadgets. */
    public static final Page DASHBOARD = new Page("dashboard", "saleskpi.page.dashboard.title", false, false,
            "dashboards", true);

    public static final List<Page> ALL = List.of(DASHBOARDS, DASHBOARD);

    private DashboardPages() {
    }
}
