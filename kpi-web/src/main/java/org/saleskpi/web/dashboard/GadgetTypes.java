package org.saleskpi.web.dashboard;

import java.util.List;

/**
 * The gadget types a standalone dashboard can hold, by key: one per dataset builder folder in
 * {@code org.saleskpi.core.gadget}. A saved gadget keeps its key, so keys never change.
 */
final class GadgetTypes {
    static final List<String> KEYS = List.of("bar", "battery", "calculation", "completed", "goals", "leaderboard",
            "line", "pie", "table", "whos-behind", "worked-on");

    private GadgetTypes() {
    }
}
