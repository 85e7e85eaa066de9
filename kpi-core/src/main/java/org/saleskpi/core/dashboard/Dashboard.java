package org.saleskpi.core.dashboard;

import java.util.Objects;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.validation.Validator;

/**
 * A user's standalone dashboard.
 *
 * @param id 0 until stored
 * @param version what an update must still find stored; it guards the name and the layout
 * @throws InvalidInputException naming {@code ownerKey} or {@code name}
 */
public record Dashboard(long id, String ownerKey, String name, Layout layout, long version) {
    public static final int MAX_NAME_LENGTH = 255;

    public Dashboard {
        Objects.requireNonNull(layout, "layout");
        new Validator()
                .check(ownerKey != null && !ownerKey.isBlank(), "ownerKey", "saleskpi.dashboard.ownerKey.required",
                        "A dashboard needs an owner")
                .check(name != null && !name.isBlank(), "name", "saleskpi.dashboard.name.required",
                        "Give the dashboard a name")
                .check(name == null || name.strip().length() <= MAX_NAME_LENGTH, "name",
                        "saleskpi.dashboard.name.tooLong", "A dashboard name has at most " + MAX_NAME_LENGTH + " characters", MAX_NAME_LENGTH)
                .throwIfInvalid();
        name = name.strip();
    }

    /** A new dashboard, not yet stored. */
    public static Dashboard create(String ownerKey, String name, Layout layout) {
        return new Dashboard(0, ownerKey, name, layout, 0);
    }
}
