package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

class TargetValidationTest {

    private static TargetInput input(String name, String kind, String currency, String jql, String kpiKey,
            Double start, Double target, Double current, Double weight) {
        return new TargetInput(name, kind, currency, jql, kpiKey, 7L, null, start, target, current, "bob", weight);
    }

    private static TargetInput number(String name, Double start, Double target, Double current, Double weight) {
        return input(name, "number", null, null, null, start, target, current, weight);
    }

    private static List<FieldError> errorsOf(TargetInput input) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Target.create(1, input));
        assertThat(e).as("expected %s to be rejected", input).isNotNull();
        return e.errors();
    }

    private static List<String> fieldsOf(TargetInput input) {
        return errorsOf(input).stream().map(FieldError::field).toList();
    }

    @Test
    void blankNameIsRejected() {
        assertThat(fieldsOf(number("  ", 0.0, 10.0, null, null))).containsExactly("name");
        assertThat(fieldsOf(number(null, 0.0, 10.0, null, null))).containsExactly("name");
    }

    @Test
    void nameIsAtMost255Characters() {
        assertThat(Target.create(1, number("x".repeat(255), 0.0, 10.0, null, null)).name()).hasSize(255);
        assertThat(errorsOf(number("x".repeat(256), 0.0, 10.0, null, null)))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "saleskpi.goal.name.tooLong"));
    }

    @Test
    void unknownCurrencyIsRejected() {
        assertThat(fieldsOf(input("Revenue", "currency", "XYZ", null, null, 0.0, 10.0, null, null)))
                .containsExactly("currency");
        assertThat(fieldsOf(input("Revenue", "currency", null, null, null, 0.0, 10.0, null, null)))
                .containsExactly("currency");
    }

    @Test
    void nonFiniteNumbersAreRejectedByField() {
        assertThat(fieldsOf(number("Calls", Double.NaN, 10.0, null, null))).containsExactly("startValue");
        assertThat(fieldsOf(number("Calls", 0.0, Double.POSITIVE_INFINITY, null, null))).containsExactly("targetValue");
        assertThat(fieldsOf(number("Calls", 0.0, 10.0, Double.NEGATIVE_INFINITY, null))).containsExactly("currentValue");
        assertThat(errorsOf(number("Calls", Double.NaN, 10.0, null, null)).get(0).messageKey())
                .isEqualTo("saleskpi.goal.startValue.notFinite");
    }

    @Test
    void weightMustBeAboveZero() {
        assertThat(fieldsOf(number("Calls", 0.0, 10.0, null, 0.0))).containsExactly("weight");
        assertThat(fieldsOf(number("Calls", 0.0, 10.0, null, -1.0))).containsExactly("weight");
        assertThat(fieldsOf(number("Calls", 0.0, 10.0, null, Double.NaN))).containsExactly("weight");
        assertThat(Target.create(1, number("Calls", 0.0, 10.0, null, 0.001)).weight()).isEqualByComparingTo("0.001");
    }

    @Test
    void issuesTargetNeedsJql() {
        assertThat(fieldsOf(input("Tasks", "issues", null, " ", null, null, null, null, null))).containsExactly("jql");
        assertThat(fieldsOf(input("Tasks", "issues", null, null, null, null, null, null, null))).containsExactly("jql");
    }

    @Test
    void kpiTargetNeedsKpiKeyAndProfile() {
        assertThat(fieldsOf(input("Win rate", "kpi", null, null, "", 0.2, 0.3, null, null)))
                .containsExactly("kpiKey");
        TargetInput noProfile = new TargetInput("Win rate", "kpi", null, null, "win-rate", null, null, 0.2, 0.3,
                null, "bob", null);
        assertThat(fieldsOf(noProfile)).containsExactly("kpiProfileId");
    }

    @Test
    void kindMustBeKnown() {
        assertThat(fieldsOf(input("Calls", "percentage", null, null, null, 0.0, 10.0, null, null)))
                .containsExactly("kind");
        assertThat(fieldsOf(input("Calls", null, null, null, null, 0.0, 10.0, null, null))).containsExactly("kind");
    }

    @Test
    void linearTargetsNeedATargetValue() {
        assertThat(fieldsOf(number("Calls", 0.0, null, null, null))).containsExactly("targetValue");
    }

    @Test
    void trueFalseValueIsZeroOrOne() {
        assertThat(fieldsOf(input("Signed", "true-false", null, null, null, null, null, 0.5, null)))
                .containsExactly("currentValue");
    }

    @Test
    void ownerIsRequired() {
        TargetInput noOwner = new TargetInput("Calls", "number", null, null, null, null, null, 0.0, 10.0, null,
                " ", null);
        assertThat(fieldsOf(noOwner)).containsExactly("ownerKey");
    }

    @Test
    void everyErrorOfOneInputIsReportedAtOnce() {
        TargetInput bad = input("", "currency", "EURO", null, null, Double.NaN, Double.POSITIVE_INFINITY, null, 0.0);
        List<FieldError> errors = errorsOf(bad);
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("currency", "startValue", "targetValue", "name", "weight");
        assertThat(errors).allSatisfy(error -> assertThat(error.messageKey()).startsWith("saleskpi.goal."));
    }

    @Test
    void validInputGivesDefaultsPerKind() {
        Target revenue = Target.create(1, input(" Revenue ", "currency", "EUR", null, null, null, 50_000.0, null,
                null));
        assertThat(revenue.name()).isEqualTo("Revenue");
        assertThat(revenue.kind()).isEqualTo(new TargetKind.Amount(Currency.getInstance("EUR")));
        assertThat(revenue.startValue()).isEqualByComparingTo("0");
        assertThat(revenue.currentValue()).isEqualByComparingTo("0");
        assertThat(revenue.weight()).isEqualByComparingTo("1");
        assertThat(revenue.id()).isZero();
        assertThat(revenue.goalId()).isEqualTo(1);

        Target tasks = Target.create(1, input("Tasks", "issues", null, "project = ONB", null, 5.0, 9.0, 3.0, null));
        // issues targets take their counts from Jira, never from the client
        assertThat(List.of(tasks.startValue(), tasks.targetValue(), tasks.currentValue()))
                .allSatisfy(value -> assertThat(value).isEqualByComparingTo("0"));
    }

    @Test
    void clientDecimalsStayExact() {
        // 0.1 as a double is 0.1000000000000000055...; the target keeps the 0.1 the client typed
        Target target = Target.create(1, number("Conversion", 0.1, 0.3, 0.2, null));
        assertThat(target.startValue()).isEqualTo(new BigDecimal("0.1"));
        assertThat(target.progress().fraction()).isEqualByComparingTo("0.5");
    }

    @Test
    void blankUnitLabelIsNoUnit() {
        TargetInput blankUnit = new TargetInput("Calls", "number", null, null, null, null, "  ", 0.0, 10.0, null,
                "bob", null);
        assertThat(Target.create(1, blankUnit).unitLabel()).isEqualTo(Optional.empty());
        TargetInput longUnit = new TargetInput("Calls", "number", null, null, null, null, "u".repeat(256), 0.0,
                10.0, null, "bob", null);
        assertThat(fieldsOf(longUnit)).containsExactly("unitLabel");
    }
}
