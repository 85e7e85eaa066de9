package org.saleskpi.core.goal;

import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.validation.Validator;

/**
 * A named folder that groups a project's goals; folders nest.
 *
 * @param id 0 until stored
 * @param parentId empty at the project's top level
 */
public record GoalFolder(long id, String projectKey, String name, Optional<Long> parentId) {

    public GoalFolder {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(parentId, "parentId");
        Validator v = new Validator();
        FieldRules.name(v, name);
        v.check(id == 0 || !parentId.equals(Optional.of(id)), "parentId", "saleskpi.goal.parentId.self",
                "A folder cannot be its own parent");
        v.throwIfInvalid();
        name = name.strip();
    }

    /**
     * A new folder, not yet stored.
     *
     * @param parentId null for the project's top level
     * @throws InvalidInputException naming {@code name} when it is blank or too long
     */
    public static GoalFolder create(String projectKey, String name, Long parentId) {
        return new GoalFolder(0, projectKey, name, Optional.ofNullable(parentId));
    }
}
