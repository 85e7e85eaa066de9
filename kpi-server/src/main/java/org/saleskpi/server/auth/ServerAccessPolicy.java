package org.saleskpi.server.auth;

import java.util.Optional;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;

/**
 * Who the current request's user is (set by {@link AuthFilter} for the request's thread) and what
 * their project roles and global administrator flag allow.
 */
public final class ServerAccessPolicy implements AccessPolicy {
    private final ThreadLocal<UserRef> current = new ThreadLocal<>();
    private final Users users;
    private final ProjectRoles roles;

    public ServerAccessPolicy(Users users, ProjectRoles roles) {
        this.users = users;
        this.roles = roles;
    }

    /** Sets the user of this thread's request (empty: anonymous); {@link AuthFilter} always {@link #leave}s after. */
    void enter(Optional<UserRef> user) {
        user.ifPresentOrElse(current::set, current::remove);
    }

    /** Forgets the request's user, so a pooled thread never serves the next request as them. */
    void leave() {
        current.remove();
    }

    @Override
    public Optional<UserRef> currentUser() {
        return Optional.ofNullable(current.get());
    }

    /** Any role in the project, or a global administrator. */
    @Override
    public boolean canBrowse(UserRef user, String projectKey) {
        return has(user, projectKey, Role.VIEWER);
    }

    /** EDITOR or ADMIN, or a global administrator: may edit goals, targets and issues. */
    @Override
    public boolean canEditGoals(UserRef user, String projectKey) {
        return has(user, projectKey, Role.EDITOR);
    }

    /** ADMIN, or a global administrator: may edit KPI profiles and grant roles. */
    @Override
    public boolean canAdminister(UserRef user, String projectKey) {
        return has(user, projectKey, Role.ADMIN);
    }

    @Override
    public boolean isSystemAdmin(UserRef user) {
        return users.isGlobalAdmin(user.key());
    }

    private boolean has(UserRef user, String projectKey, Role needed) {
        return roles.roleOf(user.key(), projectKey).map(role -> role.includes(needed)).orElse(false)
                || isSystemAdmin(user);
    }
}
