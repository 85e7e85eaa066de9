package org.saleskpi.server.auth.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A signed-in browser ({@code AO_xxxxxx_SESSION}), kept in the database so that every server node
 * on one PostgreSQL knows it. Only the SHA-256 of the session id travels to the database.
 */
@Table("Session")
public interface SessionEntity extends Entity {

    /** Hex SHA-256 of the id in the cookie. */
    @NotNull
    @Unique
    String getIdHash();

    void setIdHash(String idHash);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    @Indexed
    long getExpiresAt();

    void setExpiresAt(long expiresAt);
}
