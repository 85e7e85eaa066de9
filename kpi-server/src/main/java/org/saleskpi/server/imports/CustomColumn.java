package org.saleskpi.server.imports;

import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;

/**
 * A {@code Custom field (Name)} column of an export and the type its values are read as: the type
 * of the field already defined under that name, or else the narrowest type every value fits.
 */
record CustomColumn(String name, FieldType type) {

    /**
     * NUMBER if the values are numbers of the file's style (those that only look like numbers, written in another
     * style, then keep their rows out of the import with the reason, rather than turning the column into text), DATE
     * if every value is a date, else text; seen one value at a time, so an import need not keep a column's values to
     * learn its type.
     */
    static final class Guess {
        private final JiraDates dates;
        private final NumberStyle style;
        private boolean seen;
        private boolean numbers = true;
        private boolean anyNumber;
        private boolean days = true;

        Guess(JiraDates dates, NumberStyle style) {
            this.dates = dates;
            this.style = style;
        }

        void see(String value) {
            seen = true;
            // Once a value breaks a type, later values need not be tried against it.
            if (numbers) {
                boolean read = style.read(value).isPresent();
                anyNumber |= read;
                numbers = read || style.looksLikeNumber(value);
            }
            days = days && dates.date(value).isPresent();
        }

        /** Whether any value was seen: a column that is empty throughout defines no field. */
        boolean seen() {
            return seen;
        }

        FieldType type(boolean multiValue) {
            if (seen && numbers && anyNumber) {
                return FieldType.NUMBER;
            }
            if (seen && days) {
                return FieldType.DATE;
            }
            // Jira repeats the column of a multi-select field; its values are options.
            return multiValue ? FieldType.OPTION : FieldType.TEXT;
        }
    }

    /** The column's header as the export writes it. */
    String header() {
        return "Custom field (" + name + ")";
    }

    /**
     * The cell as a value of this column's type.
     *
     * @throws CellProblem when it is not one
     */
    FieldValue read(String cell, JiraDates dates, NumberStyle numbers, PersonResolver people) {
        // A switch expression: the compiler checks that every field type is read.
        return switch (type) {
            case NUMBER -> FieldValue.number(numbers.read(cell).orElseThrow(() -> notANumber(cell, numbers)));
            case DATE -> FieldValue.date(dates.date(cell).orElseThrow(() -> new CellProblem(header(),
                    "saleskpi.import.problem.date", header() + " '" + cell + "' is not a date like " + dates.pattern(),
                    cell, dates.pattern())));
            case OPTION -> FieldValue.option(cell.trim());
            case USER -> FieldValue.user(people.userKeyFor(cell.trim()));
            case TEXT -> FieldValue.text(cell);
        };
    }

    private CellProblem notANumber(String cell, NumberStyle numbers) {
        String message = header() + " '" + cell + "' is not a number";
        if (numbers == NumberStyle.PLAIN) {
            return new CellProblem(header(), "saleskpi.import.problem.number.plain", message, cell);
        }
        return new CellProblem(header(), "saleskpi.import.problem.number",
                message + " written like " + numbers.example(), cell, numbers.example());
    }
}
