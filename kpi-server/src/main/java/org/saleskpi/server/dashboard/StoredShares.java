package org.saleskpi.server.dashboard;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.saleskpi.server.auth.Role;
import org.saleskpi.store.AoSession;

/**
 * The shares of standalone dashboards in the database, read on every request: a share made on one node is honoured
 * by the next request on any other, with nothing kept in memory to fall out of step.
 */
public final class StoredShares {
    private final AoSession session;

    public StoredShares(AoSession session) {
        this.session = session;
    }

    /** The dashboard's shares, people after projects' roles, each in the order saved. */
    public List<Share> of(long dashboardId) {
        return Arrays.stream(session.find(DashboardShareEntity.class,
                Query.select().where("DASHBOARD_ID = ?", dashboardId).order("ID ASC"))).map(StoredShares::share)
                .sorted((a, b) -> Boolean.compare(a.userKey().isPresent(), b.userKey().isPresent())).toList();
    }

    /** Replaces every share of the dashboard at once: an empty list makes it private again. */
    public void replace(long dashboardId, List<Share> shares) {
        session.inTransaction(() -> {
            session.deleteWithSQL(DashboardShareEntity.class, "DASHBOARD_ID = ?", dashboardId);
            for (Share share : shares) {
                Map<String, Object> values = new HashMap<>();
                values.put("DASHBOARD_ID", dashboardId);
                values.put("PROJECT_KEY", share.projectKey().orElse(null));
                values.put("PROJECT_ROLE", share.role().map(Role::name).orElse(null));
                values.put("USER_KEY", share.userKey().orElse(null));
                values.put("RIGHTS", share.rights().name());
                session.create(DashboardShareEntity.class, values);
            }
            return null;
        });
    }

    /** The shares naming this person. */
    public Map<Long, Share> withPerson(String userKey) {
        return byDashboard(session.find(DashboardShareEntity.class, Query.select().where("USER_KEY = ?", userKey)));
    }

    /** The shares with a role of this project, several per dashboard at most as many as there are roles. */
    public List<Map.Entry<Long, Share>> withRolesOf(String projectKey) {
        return Arrays.stream(session.find(DashboardShareEntity.class,
                Query.select().where("PROJECT_KEY = ?", projectKey)))
                .map(row -> Map.entry((long) row.getDashboardId(), share(row))).toList();
    }

    public void removeAll(long dashboardId) {
        session.deleteWithSQL(DashboardShareEntity.class, "DASHBOARD_ID = ?", dashboardId);
    }

    private static Map<Long, Share> byDashboard(DashboardShareEntity[] rows) {
        Map<Long, Share> shares = new HashMap<>();
        for (DashboardShareEntity row : rows) {
            shares.merge(row.getDashboardId(), share(row),
                    (a, b) -> a.rights() == Share.Rights.EDIT ? a : b);
        }
        return shares;
    }

    private static Share share(DashboardShareEntity row) {
        Share.Rights rights = Share.Rights.valueOf(row.getRights());
        if (row.getUserKey() != null) {
            return Share.withPerson(row.getUserKey(), rights);
        }
        return new Share(Optional.of(row.getProjectKey()), Role.parse(row.getProjectRole()), Optional.empty(), rights);
    }
}
