package org.saleskpi.store.upgrade.v4;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** {@code CheckInEntity} frozen as model version 4 created it ({@code AO_xxxxxx_CHECK_IN}). */
@Table("CheckIn")
public interface CheckInV4 extends Entity {

    /** Indexed: the goal page and who's behind read one goal's check-ins out of all. */
    @Indexed
    long getGoalId();

    void setGoalId(long goalId);

    @NotNull
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    /** {@code CheckInStatus.key()}: on-track, at-risk or off-track. */
    @NotNull
    String getStatus();

    void setStatus(String status);

    /** Up to 1000 characters, more than a VARCHAR of AO's 450, so a CLOB. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    /** Epoch milliseconds. */
    @Indexed
    long getWrittenAt();

    void setWrittenAt(long writtenAt);
}
