package org.saleskpi.server.imports;

import java.math.BigDecimal;
import java.util.Optional;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;

/**
 * A {@code Custom field (Name)} column of an export and the type its values are read as: the type
 * of the field already defined under that name, or else the narrowest type every value fits.
 */
record CustomColumn(String name, FieldType type) {

    /**
     * NUMBER if every value is a number, DATE if every value is a date, else text; seen one value at a
     * time, so an import need not keep a column's values to learn its type.
     */
    static final class Guess {
        private final JiraDates dates;
        private boolean seen;
        private boolean numbers = true;
        private boolean days = true;

        Guess(JiraDates dates) {
            this.dates = dates;
        }

        void see(String value) {
            seen = true;
            // Once a value breaks a type, later values need not be tried against it.
            numbers = numbers && number(value).isPresent();
            days = days && dates.date(value).isPresent();
        }

        /** Whether any value was seen: a column that is empty throughout defines no field. */
        boolean seen() {
            return seen;
        }

        FieldType type(boolean multiValue) {
            if (seen && numbers) {
                return FieldType.NUMBER;
            }
            if (seen && days) {
                return FieldType.DATE;
            }
            // Jira repeats the column of a multi-select field; its values are options.
            return multiValue ? FieldType.OPTION : FieldType.TEXT;
        }
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
