package org.saleskpi.core.dashboard;

import java.util.Objects;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.validation.Validator;

/**
 * One gadget placed on a standalone dashboard, with its saved preferences.
 *
 * @param id 0 until stored
 * @param gadgetType the gadget type's key, e.g. {@code leaderboard}
 * @param column 0-based column of the dashboard's layout
 * @param position 0-based place from the top of its column
 * @param preferencesJson the gadget's preferences as its options form saved them
 * @param version what a preferences update must still find stored
 * @throws InvalidInputException naming {@code gadgetType}, {@code column} or {@code position}
 */
public record GadgetInstance(long id, long dashboardId, String gadgetType, int column, int position,
        String preferencesJson, long version) {

    public GadgetInstance {
        Objects.requireNonNull(preferencesJson, "preferencesJson");
        new Validator()
                .check(gadgetType != null && !gadgetType.isBlank(), "gadgetType",
                        "saleskpi.dashboard.gadgetType.required", "Choose a gadget type")
                .check(column >= 0, "column", "saleskpi.dashboard.column.negative", "Column must not be negative")
                .check(position >= 0, "position", "saleskpi.dashboard.position.negative",
                        "Position must not be negative")
                .throwIfInvalid();
    }
}
