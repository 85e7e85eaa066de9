package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

class GoalValidationTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2025, 3, 31);

    private static GoalInput input(String name, LocalDate start, LocalDate due, String colour) {
        return new GoalInput(null, "alice", name, null, start, due, colour);
    }

    private static List<FieldError> errorsOf(GoalInput input) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Goal.create("SALES", input, Fixtures.NOW));
        assertThat(e).as("expected %s to be rejected", input).isNotNull();
        return e.errors();
    }

    private static List<String> fieldsOf(GoalInput input) {
        return errorsOf(input).stream().map(FieldError::field).toList();
    }

    @Test
    void validInputMakesAnUnstoredGoal() {
        Goal goal = Goal.create("SALES", new GoalInput(4L, "alice", " Q1 ", null, START, DUE, "#00aaff"), Fixtures.NOW);
        assertThat(goal.id()).isZero();
        assertThat(goal.version()).isZero();
        assertThat(goal.name()).isEqualTo("Q1");
        assertThat(goal.description()).isEmpty();
        assertThat(goal.folderId()).contains(4L);
        assertThat(goal.colour()).isEqualTo("#00AAFF");
        assertThat(goal.archived()).isFalse();
        assertThat(goal.created()).isEqualTo(Fixtures.NOW).isEqualTo(goal.updated());
        assertThat(goal.targets()).isEmpty();
    }

    @Test
    void nameMustNotBeBlankNorLongerThan255() {
        assertThat(fieldsOf(input(" ", START, DUE, "#0052CC"))).containsExactly("name");
        assertThat(fieldsOf(input("x".repeat(256), START, DUE, "#0052CC"))).containsExactly("name");
        assertThat(Goal.create("SALES", input("x".repeat(255), START, DUE, "#0052CC"), Fixtures.NOW).name())
                .hasSize(255);
    }

    @Test
    void dueDateMustNotBeBeforeStart() {
        List<FieldError> errors = errorsOf(input("Q1", START, START.minusDays(1), "#0052CC"));
        assertThat(errors).extracting(FieldError::field).containsExactly("dueDate");
        assertThat(errors.get(0).messageKey()).isEqualTo("saleskpi.goal.dueDate.beforeStart");
        // a one-day goal is fine
        assertThat(Goal.create("SALES", input("Q1", START, START, "#0052CC"), Fixtures.NOW).period().days())
                .isEqualTo(1);
    }

    @Test
    void datesAreRequired() {
        assertThat(fieldsOf(input("Q1", null, null, "#0052CC"))).containsExactly("startDate", "dueDate");
    }

    @Test
    void colourMustBeHashAndSixHexDigits() {
        for (String bad : new String[] {"red", "#12345", "#1234567", "#GG0000", "0052CC", "", null}) {
            assertThat(fieldsOf(input("Q1", START, DUE, bad))).as(String.valueOf(bad)).containsExactly("colour");
        }
    }

    @Test
    void everyErrorOfOneInputIsReportedAtOnce() {
        GoalInput bad = new GoalInput(null, "", "", null, DUE, START, "blue");
        assertThat(fieldsOf(bad)).containsExactlyInAnyOrder("name", "ownerKey", "dueDate", "colour");
    }

    @Test
    void editReplacesTheEditableFieldsAndKeepsIdentity() {
        Goal stored = new Goal(5, "SALES", Optional.empty(), "alice", "Q1", "", START, DUE, "#0052CC", false,
                Fixtures.NOW, Fixtures.NOW, 3, List.of());
        Goal edited = stored.edit(new GoalInput(2L, "carol", "Q1 EMEA", "Only EMEA", START, DUE.plusDays(1),
                "#FF0000"), Fixtures.NOW.plusSeconds(60));
        assertThat(edited.id()).isEqualTo(5);
        assertThat(edited.version()).isEqualTo(3);
        assertThat(edited.created()).isEqualTo(Fixtures.NOW);
        assertThat(edited.updated()).isEqualTo(Fixtures.NOW.plusSeconds(60));
        assertThat(edited.folderId()).contains(2L);
        assertThat(edited.ownerKey()).isEqualTo("carol");
        assertThat(edited.dueDate()).isEqualTo(DUE.plusDays(1));
    }

    @Test
    void targetsMustBelongToTheGoal() {
        Target ofGoalNine = Target.create(9, Fixtures.numberInput());
        Goal goal = Goal.create("SALES", input("Q1", START, DUE, "#0052CC"), Fixtures.NOW);
        assertThatThrownBy(() -> goal.withTargets(List.of(ofGoalNine))).isInstanceOf(IllegalArgumentException.class);
    }
}
