package org.saleskpi.store.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A row of value change as model version 1 stores it; frozen like {@link GoalFolderV1}. */
@Table("ValueChange")
public interface ValueChangeV1 extends Entity {

    @Indexed
    long getTargetId();

    void setTargetId(long targetId);

    @NotNull
    String getChangedBy();

    void setChangedBy(String changedBy);

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
