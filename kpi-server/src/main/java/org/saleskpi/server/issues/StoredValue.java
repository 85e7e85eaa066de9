package org.saleskpi.server.issues;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;

/** How a custom field value is written to its text column and read back by the field's type. */
final class StoredValue {
    private StoredValue() {
    }

    static FieldType typeOf(FieldValue value) {
        if (value instanceof FieldValue.NumberValue) {
            return FieldType.NUMBER;
        }
        if (value instanceof FieldValue.DateValue) {
            return FieldType.DATE;
        }
        if (value instanceof FieldValue.TextValue) {
            return FieldType.TEXT;
        }
        if (value instanceof FieldValue.OptionValue) {
            return FieldType.OPTION;
        }
        return FieldType.USER;
    }

    static String encode(FieldValue value) {
        if (value instanceof FieldValue.NumberValue number) {
            // toString, not toPlainString: it keeps the scale, so 12.30 reads back as 12.30.
            return number.value().toString();
        }
        if (value instanceof FieldValue.DateValue date) {
            return date.value().toString();
        }
        if (value instanceof FieldValue.TextValue text) {
            return text.value();
        }
        if (value instanceof FieldValue.OptionValue option) {
            return option.value();
        }
        return ((FieldValue.UserValue) value).userKey();
    }

    static FieldValue decode(FieldType type, String stored) {
        switch (type) {
            case NUMBER:
                return FieldValue.number(new BigDecimal(stored));
            case DATE:
                return FieldValue.date(LocalDate.parse(stored));
            case OPTION:
                return FieldValue.option(stored);
            case USER:
                return FieldValue.user(stored);
            default:
                return FieldValue.text(stored);
        }
    }
}
