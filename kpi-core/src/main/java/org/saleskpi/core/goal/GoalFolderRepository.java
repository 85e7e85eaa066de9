package org.saleskpi.core.goal;

import java.util.List;
import java.util.Optional;
import org.saleskpi.core.validation.InvalidInputException;

/** Port: stored goal folders. Each method runs in one transaction. */
public interface GoalFolderRepository {

    /** Stores a new folder (id 0) and returns it with its id. */
    GoalFolder create(GoalFolder folder);

    Optional<GoalFolder> get(long id);

    /**
     * Renames or moves a folder; last write wins, as folders carry no version.
     *
     * @throws InvalidInputException naming {@code parentId} when the new parent is the folder
     *     itself, one of its descendants, or in another project
     * @throws ConflictException when the folder is gone
     */
    GoalFolder update(GoalFolder folder);

    /**
     * Deletes the folder and moves its goals and sub-folders up into its parent (or the project's
     * top level), so deleting a folder never deletes goals.
     *
     * @return false when there was no folder with this id
     */
    boolean delete(long id);

    /** The project's folders ordered by name. */
    List<GoalFolder> ofProject(String projectKey);
}
