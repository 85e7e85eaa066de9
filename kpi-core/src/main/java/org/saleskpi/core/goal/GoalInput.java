package org.saleskpi.core.goal;

import java.time.LocalDate;

/**
 * A goal's editable fields as a client submits them, null for anything not sent; the goal
 * checks them when it is created or edited.
 *
 * @param folderId null for the project's top level
 * @param colour {@code #RRGGBB}
 */
public record GoalInput(
        Long folderId,
        String ownerKey,
        String name,
        String description,
        LocalDate startDate,
        LocalDate dueDate,
        String colour) {
}
