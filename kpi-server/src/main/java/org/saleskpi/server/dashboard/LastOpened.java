package org.saleskpi.server.dashboard;

import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.StoreException;

/** The dashboard each user opened last: written only when it changes, so opening the same one again writes nothing. */
public final class LastOpened {
    private final AoSession session;

    public LastOpened(AoSession session) {
        this.session = session;
    }

    public void opened(String userKey, long dashboardId) {
        DashboardOpenedEntity[] rows = rows(userKey);
        if (rows.length > 0) {
            if (rows[0].getDashboardId() != dashboardId) {
                rows[0].setDashboardId(dashboardId);
                rows[0].save();
            }
            return;
        }
        try {
            session.create(DashboardOpenedEntity.class, Map.of("USER_KEY", userKey, "DASHBOARD_ID", dashboardId));
        } catch (StoreException e) {
            // The user opened another dashboard on another node at the same moment (unique user key): either is last.
            if (rows(userKey).length == 0) {
                throw e;
            }
        }
    }

    public Optional<Long> of(String userKey) {
        DashboardOpenedEntity[] rows = rows(userKey);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getDashboardId());
    }

    private DashboardOpenedEntity[] rows(String userKey) {
        return session.find(DashboardOpenedEntity.class, Query.select().where("USER_KEY = ?", userKey));
    }
}
