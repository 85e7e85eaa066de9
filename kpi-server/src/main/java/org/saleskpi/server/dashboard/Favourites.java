package org.saleskpi.server.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.StoreException;

/** The dashboards each user starred, in the order they starred them. */
public final class Favourites {
    private final AoSession session;

    public Favourites(AoSession session) {
        this.session = session;
    }

    public void add(String userKey, long dashboardId) {
        if (isFavourite(userKey, dashboardId)) {
            return;
        }
        try {
            session.create(DashboardFavouriteEntity.class, Map.of("USER_KEY", userKey, "DASHBOARD_ID", dashboardId,
                    "FAVOURITE_KEY", key(userKey, dashboardId)));
        } catch (StoreException e) {
            // Starred at the same moment by another tab or node (unique key): starred is what was asked.
            if (!isFavourite(userKey, dashboardId)) {
                throw e;
            }
        }
    }

    public void remove(String userKey, long dashboardId) {
        session.deleteWithSQL(DashboardFavouriteEntity.class, "FAVOURITE_KEY = ?", key(userKey, dashboardId));
    }

    public boolean isFavourite(String userKey, long dashboardId) {
        return session.count(DashboardFavouriteEntity.class,
                Query.select().where("FAVOURITE_KEY = ?", key(userKey, dashboardId))) > 0;
    }

    /** The user's starred dashboard ids, oldest star first (some may since be deleted or unshared). */
    public List<Long> of(String userKey) {
        return Arrays.stream(session.find(DashboardFavouriteEntity.class,
                Query.select().where("USER_KEY = ?", userKey).order("ID ASC")))
                .map(row -> row.getDashboardId()).toList();
    }

    public void removeAll(long dashboardId) {
        session.deleteWithSQL(DashboardFavouriteEntity.class, "DASHBOARD_ID = ?", dashboardId);
    }

    /** User keys have no {@code /}, so the pair is unambiguous. */
    private static String key(String userKey, long dashboardId) {
        return userKey + "/" + dashboardId;
    }
}
