package org.saleskpi.core.goal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.saleskpi.core.goal.checkin.CheckInCadence;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.validation.Validator;

/**
 * A sales goal of a project: what a team aims for between a start and a due date, measured by
 * its targets (KPI-DEFINITIONS.md, "Goals and targets").
 *
 * @param id 0 until stored
 * @param folderId empty at the project's top level
 * @param ownerKey user key of the person responsible
 * @param startDate the goal's first day
 * @param dueDate the goal's last day, included; may equal the start date
 * @param colour {@code #RRGGBB}, upper case
 * @param version the stored version, checked when writing (optimistic locking)
 * @param targets every target has this goal's id
 * @param checkInCadence how often its owner is expected to write a check-in (ADR 0062)
 */
public record Goal(
        long id,
        String projectKey,
        Optional<Long> folderId,
        String ownerKey,
        String name,
        String description,
        LocalDate startDate,
        LocalDate dueDate,
        String colour,
        boolean archived,
        Instant created,
        Instant updated,
        long version,
        List<Target> targets,
        CheckInCadence checkInCadence) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** A goal with the default check-in cadence. */
    public Goal(long id, String projectKey, Optional<Long> folderId, String ownerKey, String name, String description,
            LocalDate startDate, LocalDate dueDate, String colour, boolean archived, Instant created, Instant updated,
            long version, List<Target> targets) {
        this(id, projectKey, folderId, ownerKey, name, description, startDate, dueDate, colour, archived, created,
                updated, version, targets, CheckInCadence.DEFAULT);
    }

    public Goal {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(checkInCadence, "checkInCadence");
        Objects.requireNonNull(folderId, "folderId");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        Validator v = new Validator();
        FieldRules.name(v, name);
        FieldRules.owner(v, ownerKey);
        v.check(startDate != null, "startDate", "saleskpi.goal.startDate.required", "Start date is required");
        v.check(dueDate != null, "dueDate", "saleskpi.goal.dueDate.required", "Due date is required");
        v.check(startDate == null || dueDate == null || !dueDate.isBefore(startDate), "dueDate",
                "saleskpi.goal.dueDate.beforeStart", "Due date must not be before the start date");
        v.check(colour != null && COLOUR.matcher(colour).matches(), "colour", "saleskpi.goal.colour.invalid",
                "Colour must be #RRGGBB, such as #0052CC; was " + colour);
        v.throwIfInvalid();
        name = name.strip();
        description = description == null ? "" : description.strip();
        colour = colour.toUpperCase(Locale.ROOT);
        targets = List.copyOf(targets);
        for (Target target : targets) {
            if (target.goalId() != id) {
                throw new IllegalArgumentException(
                        "target " + target.id() + " belongs to goal " + target.goalId() + ", not " + id);
            }
        }
    }

    /**
     * A new goal of a project, not yet stored and without targets.
     *
     * @throws InvalidInputException listing every invalid field of the input
     */
    public static Goal create(String projectKey, GoalInput input, Instant now) {
        return new Goal(0, projectKey, Optional.ofNullable(input.folderId()), input.ownerKey(), input.name(),
                input.description(), input.startDate(), input.dueDate(), input.colour(), false, now, now, 0,
                List.of(), input.checkInCadence().orElse(CheckInCadence.DEFAULT));
    }

    /**
     * This goal with every editable field replaced by the input's.
     *
     * @throws InvalidInputException listing every invalid field of the input
     */
    public Goal edit(GoalInput input, Instant now) {
        return new Goal(id, projectKey, Optional.ofNullable(input.folderId()), input.ownerKey(), input.name(),
                input.description(), input.startDate(), input.dueDate(), input.colour(), archived, created, now,
                version, targets, input.checkInCadence().orElse(checkInCadence));
    }

    public Goal withTargets(List<Target> targets) {
        return new Goal(id, projectKey, folderId, ownerKey, name, description, startDate, dueDate, colour, archived,
                created, updated, version, targets, checkInCadence);
    }

    /** The goal's days as a half-open period: from the start date to the day after the due date. */
    public Period period() {
        return Period.inclusive(startDate, dueDate);
    }

    /**
     * The share of the goal's days already over when {@code today} begins: (days from the start
     * date up to, not including, today) / (days from the start date through the due date), clamped
     * to [0, 1]. So it is 0 on the start date (nobody is behind on day one), (n-1)/n on the due date
     * of an n-day goal, and 1 from the day after. Rounded down to {@link Progress#PRECISION}.
     */
    public BigDecimal elapsedShare(LocalDate today) {
        long days = period().days();
        long elapsed = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(startDate, today)));
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(days), Progress.PRECISION);
    }

    /**
     * The weighted mean of the targets' progress: sum(weight x progress) / sum(weight), rounded down
     * to {@link Progress#PRECISION}. Empty for a goal without targets: it has nothing to measure.
     */
    public Optional<Progress> progress() {
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Target target : targets) {
            weighted = weighted.add(target.weight().multiply(target.progress().fraction()));
            weights = weights.add(target.weight());
        }
        return Optional.of(new Progress(weighted.divide(weights, Progress.PRECISION)));
    }

    /**
     * Whether the goal has begun on {@code today}: its start date is today or earlier. The start is
     * local midnight of the start date in the zone {@code today} was taken in.
     */
    public boolean hasStarted(LocalDate today) {
        return !today.isBefore(startDate);
    }

    /**
     * One of this goal's targets with a value entered now, as {@link Target#enterValue} makes it.
     * A value is dated the instant it is entered; before the goal's start (local midnight of the
     * start date in the clock's zone) it would count towards a goal that has not begun, so it is
     * refused.
     *
     * @throws InvalidInputException naming {@code currentValue} before the start, or as
     *     {@link Target#enterValue} does
     */
    public ValueUpdate enterValue(Target target, String userKey, double value, Optional<String> note, Clock clock) {
        if (target.goalId() != id) {
            throw new IllegalArgumentException("target " + target.id() + " belongs to goal " + target.goalId()
                    + ", not " + id);
        }
        new Validator().check(hasStarted(LocalDate.now(clock)), "currentValue", "saleskpi.goal.value.beforeStart",
                "The goal starts on " + startDate + "; a value can be entered from that day on").throwIfInvalid();
        return target.enterValue(userKey, value, note, clock.instant());
    }

    /** The goal's progress against its elapsed share on {@code today}; empty without targets. */
    public Optional<Pace> pace(LocalDate today) {
        return progress().map(progress -> new Pace(progress, elapsedShare(today), hasStarted(today)));
    }

    /** The targets whose progress is below the goal's elapsed share ("Who's behind"). */
    public List<Target> targetsBehind(LocalDate today) {
        return targets.stream()
                .filter(target -> target.pace(this, today).isBehind())
                .collect(Collectors.toUnmodifiableList());
    }
}
