package org.saleskpi.server.issues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.store.Netstrings;

/**
 * How custom field values are written as text and read back by the field's type; an issue's values are stored
 * together in its row, as field id and value after one another ({@link Netstrings}, ADR 0081).
 */
final class StoredValue {
    private StoredValue() {
    }

    /** An issue's values by field id, packed; null when it has none. */
    static String packed(Map<String, FieldValue> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<String> strings = new ArrayList<>(values.size() * 2);
        for (Map.Entry<String, FieldValue> value : values.entrySet()) {
            strings.add(value.getKey());
            strings.add(encode(value.getValue()));
        }
        return Netstrings.pack(strings);
    }

    /**
     * Gives {@code to} each value of {@link #packed} values whose field is among {@code fields}, read by its type;
     * a value of a field no longer defined is left out.
     */
    static void unpack(String packed, Map<String, CustomField> fields, BiConsumer<String, FieldValue> to) {
        List<String> strings = Netstrings.unpack(packed);
        if (strings.size() % 2 != 0) {
            throw new IllegalArgumentException("a field id without its value in a packed column");
        }
        for (int i = 0; i < strings.size(); i += 2) {
            CustomField field = fields.get(strings.get(i));
            if (field != null) {
                to.accept(field.id(), decode(field.type(), strings.get(i + 1)));
            }
        }
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
