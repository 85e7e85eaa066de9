package org.saleskpi.core.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.validation.Validator;

/**
 * A measurable part of a goal, owned by one rep (KPI-DEFINITIONS.md, "Goals and targets").
 *
 * <p>Values are exact decimals. A true/false target's current value is 0 or 1. An issues target
 * keeps its counts in the value fields: current value = resolved issues, target value = all
 * matching issues, start value 0.
 *
 * @param id 0 until stored
 * @param unitLabel free text shown after the values, such as "calls"
 * @param weight the target's share in its goal's progress, above 0; 1 unless set
 * @param version the stored version, checked when writing (optimistic locking)
 */
public record Target(
        long id,
        long goalId,
        String name,
        TargetKind kind,
        Optional<String> unitLabel,
        BigDecimal startValue,
        BigDecimal targetValue,
        BigDecimal currentValue,
        String ownerKey,
        BigDecimal weight,
        long version) {

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitLabel, "unitLabel");
        Objects.requireNonNull(startValue, "startValue");
        Objects.requireNonNull(targetValue, "targetValue");
        Objects.requireNonNull(currentValue, "currentValue");
        Objects.requireNonNull(weight, "weight");
        Validator v = new Validator();
        checkDefinition(v, name, ownerKey, unitLabel, weight);
        checkValues(v, kind, targetValue, currentValue);
        v.throwIfInvalid();
        name = name.strip();
        unitLabel = unitLabel.map(String::strip).filter(label -> !label.isEmpty());
    }

    /**
     * A new target of a goal from a client's input.
     *
     * @throws InvalidInputException listing every invalid field of the input
     */
    public static Target create(long goalId, TargetInput input) {
        return define(0, goalId, 0, input, Optional.empty());
    }

    /**
     * This target with a new definition from a client's input. The kind (number, currency, ...)
     * stays: another kind is another target. The current value stays too, because values change
     * only through {@link #enterValue} so that their history is kept; counts and computed values
     * are kept while the JQL or KPI stays the same and restart otherwise.
     *
     * @throws InvalidInputException listing every invalid field of the input
     */
    public Target redefine(TargetInput input) {
        return define(id, goalId, version, input, Optional.of(this));
    }

    /**
     * The owner's new current value, as the updated target and the history entry recording it.
     * Who may enter values (the owner, project admins) is the caller's check.
     *
     * @throws InvalidInputException naming {@code currentValue} when the value is NaN or infinite,
     *     not 0 or 1 for a true/false target, or the target counts issues or computes a KPI
     */
    public ValueUpdate enterValue(String userKey, double value, Optional<String> note, Instant at) {
        Validator v = new Validator();
        v.check(!(kind instanceof TargetKind.Issues), "currentValue", "saleskpi.goal.currentValue.issuesCounted",
                "An issues target counts the resolved issues of its JQL; its value cannot be entered by hand");
        v.check(!(kind instanceof TargetKind.Kpi), "currentValue", "saleskpi.goal.currentValue.kpiComputed",
                "A KPI target's value is computed from Jira; it cannot be entered by hand");
        Optional<BigDecimal> newValue = FieldRules.exact(v, "currentValue", value);
        v.throwIfInvalid();
        Target updated = withCurrentValue(newValue.orElseThrow());
        return new ValueUpdate(updated, new ValueChange(id, userKey, at, currentValue, updated.currentValue, note));
    }

    /**
     * This issues target with fresh counts from Jira. The two counts come from two searches, so an
     * issue resolved in between can make resolved exceed total for a moment: it is capped, not an error.
     */
    public Target withIssueCounts(long resolved, long total) {
        if (!(kind instanceof TargetKind.Issues)) {
            throw new IllegalStateException("only issues targets have issue counts, this is " + kind.key());
        }
        long all = Math.max(0, total);
        long done = Math.max(0, Math.min(resolved, all));
        return new Target(id, goalId, name, kind, unitLabel, BigDecimal.ZERO, BigDecimal.valueOf(all),
                BigDecimal.valueOf(done), ownerKey, weight, version);
    }

    /** This KPI target with its KPI's value as computed by the engine over the goal's period. */
    public Target withKpiValue(BigDecimal value) {
        if (!(kind instanceof TargetKind.Kpi)) {
            throw new IllegalStateException("only KPI targets have computed values, this is " + kind.key());
        }
        return withCurrentValue(value);
    }

    /** Progress per the kind's row of KPI-DEFINITIONS.md, "Goals and targets". */
    public Progress progress() {
        return kind.progress(startValue, targetValue, currentValue);
    }

    /**
     * This target's progress against the share of its goal's time elapsed by the end of
     * {@code today}; {@link Pace#isBehind()} answers "who's behind".
     */
    public Pace pace(Goal goal, LocalDate today) {
        if (goal.id() != goalId) {
            throw new IllegalArgumentException("target " + id + " belongs to goal " + goalId + ", not " + goal.id());
        }
        return new Pace(progress(), goal.elapsedShare(today), goal.hasStarted(today));
    }

    public boolean isOwnedBy(String userKey) {
        return ownerKey.equals(userKey);
    }

    private Target withCurrentValue(BigDecimal value) {
        return new Target(id, goalId, name, kind, unitLabel, startValue, targetValue, value, ownerKey, weight,
                version);
    }

    private static Target define(long id, long goalId, long version, TargetInput in, Optional<Target> before) {
        Validator v = new Validator();
        Optional<TargetKind> kind = kindOf(v, in);
        BigDecimal weight = FieldRules.exact(v, "weight", in.weight()).orElse(BigDecimal.ONE);
        BigDecimal start = FieldRules.exact(v, "startValue", in.startValue()).orElse(BigDecimal.ZERO);
        Optional<BigDecimal> target = FieldRules.exact(v, "targetValue", in.targetValue());
        Optional<BigDecimal> current = FieldRules.exact(v, "currentValue", in.currentValue());
        Optional<String> unitLabel = Optional.ofNullable(in.unitLabel());
        checkDefinition(v, in.name(), in.ownerKey(), unitLabel, weight);
        if (kind.isEmpty()) {
            v.throwIfInvalid();
        }
        TargetKind k = kind.orElseThrow();
        // Same key: the owner's value survives a redefinition. Same kind: so do counts and KPI values.
        Optional<Target> sameKey = before.filter(b -> b.kind.key().equals(k.key()));
        Optional<Target> sameKind = before.filter(b -> b.kind.equals(k));
        v.check(before.isEmpty() || sameKey.isPresent(), "kind", "saleskpi.goal.kind.fixed",
                "A target's kind cannot change; create a new target instead");
        // The entered amounts are in the old currency: reading them in a new one would change their value.
        v.check(before.isEmpty() || !(k instanceof TargetKind.Amount) || sameKind.isPresent(), "currency",
                "saleskpi.goal.currency.fixed", "A currency target's currency cannot change; create a new target instead");

        BigDecimal startValue;
        BigDecimal targetValue;
        BigDecimal currentValue;
        if (k instanceof TargetKind.TrueFalse) {
            startValue = BigDecimal.ZERO;
            targetValue = BigDecimal.ONE;
            currentValue = sameKey.map(Target::currentValue).orElse(current.orElse(BigDecimal.ZERO));
        } else if (k instanceof TargetKind.Issues) {
            startValue = BigDecimal.ZERO;
            targetValue = sameKind.map(Target::targetValue).orElse(BigDecimal.ZERO);
            currentValue = sameKind.map(Target::currentValue).orElse(BigDecimal.ZERO);
        } else if (k instanceof TargetKind.Numeric || k instanceof TargetKind.Amount || k instanceof TargetKind.Kpi) {
            v.check(in.targetValue() != null, "targetValue", "saleskpi.goal.targetValue.required",
                    "Target value is required");
            startValue = start;
            targetValue = target.orElse(start);
            currentValue = k.isEnteredByHand()
                    ? sameKey.map(Target::currentValue).orElse(current.orElse(start))
                    // A KPI shows no progress until the engine computes its first value.
                    : sameKind.map(Target::currentValue).orElse(start);
        } else {
            throw new IllegalStateException("no values rule for target kind " + k.getClass().getName());
        }
        checkValues(v, k, targetValue, currentValue);
        v.throwIfInvalid();
        return new Target(id, goalId, in.name(), k, unitLabel, startValue, targetValue, currentValue,
                in.ownerKey(), weight, version);
    }

    private static Optional<TargetKind> kindOf(Validator v, TargetInput in) {
        try {
            return Optional.of(TargetKind.of(in.kind(), in.currency(), in.jql(), in.kpiKey(), in.kpiProfileId()));
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> v.check(false, error.field(), error.messageKey(), error.message()));
            return Optional.empty();
        }
    }

    private static void checkDefinition(Validator v, String name, String ownerKey, Optional<String> unitLabel,
            BigDecimal weight) {
        FieldRules.name(v, name);
        FieldRules.owner(v, ownerKey);
        v.check(unitLabel.map(label -> label.strip().length() <= FieldRules.MAX_TEXT_LENGTH).orElse(true),
                "unitLabel", "saleskpi.goal.unitLabel.tooLong",
                "Unit must be at most " + FieldRules.MAX_TEXT_LENGTH + " characters", FieldRules.MAX_TEXT_LENGTH);
        v.check(weight.signum() > 0, "weight", "saleskpi.goal.weight.notPositive", "Weight must be above 0");
    }

    private static void checkValues(Validator v, TargetKind kind, BigDecimal targetValue, BigDecimal currentValue) {
        if (kind instanceof TargetKind.TrueFalse) {
            v.check(currentValue.compareTo(BigDecimal.ZERO) == 0 || currentValue.compareTo(BigDecimal.ONE) == 0,
                    "currentValue", "saleskpi.goal.currentValue.trueFalse",
                    "A true/false target's value is 0 (not yet) or 1 (done), was " + currentValue, targetValue.toPlainString());
        } else if (kind instanceof TargetKind.Issues) {
            v.check(isCount(targetValue) && isCount(currentValue) && currentValue.compareTo(targetValue) <= 0,
                    "currentValue", "saleskpi.goal.currentValue.issueCounts",
                    "Resolved issues must be a whole number between 0 and all issues (" + targetValue + "), was "
                            + currentValue, targetValue.toPlainString());
        }
    }

    private static boolean isCount(BigDecimal value) {
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
    }
}
