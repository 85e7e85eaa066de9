package org.saleskpi.web.error;

import java.util.List;
import org.saleskpi.core.validation.FieldError;

/**
 * The JSON of every error answer: {@code {"errors":[{"field":..,"messageKey":..,"message":..,"params":[..]}]}}. A
 * client shows the text of {@code messageKey} in its user's language with {@code params} as {0}, {1}...; the English
 * {@code message} is for clients without the texts.
 */
public record ErrorBody(List<Item> errors) {

    /** One error; {@code field} is null when the error is about the request as a whole. */
    public record Item(String field, String messageKey, String message, List<String> params) {
        public Item {
            params = params == null ? List.of() : List.copyOf(params);
        }
    }

    public static ErrorBody of(List<FieldError> fieldErrors) {
        return new ErrorBody(fieldErrors.stream()
                .map(e -> new Item(e.field(), e.messageKey(), e.message(), e.params())).toList());
    }

    /** An error about the whole request; {@code params} are the values the key's text shows. */
    public static ErrorBody message(String messageKey, String message, Object... params) {
        return new ErrorBody(List.of(new Item(null, messageKey, message, FieldError.texts(params))));
    }
}
