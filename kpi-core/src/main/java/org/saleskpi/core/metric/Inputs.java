package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.util.Optional;
import org.saleskpi.core.period.Period;

/** Supplies {@link Metric.Input} values, such as a goal's target or a rep's quota. */
@FunctionalInterface
public interface Inputs {

    /**
     * @param group the group's value ("" when not grouped), e.g. a rep's user key
     * @return the input for that period and group, or empty when there is none
     */
    Optional<BigDecimal> value(String name, Period period, String group);

    static Inputs none() {
        return (name, period, group) -> Optional.empty();
    }
}
