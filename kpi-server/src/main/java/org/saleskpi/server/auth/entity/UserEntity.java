package org.saleskpi.server.auth.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person of the standalone server ({@code AO_xxxxxx_USER}): someone who signs in, or a rep
 * known only by name (imported from CSV), who has no password hash. Times are epoch milliseconds.
 */
@Table("User")
public interface UserEntity extends Entity {

    /** The lower-cased username: the stable key the rest of the app stores. */
    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    /** The username as it was typed when the user was created. */
    @NotNull
    String getUsername();

    void setUsername(String username);

    @NotNull
    String getDisplayName();

    void setDisplayName(String displayName);

    /** The display name lower-cased, for case-insensitive lookups and searches in SQL. */
    @NotNull
    @Indexed
    String getLowerDisplayName();

    void setLowerDisplayName(String lowerDisplayName);

    /** Null for a person without a login. */
    String getPasswordHash();

    void setPasswordHash(String passwordHash);

    @NotNull
    boolean isGlobalAdmin();

    void setGlobalAdmin(boolean globalAdmin);

    /** Failed logins since the last successful one. */
    @NotNull
    int getFailedLogins();

    void setFailedLogins(int failedLogins);

    /** 0 when there was no failed login since the last successful one. */
    @NotNull
    long getLastFailedAt();

    void setLastFailedAt(long lastFailedAt);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
