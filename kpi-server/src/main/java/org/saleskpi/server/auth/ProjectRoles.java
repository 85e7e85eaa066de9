package org.saleskpi.server.auth;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.saleskpi.server.auth.entity.ProjectRoleEntity;
import org.saleskpi.server.cluster.RecentReads;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.StoreException;

/** Who has which role in which project: at most one role per user and project. */
public final class ProjectRoles {
    private final AoSession session;

    /** One user's role in one project. */
    public record Grant(String projectKey, String userKey, Role role) {
    }

    /** By grant key: the role a user has in a project (ADR 0043); a missing role is always read. */
    private final RecentReads<String, Role> recent;

    public ProjectRoles(AoSession session) {
        this(session, RecentReads.DEFAULT_FRESHNESS);
    }

    /** @param freshness how long a role read from the database is taken as read (zero: always read) */
    public ProjectRoles(AoSession session, Duration freshness) {
        this.session = session;
        this.recent = new RecentReads<>(freshness);
    }

    /** Gives {@code userKey} the role in the project, replacing the one they had. */
    public Grant grant(String projectKey, String userKey, Role role) {
        String grantKey = grantKey(projectKey, userKey);
        try {
            return put(projectKey, userKey, grantKey, role);
        } catch (StoreException e) {
            // Another node granted first (unique GRANT_KEY): now there is a row, and this later grant wins.
            if (rows("GRANT_KEY = ?", grantKey).length == 0) {
                throw e;
            }
            return put(projectKey, userKey, grantKey, role);
        } finally {
            recent.forgetAll();
        }
    }

    private Grant put(String projectKey, String userKey, String grantKey, Role role) {
        return session.inTransaction(() -> {
            ProjectRoleEntity[] rows = rows("GRANT_KEY = ?", grantKey);
            if (rows.length > 0) {
                rows[0].setRole(role.name());
                rows[0].save();
            } else {
                session.create(ProjectRoleEntity.class, Map.of("PROJECT_KEY", projectKey, "USER_KEY", userKey,
                        "GRANT_KEY", grantKey, "ROLE", role.name()));
            }
            return new Grant(projectKey, userKey, role);
        });
    }

    /** @return false when the user had no role in the project */
    public boolean revoke(String projectKey, String userKey) {
        try {
            return session.inTransaction(() ->
                    session.deleteWithSQL(ProjectRoleEntity.class, "GRANT_KEY = ?", grantKey(projectKey, userKey)) > 0);
        } finally {
            recent.forgetAll();
        }
    }

    public Optional<Role> roleOf(String userKey, String projectKey) {
        return recent.get(grantKey(projectKey, userKey), grantKey -> {
            ProjectRoleEntity[] rows = rows("GRANT_KEY = ?", grantKey);
            return rows.length == 0 ? Optional.empty() : Role.parse(rows[0].getRole());
        });
    }

    /** How many role lookups read the database (tests count them). */
    long databaseReads() {
        return recent.databaseReads();
    }

    public List<Grant> ofProject(String projectKey) {
        return Arrays.stream(session.find(ProjectRoleEntity.class,
                        Query.select().where("PROJECT_KEY = ?", projectKey).order("USER_KEY ASC")))
                .map(ProjectRoles::grant).toList();
    }

    /** The keys of every project someone has a role in, each once, in order. */
    public List<String> projectKeys() {
        return Arrays.stream(session.find(ProjectRoleEntity.class, Query.select()))
                .map(ProjectRoleEntity::getProjectKey).distinct().sorted().toList();
    }

    public List<Grant> ofUser(String userKey) {
        return Arrays.stream(session.find(ProjectRoleEntity.class,
                        Query.select().where("USER_KEY = ?", userKey).order("PROJECT_KEY ASC")))
                .map(ProjectRoles::grant).toList();
    }

    private ProjectRoleEntity[] rows(String where, Object... parameters) {
        return session.find(ProjectRoleEntity.class, Query.select().where(where, parameters));
    }

    /** Project keys and usernames have no {@code /}, so the pair is unambiguous. */
    private static String grantKey(String projectKey, String userKey) {
        return projectKey + "/" + userKey;
    }

    private static Grant grant(ProjectRoleEntity row) {
        return new Grant(row.getProjectKey(), row.getUserKey(), Role.parse(row.getRole()).orElseThrow());
    }
}
