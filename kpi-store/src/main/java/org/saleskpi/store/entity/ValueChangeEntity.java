package org.saleskpi.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One change of a target's current value ({@code AO_xxxxxx_VALUE_CHANGE}); values are decimal text. */
@Table("ValueChange")
public interface ValueChangeEntity extends Entity {

    /** Indexed: a history page reads one target's changes out of every target's. */
    @Indexed
    long getTargetId();

    void setTargetId(long targetId);

    @NotNull
    String getChangedBy();

    void setChangedBy(String changedBy);

    /** Epoch milliseconds. */
    long getChangedAt();

    void setChangedAt(long changedAt);

    @NotNull
    String getOldValue();

    void setOldValue(String oldValue);

    @NotNull
    String getNewValue();

    void setNewValue(String newValue);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);
}
