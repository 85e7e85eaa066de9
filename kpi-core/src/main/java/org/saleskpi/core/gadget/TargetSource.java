package org.saleskpi.core.gadget;

import java.util.Objects;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;

/**
 * A target a gadget reads per group and period from the caller's {@code Inputs}, in the unit its
 * numbers are in. A target is drawn only against a figure of the same unit: a quota in dollars on
 * a win rate's percent axis would be a number of another kind (and 30 000 000 %).
 *
 * @param input the name of the {@link Metric.Input}
 * @param unit what the input's numbers are
 */
public record TargetSource(String input, Unit unit) {
    /** The reps' quotas, as {@code QuotaInputs} gives them: amounts of money in the profile's currency. */
    public static final TargetSource QUOTAS = new TargetSource(KpiCatalog.TARGET, Unit.AMOUNT);

    public TargetSource {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(unit, "unit");
        if (input.isBlank()) {
            throw new IllegalArgumentException("a target's input name must not be blank");
        }
    }

    /** The input as a metric in its own unit. */
    public Metric metric() {
        return Metric.input(input, unit);
    }

    /** Whether the target may be drawn against a figure of {@code figureUnit}. */
    public boolean fits(Unit figureUnit) {
        return unit == figureUnit;
    }

    /** A target value as drawn against a figure of {@code figureUnit}: itself, or absent when the units differ. */
    public Value against(Unit figureUnit, Value value) {
        return fits(figureUnit) ? value : Value.absent(AbsentReason.TARGET_IN_OTHER_UNIT);
    }
}
