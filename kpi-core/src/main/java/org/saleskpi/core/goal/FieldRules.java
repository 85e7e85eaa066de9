package org.saleskpi.core.goal;

import java.math.BigDecimal;
import java.util.Optional;
import org.saleskpi.core.validation.Validator;

/** Checks that goals, targets and folders share, so each rule and its message key exist once. */
final class FieldRules {

    /**
     * Counted in UTF-16 units, as Java and SQL Server count them: the strictest of the databases
     * Jira runs on, so a valid name always fits a 255-character column.
     */
    static final int MAX_TEXT_LENGTH = 255;

    private FieldRules() {
    }

    static void name(Validator v, String name) {
        v.check(name != null && !name.isBlank(), "name", "saleskpi.goal.name.blank",
                "Name must not be empty");
        v.check(name == null || name.strip().length() <= MAX_TEXT_LENGTH, "name", "saleskpi.goal.name.tooLong",
                "Name must be at most " + MAX_TEXT_LENGTH + " characters", MAX_TEXT_LENGTH);
    }

    static void owner(Validator v, String ownerKey) {
        v.check(ownerKey != null && !ownerKey.isBlank(), "ownerKey", "saleskpi.goal.ownerKey.blank",
                "Owner is required");
    }

    /**
     * A client's number as an exact decimal: empty when not sent, and empty with an error for the
     * field when it is NaN or infinite. {@link BigDecimal#valueOf(double)} keeps the decimal the
     * client typed (0.1 stays 0.1), which {@code new BigDecimal(double)} would not.
     */
    static Optional<BigDecimal> exact(Validator v, String field, Double value) {
        if (value == null) {
            return Optional.empty();
        }
        boolean finite = Double.isFinite(value);
        v.check(finite, field, "saleskpi.goal." + field + ".notFinite", "Must be a finite number, was " + value);
        return finite ? Optional.of(BigDecimal.valueOf(value)) : Optional.empty();
    }
}
