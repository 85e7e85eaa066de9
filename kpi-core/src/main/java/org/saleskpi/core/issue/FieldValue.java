package org.saleskpi.core.issue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The value of one custom field on one issue, by the field's type. */
public sealed interface FieldValue {

    /** The field type that holds a value of this kind. */
    FieldType type();

    /** A Number field; kept exact. */
    record NumberValue(BigDecimal value) implements FieldValue {
        public NumberValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public FieldType type() {
            return FieldType.NUMBER;
        }
    }

    /** A Date (or date part of a Date Time) field. */
    record DateValue(LocalDate value) implements FieldValue {
        public DateValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public FieldType type() {
            return FieldType.DATE;
        }
    }

    /** A free text field. */
    record TextValue(String value) implements FieldValue {
        public TextValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public FieldType type() {
            return FieldType.TEXT;
        }
    }

    /** A select list option, by its display value. */
    record OptionValue(String value) implements FieldValue {
        public OptionValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public FieldType type() {
            return FieldType.OPTION;
        }
    }

    /** A user picker, by the user's stable key. */
    record UserValue(String userKey) implements FieldValue {
        public UserValue {
            Objects.requireNonNull(userKey, "userKey");
        }

        @Override
        public FieldType type() {
            return FieldType.USER;
        }
    }

    static FieldValue number(String decimal) {
        return new NumberValue(new BigDecimal(decimal));
    }

    static FieldValue number(BigDecimal value) {
        return new NumberValue(value);
    }

    static FieldValue number(long value) {
        return new NumberValue(BigDecimal.valueOf(value));
    }

    static FieldValue date(LocalDate value) {
        return new DateValue(value);
    }

    static FieldValue text(String value) {
        return new TextValue(value);
    }

    static FieldValue option(String value) {
        return new OptionValue(value);
    }

    static FieldValue user(String userKey) {
        return new UserValue(userKey);
    }
}
