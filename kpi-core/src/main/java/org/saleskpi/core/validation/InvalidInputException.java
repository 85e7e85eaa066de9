package org.saleskpi.core.validation;

import java.util.List;

/**
 * Input that breaks a domain rule; REST layers turn it into HTTP 400 with the field errors. It is an
 * {@link IllegalArgumentException}: an argument the caller should not have passed.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    /** One error; {@code params} are the values its key's text shows as {0}, {1}... */
    public static InvalidInputException of(String field, String messageKey, String message, Object... params) {
        return new InvalidInputException(List.of(new FieldError(field, messageKey, message, params)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        StringBuilder text = new StringBuilder();
        for (FieldError error : errors) {
            if (text.length() > 0) {
                text.append("; ");
            }
            // The messages read on their own; the fields travel in errors() for forms and JSON.
            text.append(error.message());
        }
        return text.toString();
    }
}
