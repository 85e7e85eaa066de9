package org.saleskpi.core.goal;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: stored goals. Each method runs in one transaction: it happens completely or not at all.
 * Goals are read with their targets; their targets are written through {@link TargetRepository}.
 */
public interface GoalRepository {

    /**
     * Stores a new goal (id 0) together with the targets it carries.
     *
     * @return the stored goal with its id, its targets' ids and their first versions
     */
    Goal create(Goal goal);

    /** The goal with its targets, or empty when there is none with this id. */
    Optional<Goal> get(long id);

    /**
     * Stores the goal's own fields (not its targets) when the stored version is still
     * {@code goal.version()}, the version the writer read.
     *
     * @return the stored goal with its new, higher version
     * @throws ConflictException when the stored version differs or the goal is gone
     */
    Goal update(Goal goal);

    /**
     * Archives or restores a goal when the stored version is still {@code expectedVersion}, setting
     * its updated time to {@code at}.
     *
     * @return the stored goal with its new, higher version
     * @throws ConflictException when the stored version differs or the goal is gone
     */
    Goal setArchived(long id, long expectedVersion, boolean archived, Instant at);

    /**
     * Deletes the goal, its targets and their value history.
     *
     * @return false when there was no goal with this id
     */
    boolean delete(long id);

    /** One page of the matching goals ordered by due date, then name, then id, with the total count. */
    Page<Goal> find(GoalQuery query, PageRequest page);
}
