package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.saleskpi.core.goal.Fixtures.goal;
import static org.saleskpi.core.goal.Fixtures.number;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.validation.InvalidInputException;

class ValueBeforeStartTest {
    // A goal from 1 March to 31 March 2025, read in New York (UTC-5 in early March): 1 March
    // begins there at 05:00 UTC.
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant START = Instant.parse("2025-03-01T05:00:00Z");
    private static final Goal GOAL = goal(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), number(0, 10, 2));
    private static final Target CALLS = GOAL.targets().get(0);

    @Test
    void aValueEnteredAtTheGoalsFirstInstantIsTaken() {
        ValueUpdate update = GOAL.enterValue(CALLS, "bob", 4, Optional.empty(), Clock.fixed(START, NEW_YORK));

        assertThat(update.target().currentValue()).isEqualByComparingTo("4");
        assertThat(update.change().changedAt()).isEqualTo(START);
        assertThat(update.change().oldValue()).isEqualByComparingTo("2");
    }

    @Test
    void aValueEnteredOneSecondBeforeTheStartIsRefusedNamingTheValue() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> GOAL.enterValue(CALLS, "bob", 4, Optional.empty(), Clock.fixed(START.minusSeconds(1), NEW_YORK)));

        assertThat(e).isNotNull();
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("currentValue");
            assertThat(error.messageKey()).isEqualTo("saleskpi.goal.value.beforeStart");
            assertThat(error.message()).contains("2025-03-01");
        });
    }

    @Test
    void theStartIsMidnightInTheClocksZoneNotInUtc() {
        // 04:59:59 UTC is already 1 March in UTC but still 28 February in New York.
        Instant utcMidnightPassed = Instant.parse("2025-03-01T04:59:59Z");
        assertThatThrownBy(() -> GOAL.enterValue(CALLS, "bob", 4, Optional.empty(),
                Clock.fixed(utcMidnightPassed, NEW_YORK))).isInstanceOf(InvalidInputException.class);
        assertThat(GOAL.enterValue(CALLS, "bob", 4, Optional.empty(), Clock.fixed(utcMidnightPassed, ZoneId.of("UTC")))
                .target().currentValue()).isEqualByComparingTo("4");
    }

    @Test
    void aTargetOfAnotherGoalIsAProgrammingError() {
        Target ofAnotherGoal = Target.create(99, Fixtures.numberInput());
        assertThatThrownBy(() -> GOAL.enterValue(ofAnotherGoal, "bob", 4, Optional.empty(),
                Clock.fixed(START, NEW_YORK))).isInstanceOf(IllegalArgumentException.class);
    }
}
