package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

class TargetRedefinitionTest {

    private static final Target CALLS = new Target(12, 5, "Calls", new TargetKind.Numeric(), Optional.of("calls"),
            BigDecimal.ZERO, new BigDecimal("200"), new BigDecimal("40"), "bob", BigDecimal.ONE, 7);

    private static TargetInput issues(String jql) {
        return new TargetInput("Tasks", "issues", null, jql, null, null, null, null, null, null, "bob", null);
    }

    @Test
    void redefinitionKeepsIdentityAndEnteredValue() {
        // the client sends currentValue 999, but values change only through enterValue
        Target redefined = CALLS.redefine(new TargetInput("Calls made", "number", null, null, null, null, "calls",
                10.0, 250.0, 999.0, "carol", 2.0));
        assertThat(redefined.id()).isEqualTo(12);
        assertThat(redefined.goalId()).isEqualTo(5);
        assertThat(redefined.version()).isEqualTo(7);
        assertThat(redefined.name()).isEqualTo("Calls made");
        assertThat(redefined.currentValue()).isEqualByComparingTo("40");
        assertThat(redefined.targetValue()).isEqualByComparingTo("250");
        assertThat(redefined.ownerKey()).isEqualTo("carol");
        assertThat(redefined.weight()).isEqualByComparingTo("2");
    }

    @Test
    void kindCannotChange() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> CALLS.redefine(issues("project = ONB")));
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("kind");
    }

    @Test
    void issueCountsSurviveOnlyWhileTheJqlStays() {
        Target counted = Target.create(5, issues("project = ONB")).withIssueCounts(3, 8);
        Target renamed = counted.redefine(issues("project = ONB"));
        assertThat(renamed.currentValue()).isEqualByComparingTo("3");
        assertThat(renamed.targetValue()).isEqualByComparingTo("8");

        Target requeried = counted.redefine(issues("project = ONB AND type = Task"));
        assertThat(requeried.currentValue()).isEqualByComparingTo("0");
        assertThat(requeried.targetValue()).isEqualByComparingTo("0");
    }

    @Test
    void issueCountsFromTwoRacingSearchesAreCapped() {
        // An issue resolved between the total and the resolved search: 9 of 8 reads as 8 of 8.
        Target tasks = Target.create(5, issues("project = ONB")).withIssueCounts(9, 8);
        assertThat(tasks.currentValue()).isEqualByComparingTo("8");
        assertThat(tasks.targetValue()).isEqualByComparingTo("8");
        assertThat(tasks.progress().isComplete()).isTrue();
    }

    @Test
    void aCurrencyTargetKeepsItsCurrency() {
        Target revenue = Target.create(5, new TargetInput("Revenue", "currency", "EUR", null, null, null, null, 0.0,
                10_000.0, 2_000.0, "ann", null));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> revenue.redefine(
                new TargetInput("Revenue", "currency", "USD", null, null, null, null, 0.0, 10_000.0, null, "ann", null)));
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("currency");
        assertThat(revenue.redefine(new TargetInput("Revenue", "currency", "EUR", null, null, null, null, 0.0,
                12_000.0, null, "ann", null)).currentValue()).isEqualByComparingTo("2000");
    }
}
