package org.saleskpi.core.goal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.goal.checkin.CheckInCadence;

/**
 * A goal's editable fields as a client submits them, null for anything not sent; the goal
 * checks them when it is created or edited.
 *
 * @param folderId null for the project's top level
 * @param colour {@code #RRGGBB}
 * @param checkInCadence empty: a new goal's default, an edited goal's own
 */
public record GoalInput(
        Long folderId,
        String ownerKey,
        String name,
        String description,
        LocalDate startDate,
        LocalDate dueDate,
        String colour,
        Optional<CheckInCadence> checkInCadence) {

    /** Input that leaves the check-in cadence as it is (the default for a new goal). */
    public GoalInput(Long folderId, String ownerKey, String name, String description, LocalDate startDate,
            LocalDate dueDate, String colour) {
        this(folderId, ownerKey, name, description, startDate, dueDate, colour, Optional.empty());
    }

    public GoalInput {
        Objects.requireNonNull(checkInCadence, "checkInCadence");
    }
}
