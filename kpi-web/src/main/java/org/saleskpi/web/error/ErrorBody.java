package org.saleskpi.web.error;

import java.util.List;
import org.saleskpi.core.validation.FieldError;

/** The JSON of every error answer: {@code {"errors":[{"field":..,"messageKey":..,"message":..}]}}. */
public record ErrorBody(List<Item> errors) {

    /** One error; {@code field} is null when the error is about the request as a whole. */
    public record Item(String field, String messageKey, String message) {
    }

    public static ErrorBody of(List<FieldError> fieldErrors) {
        return new ErrorBody(fieldErrors.stream().map(e -> new Item(e.field(), e.messageKey(), e.message())).toList());
    }

    public static ErrorBody message(String messageKey, String message) {
        return new ErrorBody(List.of(new Item(null, messageKey, message)));
    }
}
