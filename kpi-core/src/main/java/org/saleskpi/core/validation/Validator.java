package org.saleskpi.core.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects every field error of an input, then throws once, so a form can show them all. */
public final class Validator {
    private final List<FieldError> errors = new ArrayList<>();

    /** Records an error for {@code field} when {@code ok} is false; {@code params} as {@link FieldError} has them. */
    public Validator check(boolean ok, String field, String messageKey, String message, Object... params) {
        if (!ok) {
            errors.add(new FieldError(field, messageKey, message, params));
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** @throws InvalidInputException with every recorded error, if any */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
