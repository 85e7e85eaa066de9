package org.saleskpi.jira;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.user.ApplicationUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Turns what {@code Issue.getCustomFieldValue} returns into the value of the column that asked for it:
 * Number fields give Double, Date and Date Time fields java.util.Date (a Timestamp), selects an
 * {@link Option}, multi-selects and checkboxes a collection of them, user pickers an {@link ApplicationUser},
 * text fields a String.
 */
final class CustomFieldValues {
    private CustomFieldValues() {
    }

    /** Empty for an empty field; rejects a value the column's type cannot hold. */
    static Optional<FieldValue> of(Column.Custom column, Object value, ZoneId zone, ZoneId jiraZone) {
        if (value == null) {
            return Optional.empty();
        }
        switch (column.type()) {
            case NUMBER:
                if (value instanceof Number) {
                    return number((Number) value);
                }
                break;
            case DATE:
                if (value instanceof Date) {
                    return Optional.of(FieldValue.date(day(((Date) value).toInstant(), zone, jiraZone)));
                }
                break;
            case OPTION:
                return option(value).or(() -> text(value)).map(FieldValue::option)
                        .or(() -> emptyOrMismatch(column, value));
            case USER:
                if (value instanceof ApplicationUser) {
                    return Optional.of(FieldValue.user(((ApplicationUser) value).getKey()));
                }
                break;
            case TEXT:
                return text(value).or(() -> option(value)).map(FieldValue::text)
                        .or(() -> emptyOrMismatch(column, value));
            default:
                break;
        }
        throw mismatch(column, value);
    }

    private static Optional<FieldValue> number(Number number) {
        if (number instanceof BigDecimal) {
            return Optional.of(FieldValue.number((BigDecimal) number));
        }
        double d = number.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Optional.empty();
        }
        // valueOf keeps the decimal Jira showed (0.1, not 0.1000000000000000055...).
        return Optional.of(FieldValue.number(BigDecimal.valueOf(d)));
    }

    /**
     * A Date field holds midnight of its day in Jira's zone; a Date Time field any instant, read as a day of
     * the asking user's zone. Values at midnight in Jira's zone are taken as Date fields. The history reads a Date
     * Time field's past values the same way.
     */
    static LocalDate day(Instant instant, ZoneId zone, ZoneId jiraZone) {
        java.time.ZonedDateTime inJira = instant.atZone(jiraZone);
        if (inJira.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return inJira.toLocalDate();
        }
        return LocalDate.ofInstant(instant, zone);
    }

    /**
     * A single select's option, or the first option of a multi select or checkboxes: a column holds one
     * value per issue, and Jira keeps the chosen options in their configured order.
     */
    private static Optional<String> option(Object value) {
        if (value instanceof Option) {
            return Optional.ofNullable(((Option) value).getValue());
        }
        if (value instanceof Collection) {
            for (Object element : (Collection<?>) value) {
                if (element instanceof Option) {
                    return Optional.ofNullable(((Option) element).getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Object value) {
        if (value instanceof String && !((String) value).isEmpty()) {
            return Optional.of((String) value);
        }
        return Optional.empty();
    }

    /** An empty string or an empty selection is an empty field; anything else is the wrong kind of field. */
    private static Optional<FieldValue> emptyOrMismatch(Column.Custom column, Object value) {
        if ("".equals(value) || (value instanceof Collection && ((Collection<?>) value).isEmpty())) {
            return Optional.empty();
        }
        throw mismatch(column, value);
    }

    private static InvalidInputException mismatch(Column.Custom column, Object value) {
        return InvalidInputException.of("columns", "saleskpi.issues.column", "Custom field " + column.fieldId()
                + " holds " + value.getClass().getSimpleName() + " values, not " + column.type() + ".");
    }
}
