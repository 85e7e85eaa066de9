package org.saleskpi.server.dashboard;

import java.util.HashMap;
import java.util.Map;
import org.saleskpi.core.dashboard.Dashboard;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.auth.ProjectRoles;

/**
 * Who reaches which dashboard: its owner and global administrators fully, the people and project roles it is
 * shared with as the share says (the better of several), everyone else not at all. Roles are read as they are now,
 * so a user whose role is revoked loses the dashboards shared with it at once.
 */
public final class DashboardAccess {
    private final AccessPolicy access;
    private final ProjectRoles roles;
    private final StoredShares shares;

    public DashboardAccess(AccessPolicy access, ProjectRoles roles, StoredShares shares) {
        this.access = access;
        this.roles = roles;
        this.shares = shares;
    }

    public StoredShares shares() {
        return shares;
    }

    public Reach of(Dashboard dashboard, UserRef user) {
        if (dashboard.ownerKey().equals(user.key()) || access.isSystemAdmin(user)) {
            return Reach.OWNER;
        }
        Reach best = Reach.NONE;
        for (Share share : shares.of(dashboard.id())) {
            if (reaches(share, user)) {
                Reach reach = Reach.of(share.rights());
                best = reach.includes(best) ? reach : best;
            }
        }
        return best;
    }

    /** The ids of the dashboards shared with the user, by a share naming them or one of their roles, with the reach. */
    public Map<Long, Reach> sharedWith(UserRef user) {
        Map<Long, Reach> shared = new HashMap<>();
        shares.withPerson(user.key())
                .forEach((id, share) -> shared.merge(id, Reach.of(share.rights()), DashboardAccess::better));
        for (ProjectRoles.Grant grant : roles.ofUser(user.key())) {
            for (Map.Entry<Long, Share> entry : shares.withRolesOf(grant.projectKey())) {
                if (grantReaches(entry.getValue(), grant)) {
                    shared.merge(entry.getKey(), Reach.of(entry.getValue().rights()), DashboardAccess::better);
                }
            }
        }
        return shared;
    }

    private boolean reaches(Share share, UserRef user) {
        if (share.userKey().isPresent()) {
            return share.userKey().get().equals(user.key());
        }
        return roles.roleOf(user.key(), share.projectKey().orElseThrow())
                .map(role -> role.includes(share.role().orElseThrow())).orElse(false);
    }

    private static boolean grantReaches(Share share, ProjectRoles.Grant grant) {
        return share.role().map(grant.role()::includes).orElse(false);
    }

    private static Reach better(Reach a, Reach b) {
        return a.includes(b) ? a : b;
    }
}
