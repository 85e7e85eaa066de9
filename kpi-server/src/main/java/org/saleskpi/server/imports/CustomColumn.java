package org.saleskpi.server.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;

/**
 * A {@code Custom field (Name)} column of an export and the type its values are read as: the type
 * of the field already defined under that name, or else the narrowest type every value fits.
 */
record CustomColumn(String name, FieldType type) {

    /** NUMBER if every value is a number, DATE if every value is a date, else text. */
    static FieldType infer(List<String> values, JiraDates dates, boolean multiValue) {
        if (!values.isEmpty() && values.stream().allMatch(value -> number(value).isPresent())) {
            return FieldType.NUMBER;
        }
        if (!values.isEmpty() && values.stream().allMatch(value -> dates.date(value).isPresent())) {
            return FieldType.DATE;
        }
        // Jira repeats the column of a multi-select field; its values are options.
        return multiValue ? FieldType.OPTION : FieldType.TEXT;
    }

    /** The cell as a value of this column's type, or a reason it is not one. */
    FieldValue read(String cell, JiraDates dates, PersonResolver people) {
        // A switch expression: the compiler checks that every field type is read.
        return switch (type) {
            case NUMBER -> FieldValue.number(number(cell).orElseThrow(() -> new IllegalArgumentException(
                    "Custom field (" + name + ") '" + cell + "' is not a number")));
            case DATE -> FieldValue.date(dates.date(cell).orElseThrow(() -> new IllegalArgumentException(
                    "Custom field (" + name + ") '" + cell + "' is not a date like " + dates.pattern())));
            case OPTION -> FieldValue.option(cell.trim());
            case USER -> FieldValue.user(people.userKeyFor(cell.trim()));
            case TEXT -> FieldValue.text(cell);
        };
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
