package org.saleskpi.core.goal;

import java.util.List;
import java.util.Optional;

/**
 * Port: stored targets. Each method runs in one transaction. Hand-entered values change through
 * {@link ValueHistoryRepository#updateValue} so that their history is kept.
 */
public interface TargetRepository {

    /**
     * Stores a new target (id 0) of an existing goal.
     *
     * @return the stored target with its id and first version
     * @throws ConflictException when the goal is gone
     */
    Target create(Target target);

    Optional<Target> get(long id);

    /**
     * Stores every field of the target when the stored version is still {@code target.version()}:
     * a redefinition, or issue counts and KPI values refreshed from Jira.
     *
     * @return the stored target with its new, higher version
     * @throws ConflictException when the stored version differs or the target is gone
     */
    Target update(Target target);

    /**
     * Deletes the target and its value history.
     *
     * @return false when there was no target with this id
     */
    boolean delete(long id);

    /** The goal's targets in the order they were created; empty for an unknown goal. */
    List<Target> ofGoal(long goalId);
}
