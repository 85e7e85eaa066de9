package org.saleskpi.jira;

import com.atlassian.jira.issue.history.ChangeItemBean;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.issue.Column;

/**
 * One side of a Jira change item as the canonical text of {@link org.saleskpi.core.history.Change}: a status,
 * resolution, option or text by name, a user by key, a number as a plain decimal, a date as ISO {@code 2026-03-31}.
 * Jira keeps an id in {@code from}/{@code to} and a display string in {@code fromString}/{@code toString}; which of
 * the two holds the canonical value depends on the field (ChangeItemBean's stub header names Jira's sources).
 */
final class ChangeValues {
    /** Date Time fields write the local time with its offset, or (older values) UTC with a literal Z. */
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final ZoneId zone;
    private final ZoneId jiraZone;
    private final Map<String, String> statusNames;

    /**
     * Date Time values become days of {@code zone}, the asking user's; Date values are midnight in Jira's zone. A
     * status is named by its current name, from its id, so that a status renamed since matches today's issues.
     */
    ChangeValues(ZoneId zone, ZoneId jiraZone, Map<String, String> statusNames) {
        this.zone = zone;
        this.jiraZone = jiraZone;
        this.statusNames = Map.copyOf(statusNames);
    }

    Optional<String> from(Column column, ChangeItemBean item) {
        return value(column, item.getFrom(), item.getFromString());
    }

    Optional<String> to(Column column, ChangeItemBean item) {
        return value(column, item.getTo(), item.getToString());
    }

    /**
     * @throws IllegalArgumentException when the side does not read as the column's type (a number column over a
     *     text field, say); the caller names the issue and field
     */
    private Optional<String> value(Column column, String id, String display) {
        if (column.equals(Column.STATUS)) {
            // A status deleted since keeps the name the change recorded.
            return present(id).map(statusNames::get).or(() -> present(display));
        }
        switch (column.type()) {
            case USER:
                // Assignee, reporter and user pickers keep the user key as the id ("" for nobody in a picker).
                return present(id);
            case DATE:
                return present(id).map(this::day);
            case NUMBER:
                // A number custom field's value moves to the string side: its change-log string is null.
                return present(id).or(() -> present(display)).map(ChangeValues::number);
            case OPTION:
            case TEXT:
            default:
                // Status, resolution and options by name; a text field's value is its string.
                return present(display);
        }
    }

    private static String number(String text) {
        try {
            return new BigDecimal(text.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a number", e);
        }
    }

    /** A Date field's "2026-03-31" as is; a Date Time field's instant as a day like the field's current value. */
    private String day(String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed).toString();
            }
            return CustomFieldValues.day(instant(trimmed), zone, jiraZone).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date", e);
        }
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text, WITH_OFFSET).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text, UTC).toInstant(ZoneOffset.UTC);
        }
    }

    private static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
