package org.saleskpi.core.goal;

import java.util.Objects;
import java.util.Optional;

/**
 * Which goals of a project to list.
 *
 * @param folderId only goals directly in this folder; empty for goals in any folder
 * @param ownerKey only goals this user owns; empty for every owner
 * @param archived archived goals when true, the others when false
 */
public record GoalQuery(String projectKey, Optional<Long> folderId, Optional<String> ownerKey, boolean archived) {

    public GoalQuery {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(folderId, "folderId");
        Objects.requireNonNull(ownerKey, "ownerKey");
    }

    /** Every goal of the project that is not archived. */
    public static GoalQuery activeIn(String projectKey) {
        return new GoalQuery(projectKey, Optional.empty(), Optional.empty(), false);
    }
}
