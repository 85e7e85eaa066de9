package org.saleskpi.store.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@code SelectionEntity} frozen as model version 3 created it ({@code AO_xxxxxx_KEY_SELECTION}): the upgrade task
 * migrates this copy, which later versions never change.
 */
@Table("KeySelection")
public interface SelectionV3 extends Entity {

    /** 22 URL-safe characters of 128 random bits. */
    @NotNull
    @Unique
    @StringLength(32)
    String getToken();

    void setToken(String token);

    @NotNull
    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** SHA-256 of owner and keys in hex, so the same list is found instead of saved twice. */
    @NotNull
    @Indexed
    @StringLength(64)
    String getDigest();

    void setDigest(String digest);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    @Indexed
    long getExpiresAt();

    void setExpiresAt(long expiresAt);

    /** The keys, sorted, one a line: up to 100 000 (about 1.1 MB), so a CLOB. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getKeyList();

    void setKeyList(String keyList);
}
