package org.saleskpi.core.kpi;

import java.math.BigDecimal;
import java.util.Objects;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.validation.Validator;

/**
 * What one rep is expected to sell in one period of a project, in the profile's currency; the
 * target of target attainment per rep (KPI-DEFINITIONS.md, row 1).
 *
 * @param id 0 until stored
 * @param repKey the rep's user key, as the rep dimension groups deals
 * @param period half-open; years 1..9999, so that stored ISO dates sort as the dates do
 * @throws InvalidInputException naming {@code repKey}, {@code amount} or {@code period}
 */
public record Quota(long id, String projectKey, String repKey, Period period, BigDecimal amount) {

    public Quota {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(period, "period");
        Validator v = new Validator();
        v.check(repKey != null && !repKey.isBlank(), "repKey", "saleskpi.quota.repKey.required",
                "Choose the rep this quota is for");
        v.check(amount != null && amount.signum() >= 0, "amount", "saleskpi.quota.amount.negative",
                "A quota cannot be negative, was " + amount);
        v.check(period.start().getYear() >= 1 && period.end().getYear() <= 9999, "period",
                "saleskpi.quota.period.outOfRange", "A quota's period must lie within the years 1 to 9999");
        v.throwIfInvalid();
    }
}
