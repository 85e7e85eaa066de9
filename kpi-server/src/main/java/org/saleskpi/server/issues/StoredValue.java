package org.saleskpi.server.issues;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;

/** How a custom field value is written to its text column and read back by the field's type. */
final class StoredValue {
    private StoredValue() {
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
        if (value instanceof FieldValue.UserValue user) {
            return user.userKey();
        }
        throw new IllegalStateException("no stored form for a field value of kind " + value.getClass().getSimpleName());
    }

    static FieldValue decode(FieldType type, String stored) {
        return switch (type) {
            case NUMBER -> FieldValue.number(new BigDecimal(stored));
            case DATE -> FieldValue.date(LocalDate.parse(stored));
            case TEXT -> FieldValue.text(stored);
            case OPTION -> FieldValue.option(stored);
            case USER -> FieldValue.user(stored);
        };
    }
}
