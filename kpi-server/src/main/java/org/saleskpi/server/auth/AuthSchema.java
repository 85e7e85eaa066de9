package org.saleskpi.server.auth;

import java.util.List;
import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;
import org.saleskpi.server.auth.entity.AccessTokenEntity;
import org.saleskpi.server.auth.entity.ProjectRoleEntity;
import org.saleskpi.server.auth.entity.SessionEntity;
import org.saleskpi.server.auth.entity.UserEntity;

/** The standalone server's own tables (users, roles, tokens, sessions), migrated beside the store's. */
public final class AuthSchema {

    /** Jira has its own users: these entities exist only in the standalone server. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            UserEntity.class,
            ProjectRoleEntity.class,
            AccessTokenEntity.class,
            SessionEntity.class);

    private AuthSchema() {
    }

    /** Creates or alters the auth tables to match the entities; the host runs it after the store's upgrade. */
    @SuppressWarnings("unchecked")
    public static void migrate(AoSession session) {
        session.migrate(ENTITIES.toArray(new Class[0]));
    }
}
