package org.saleskpi.core.validation;

import java.util.Objects;

/**
 * One rejected input: the field's name as clients send it (e.g. {@code dueDate},
 * {@code targets[2].weight}), an i18n key, and an English message.
 */
public record FieldError(String field, String messageKey, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
    }
}
