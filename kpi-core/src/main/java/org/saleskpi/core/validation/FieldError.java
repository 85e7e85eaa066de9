package org.saleskpi.core.validation;

import java.util.List;
import java.util.Objects;

/**
 * One rejected input: the field's name as clients send it (e.g. {@code dueDate},
 * {@code targets[2].weight}), an i18n key, an English message, and the values the key's text shows as
 * {@code {0}, {1}...} (a limit, a name), so a client can show the message in its user's language.
 */
public record FieldError(String field, String messageKey, String message, List<String> params) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
        params = List.copyOf(params);
    }

    /** An error whose key's text shows {@code params} in order. */
    public FieldError(String field, String messageKey, String message, Object... params) {
        this(field, messageKey, message, texts(params));
    }

    /** The same error about another field (a form's name for it, or a nested field's path). */
    public FieldError at(String otherField) {
        return new FieldError(otherField, messageKey, message, params);
    }

    /** The values as the texts a message shows. */
    public static List<String> texts(Object... params) {
        return params == null ? List.of() : java.util.Arrays.stream(params).map(String::valueOf).toList();
    }
}
