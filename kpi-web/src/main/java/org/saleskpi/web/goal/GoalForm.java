package org.saleskpi.web.goal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalFolderRepository;
import org.saleskpi.core.goal.GoalInput;
import org.saleskpi.core.goal.checkin.CheckInCadence;
import org.saleskpi.core.user.Directory;
import org.saleskpi.web.json.JsonInput;

/**
 * Reads a goal's fields from a request body: all of them for a new goal (with defaults), only the
 * sent ones over the stored goal for an edit. Unknown owners and folders of other projects are
 * field errors, so nothing points at what does not exist.
 */
final class GoalForm {
    /** Atlassian blue, the colour a goal gets unless one is chosen. */
    static final String DEFAULT_COLOUR = "#0052CC";

    private final Directory directory;
    private final GoalFolderRepository folders;

    GoalForm(Directory directory, GoalFolderRepository folders) {
        this.directory = directory;
        this.folders = folders;
    }

    /** A new goal's input: owner the caller, start today, due at the end of today's calendar quarter. */
    GoalInput create(JsonInput in, String projectKey, String callerKey, LocalDate today) {
        Long folderId = in.id("folderId").orElse(null);
        String ownerKey = in.text("ownerKey", JsonInput.MAX_TEXT).orElse(callerKey);
        String name = in.requiredText("name", JsonInput.MAX_TEXT);
        String description = in.text("description", JsonInput.MAX_LONG_TEXT).orElse("");
        LocalDate start = in.date("startDate").orElse(today);
        LocalDate due = in.date("dueDate").orElse(endOfQuarter(today));
        String colour = in.text("colour", JsonInput.MAX_TEXT).orElse(DEFAULT_COLOUR);
        checkReferences(in, projectKey, folderId, ownerKey);
        return new GoalInput(folderId, ownerKey, name, description, start, due, colour, cadence(in));
    }

    /** The stored goal's fields with the sent ones replacing them; {@code "folderId": null} moves it to the top level. */
    GoalInput edit(JsonInput in, Goal before) {
        Long folderId = in.sent("folderId") ? in.id("folderId").orElse(null) : before.folderId().orElse(null);
        String ownerKey = in.text("ownerKey", JsonInput.MAX_TEXT).orElse(before.ownerKey());
        String name = in.text("name", JsonInput.MAX_TEXT).orElse(before.name());
        String description = in.text("description", JsonInput.MAX_LONG_TEXT).orElse(before.description());
        LocalDate start = in.date("startDate").orElse(before.startDate());
        LocalDate due = in.date("dueDate").orElse(before.dueDate());
        String colour = in.text("colour", JsonInput.MAX_TEXT).orElse(before.colour());
        checkReferences(in, before.projectKey(), folderId, ownerKey);
        return new GoalInput(folderId, ownerKey, name, description, start, due, colour, cadence(in));
    }

    /** {@code checkInCadence}: weekly, every-two-weeks, monthly or none; empty when not sent. */
    private static Optional<CheckInCadence> cadence(JsonInput in) {
        return in.oneOf("checkInCadence", Arrays.stream(CheckInCadence.values()).map(CheckInCadence::key).toList())
                .flatMap(CheckInCadence::ofKey);
    }

    static LocalDate endOfQuarter(LocalDate day) {
        int lastMonth = ((day.getMonthValue() - 1) / 3 + 1) * 3;
        return YearMonth.of(day.getYear(), lastMonth).atEndOfMonth();
    }

    private void checkReferences(JsonInput in, String projectKey, Long folderId, String ownerKey) {
        if (folderId != null && folders.get(folderId).filter(f -> f.projectKey().equals(projectKey)).isEmpty()) {
            in.reject("folderId", "saleskpi.goal.folderId.unknown", "names no folder of project " + projectKey);
        }
        checkOwner(in, "ownerKey", Optional.ofNullable(ownerKey));
    }

    void checkOwner(JsonInput in, String field, Optional<String> userKey) {
        if (userKey.filter(key -> !key.isBlank()).isPresent() && directory.find(userKey.get()).isEmpty()) {
            in.reject(field, "saleskpi.goal." + field + ".unknown", "names nobody: " + userKey.get());
        }
    }
}
