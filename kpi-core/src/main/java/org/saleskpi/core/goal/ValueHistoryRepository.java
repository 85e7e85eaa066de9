package org.saleskpi.core.goal;

/** Port: every change of a target's current value, kept so progress can be drawn over time. */
public interface ValueHistoryRepository {

    /**
     * In one transaction: when target {@code change.targetId()} is still at
     * {@code expectedVersion}, sets its current value to {@code change.newValue()}, appends the
     * change to its history and raises its version. Either all of that happens or none of it.
     *
     * @return the stored target with its new value and version
     * @throws ConflictException when the stored version differs or the target is gone
     */
    Target updateValue(long expectedVersion, ValueChange change);

    /** One page of a target's changes, newest first, with the total count. */
    Page<ValueChange> history(long targetId, PageRequest page);
}
