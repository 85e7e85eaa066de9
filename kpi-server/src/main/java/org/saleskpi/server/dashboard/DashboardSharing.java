package org.saleskpi.server.dashboard;

import java.util.Locale;
import java.util.Optional;
import org.saleskpi.core.dashboard.Dashboard;
import org.saleskpi.core.dashboard.DashboardRepository;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.auth.ProjectRoles;
import org.saleskpi.store.AoSession;

/**
 * Everything about dashboards that depends on who looks: who reaches which (shares), the stars, the last one opened
 * and the start page it gives, and which gadgets count issues the viewer may not see.
 */
public record DashboardSharing(DashboardAccess reach, Favourites favourites, LastOpened lastOpened, GadgetSight sight,
        KnownProjects projects) {

    /** Which projects a dashboard may be shared with the roles of. */
    @FunctionalInterface
    public interface KnownProjects {
        /** @param projectKey in capitals */
        boolean knows(UserRef sharer, String projectKey);
    }

    /** Over the server's tables: a project is known when it has issues or members and the sharer may browse it. */
    public static DashboardSharing over(AoSession session, AccessPolicy access, ProjectRoles roles,
            KpiProfileRepository profiles, GoalRepository goals, IssueCatalog catalog) {
        KnownProjects known = (sharer, projectKey) -> (access.isSystemAdmin(sharer) || access.canBrowse(sharer, projectKey))
                && (catalog.projects(sharer).stream().anyMatch(key -> key.toUpperCase(Locale.ROOT).equals(projectKey))
                        || !roles.ofProject(projectKey).isEmpty());
        return new DashboardSharing(new DashboardAccess(access, roles, new StoredShares(session)),
                new Favourites(session), new LastOpened(session), new GadgetSight(access, profiles, goals), known);
    }

    /**
     * The user's start page: the dashboard they opened last, else their first starred one, as long as they may still
     * see it; empty when neither is left (the server's own default applies).
     */
    public Optional<Long> startPage(UserRef user, DashboardRepository dashboards) {
        return lastOpened.of(user.key()).filter(id -> sees(user, id, dashboards))
                .or(() -> favourites.of(user.key()).stream().filter(id -> sees(user, id, dashboards)).findFirst());
    }

    /** Forgets everything said about a deleted dashboard. */
    public void forget(long dashboardId) {
        reach.shares().removeAll(dashboardId);
        favourites.removeAll(dashboardId);
    }

    private boolean sees(UserRef user, long id, DashboardRepository dashboards) {
        Optional<Dashboard> dashboard = dashboards.get(id);
        return dashboard.isPresent() && reach.of(dashboard.get(), user).includes(Reach.VIEW);
    }
}
