package org.saleskpi.core.goal.checkin;

import java.time.Instant;
import java.util.Objects;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.validation.Validator;

/**
 * A short status of a goal written by its owner or an editor: on track, at risk or off track, and why.
 *
 * @param id 0 until stored
 * @param authorKey user key of the writer
 * @param text at most {@link #MAX_TEXT_LENGTH} characters, never blank
 */
public record CheckIn(long id, long goalId, String authorKey, CheckInStatus status, String text, Instant written) {

    /** A check-in is a status, not a report: a few sentences (UTF-16 units, as the column counts them). */
    public static final int MAX_TEXT_LENGTH = 1000;

    public CheckIn {
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(written, "written");
        Validator v = new Validator();
        v.check(status != null, "status", "saleskpi.checkIn.status.required", "Choose on track, at risk or off track");
        v.check(text != null && !text.isBlank(), "text", "saleskpi.checkIn.text.blank", "Write what is happening");
        v.check(text == null || text.strip().length() <= MAX_TEXT_LENGTH, "text", "saleskpi.checkIn.text.tooLong",
                "A check-in is at most " + MAX_TEXT_LENGTH + " characters", MAX_TEXT_LENGTH);
        v.throwIfInvalid();
        text = text.strip();
    }

    /**
     * A new check-in, not yet stored.
     *
     * @throws InvalidInputException naming {@code status} or {@code text}
     */
    public static CheckIn write(long goalId, String authorKey, CheckInStatus status, String text, Instant now) {
        return new CheckIn(0, goalId, authorKey, status, text, now);
    }
}
