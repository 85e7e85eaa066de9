package org.saleskpi.server.auth.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A personal access token ({@code AO_xxxxxx_ACCESS_TOKEN}). Only the SHA-256 of the token is kept:
 * the token itself is shown once, when it is created. Times are epoch milliseconds.
 */
@Table("AccessToken")
public interface AccessTokenEntity extends Entity {

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getName();

    void setName(String name);

    /** Hex SHA-256 of the token. */
    @NotNull
    @Unique
    String getTokenHash();

    void setTokenHash(String tokenHash);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    /** 0 when never used. */
    @NotNull
    long getLastUsedAt();

    void setLastUsedAt(long lastUsedAt);

    @NotNull
    boolean isRevoked();

    void setRevoked(boolean revoked);
}
