package org.saleskpi.server.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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
    public interface KnownProjects {
        /** The keys, in capitals and in order, of every project the sharer may share with: the share dialog's list. */
        List<String> of(UserRef sharer);

        /** @param projectKey in capitals */
        default boolean knows(UserRef sharer, String projectKey) {
            return of(sharer).contains(projectKey);
        }
    }

    /**
     * Over the server's tables: a project is known when it has issues, members or a KPI profile (a project set up
     * before its first issue is shared with as well) and the sharer may browse it.
     */
    public static DashboardSharing over(AoSession session, AccessPolicy access, ProjectRoles roles,
            KpiProfileRepository profiles, GoalRepository goals, IssueCatalog catalog) {
        KnownProjects known = sharer -> {
            Set<String> keys = new TreeSet<>();
            catalog.projects(sharer).forEach(key -> keys.add(key.toUpperCase(Locale.ROOT)));
            roles.projectKeys().forEach(key -> keys.add(key.toUpperCase(Locale.ROOT)));
            profiles.all().forEach(profile -> keys.add(profile.projectKey().toUpperCase(Locale.ROOT)));
            return keys.stream().filter(key -> access.isSystemAdmin(sharer) || access.canBrowse(sharer, key)).toList();
        };
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
