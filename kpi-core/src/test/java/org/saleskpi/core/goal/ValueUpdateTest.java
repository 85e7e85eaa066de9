package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

class ValueUpdateTest {

    private static final Instant AT = Instant.parse("2025-02-03T10:15:00Z");

    private static final Target CALLS = new Target(12, 5, "Calls", new TargetKind.Numeric(), Optional.of("calls"),
            BigDecimal.ZERO, new BigDecimal("200"), new BigDecimal("40"), "bob", BigDecimal.ONE, 7);

    private static FieldError rejection(Target target, double value) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> target.enterValue("bob", value, Optional.empty(), AT));
        assertThat(e).as("expected %s to be rejected", value).isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }

    @Test
    void enteringAValueGivesTheUpdatedTargetAndItsHistoryEntry() {
        ValueUpdate update = CALLS.enterValue("bob", 65, Optional.of(" after the trade fair "), AT);

        assertThat(update.target().currentValue()).isEqualByComparingTo("65");
        assertThat(update.target().progress().fraction()).isEqualByComparingTo("0.325"); // 65 / 200
        // the version stays the one read: the repository checks it and raises it
        assertThat(update.target().version()).isEqualTo(7);
        assertThat(update.target()).usingRecursiveComparison().ignoringFields("currentValue").isEqualTo(CALLS);

        assertThat(update.change()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new ValueChange(12, "bob", AT, new BigDecimal("40"), new BigDecimal("65"),
                        Optional.of("after the trade fair")));
    }

    @Test
    void blankNoteIsNoNote() {
        assertThat(CALLS.enterValue("bob", 1, Optional.of("   "), AT).change().note()).isEmpty();
    }

    @Test
    void nonFiniteValuesAreRejected() {
        FieldError nan = rejection(CALLS, Double.NaN);
        assertThat(nan.field()).isEqualTo("currentValue");
        assertThat(nan.messageKey()).isEqualTo("saleskpi.goal.currentValue.notFinite");
        assertThat(rejection(CALLS, Double.POSITIVE_INFINITY).field()).isEqualTo("currentValue");
    }

    @Test
    void trueFalseTakesOnlyZeroOrOne() {
        Target signed = Fixtures.trueFalse(0);
        assertThat(signed.enterValue("bob", 1, Optional.empty(), AT).target().progress()).isEqualTo(Progress.COMPLETE);
        FieldError half = rejection(signed, 0.5);
        assertThat(half.field()).isEqualTo("currentValue");
        assertThat(half.messageKey()).isEqualTo("saleskpi.goal.currentValue.trueFalse");
        assertThat(rejection(signed, 2).field()).isEqualTo("currentValue");
    }

    @Test
    void issuesTargetsCannotBeUpdatedByHand() {
        FieldError error = rejection(Fixtures.issues(1, 4), 3);
        assertThat(error.field()).isEqualTo("currentValue");
        assertThat(error.messageKey()).isEqualTo("saleskpi.goal.currentValue.issuesCounted");
        assertThat(error.message()).contains("cannot be entered by hand");
    }

    @Test
    void kpiTargetsAreComputedNotEntered() {
        Target winRate = Target.create(5, new TargetInput("Win rate", "kpi", null, null, "win-rate", 3L, null, 0.2,
                0.3, null, "bob", null));
        assertThat(rejection(winRate, 0.25).messageKey()).isEqualTo("saleskpi.goal.currentValue.kpiComputed");
        // the engine passes the computed value in: (0.26 - 0.2) / (0.3 - 0.2) = 0.6
        assertThat(winRate.withKpiValue(new BigDecimal("0.26")).progress().fraction()).isEqualByComparingTo("0.6");
    }

    @Test
    void ownerIsTheTargetsOwner() {
        assertThat(CALLS.isOwnedBy("bob")).isTrue();
        assertThat(CALLS.isOwnedBy("alice")).isFalse();
    }
}
