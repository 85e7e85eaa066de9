package org.saleskpi.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.saleskpi.server.cluster.RecentReads;
import org.saleskpi.store.AoSession;

/**
 * The standalone server's sign-in and permissions, wired: the host migrates {@link AuthSchema#ENTITIES},
 * installs {@link #filter()} on its servlet context, registers {@link #resources()} with Jersey under
 * {@code /rest/saleskpi/1.0}, and hands {@link #access()} and {@link #directory()} to kpi-web.
 */
public final class ServerAuth {
    private final Users users;
    private final ProjectRoles roles;
    private final Sessions sessions;
    private final AccessTokens tokens;
    private final ServerAccessPolicy access;
    private final ServerDirectory directory;
    private final AuthFilter filter;

    public ServerAuth(AoSession session, Clock clock) {
        this(session, clock, VerifiedPasswords.DEFAULT_TTL);
    }

    /** @param verifiedPasswordTtl how long HTTP Basic skips BCrypt for a password just verified (zero: never) */
    public ServerAuth(AoSession session, Clock clock, Duration verifiedPasswordTtl) {
        this(session, clock, verifiedPasswordTtl, RecentReads.DEFAULT_FRESHNESS);
    }

    /**
     * @param freshness how long sessions, tokens, accounts and roles read from the database are taken as read: a
     *     change another node makes shows here within it (ADR 0043); zero reads on every request
     */
    public ServerAuth(AoSession session, Clock clock, Duration verifiedPasswordTtl, Duration freshness) {
        this.users = new Users(session, clock, verifiedPasswordTtl, freshness);
        users.prepareSignIns();
        this.roles = new ProjectRoles(session, freshness);
        this.sessions = new Sessions(session, clock, Sessions.DEFAULT_LIFETIME, freshness);
        this.tokens = new AccessTokens(session, clock, freshness);
        this.access = new ServerAccessPolicy(users, roles);
        this.directory = new ServerDirectory(users);
        this.filter = new AuthFilter(users, sessions, tokens, access);
    }

    public Users users() {
        return users;
    }

    public ProjectRoles roles() {
        return roles;
    }

    public Sessions sessions() {
        return sessions;
    }

    public AccessTokens tokens() {
        return tokens;
    }

    public ServerAccessPolicy access() {
        return access;
    }

    public ServerDirectory directory() {
        return directory;
    }

    public AuthFilter filter() {
        return filter;
    }

    /** The JAX-RS resources: /session, /users, /projects/{key}/roles, /tokens. */
    public List<Object> resources() {
        return List.of(
                new SessionResource(users, sessions, roles, access),
                new UserAdminResource(users, roles, sessions, access, directory),
                new ProjectRoleResource(users, roles, access),
                new TokenResource(tokens, access, users));
    }
}
