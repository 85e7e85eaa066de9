package org.saleskpi.core.gadget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

/** Every option kind read from a schema: a good value, the default, and each error naming its parameter. */
class GadgetInputTest {
    private static final SalesModel MODEL = Pipeline.model();
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 14);
    private static final IssueCatalog.FieldInfo REGION =
            new IssueCatalog.FieldInfo("customfield_20000", "Region", FieldType.TEXT);
    private static final IssueCatalog.FieldInfo BUDGET =
            new IssueCatalog.FieldInfo("customfield_20001", "Budget", FieldType.NUMBER);

    private final List<String> fieldsAsked = new ArrayList<>();

    private GadgetInput read(List<OptionSpec> options, String... pairs) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            parameters.computeIfAbsent(pair.substring(0, equals), k -> new ArrayList<>()).add(pair.substring(equals + 1));
        }
        GadgetInput.Context context = new GadgetInput.Context(MODEL, TODAY, new KpiCatalog(MODEL, KpiOptions.defaults()),
                () -> {
                    fieldsAsked.add("asked");
                    return List.of(REGION, BUDGET);
                });
        return GadgetInput.read(new Schema("test", options), parameters, context);
    }

    private static void fails(ThrowingCallable reading, String field, String key) {
        assertThatThrownBy(reading).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .extracting(FieldError::field, FieldError::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(field, key)));
    }

    @Test
    void aFigureIsAKpiOrOneOfItsFiguresAndRequiredFiguresHaveNoApiDefault() {
        List<OptionSpec> one = List.of(OptionSpec.of("kpi", OptionKind.FIGURE).asRequired().byDefault("won-revenue"));

        assertThat(read(one, "kpi=win-rate").figure("kpi")).isEqualTo(FigureChoice.headline(Kpi.WIN_RATE));
        assertThat(read(one, "kpi= won-revenue.count ").figure("kpi")).isEqualTo(FigureChoice.of(Kpi.WON_REVENUE,
                "count"));
        fails(() -> read(one), "kpi", "saleskpi.gadget.kpi.required");
        fails(() -> read(one, "kpi= "), "kpi", "saleskpi.gadget.kpi.required");
        fails(() -> read(one, "kpi=nope"), "kpi", "saleskpi.gadget.kpi.unknown");
        fails(() -> read(one, "kpi=won-revenue.nope"), "kpi", "saleskpi.gadget.kpi.figure");
        fails(() -> read(one, "kpi=won-revenue", "kpi=win-rate"), "kpi", "saleskpi.gadget.kpi.single");
    }

    @Test
    void figuresAreRepeatedAndAnOptionalOnesDefaultIsCommaSeparated() {
        List<OptionSpec> required = List.of(OptionSpec.of("kpi", OptionKind.FIGURES).asRequired());
        List<OptionSpec> optional = List.of(OptionSpec.of("kpi", OptionKind.FIGURES).byDefault("won-revenue,win-rate"));

        assertThat(read(required, "kpi=won-revenue", "kpi=win-rate").figures("kpi"))
                .containsExactly(FigureChoice.headline(Kpi.WON_REVENUE), FigureChoice.headline(Kpi.WIN_RATE));
        assertThat(read(optional).figures("kpi"))
                .containsExactly(FigureChoice.headline(Kpi.WON_REVENUE), FigureChoice.headline(Kpi.WIN_RATE));
        fails(() -> read(required), "kpi", "saleskpi.gadget.kpi.required");
        fails(() -> read(required, "kpi=won-revenue", "kpi=nope"), "kpi", "saleskpi.gadget.kpi.unknown");
    }

    @Test
    void thePeriodDefaultsToThisMonthInTheApiWhateverTheFormsDefault() {
        List<OptionSpec> options = List.of(OptionSpec.of("period", OptionKind.PERIOD).byDefault("this-year"));

        assertThat(read(options, "period=last-month").period("period").fixed())
                .contains(new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1)));
        assertThat(read(options).period("period").fixed())
                .contains(new Period(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1)));
        assertThat(read(options, "period=all").period("period").fixed()).isEmpty();
        fails(() -> read(options, "period=someday"), "period", "saleskpi.period.invalid");
    }

    @Test
    void aBucketIsOneOfTheBucketKeys() {
        List<OptionSpec> options = List.of(OptionSpec.of("bucket", OptionKind.BUCKET).byDefault("month"));

        assertThat(read(options, "bucket=week").bucket("bucket")).contains(Bucket.WEEK);
        assertThat(read(options).bucket("bucket")).contains(Bucket.MONTH);
        fails(() -> read(options, "bucket=hour"), "bucket", "saleskpi.bucket.invalid");
    }

    @Test
    void aGroupingIsAKnownOneOrACodedFieldAskedForOnlyThen() {
        List<OptionSpec> options = List.of(OptionSpec.grouping("groupBy", false).byDefault("rep"),
                OptionSpec.grouping("stackBy", true));

        GadgetInput defaults = read(options);
        assertThat(defaults.grouping("groupBy")).get().extracting(GroupingParam::key).isEqualTo("rep");
        assertThat(defaults.grouping("stackBy")).isEmpty();
        assertThat(read(options, "groupBy=status").grouping("groupBy")).get().extracting(GroupingParam::key)
                .isEqualTo("status");
        assertThat(fieldsAsked).isEmpty();
        assertThat(read(options, "stackBy=field:customfield_20000").grouping("stackBy")).get()
                .extracting(GroupingParam::key).isEqualTo("field:customfield_20000");
        assertThat(fieldsAsked).hasSize(1);
        fails(() -> read(options, "groupBy=planet"), "groupBy", "saleskpi.groupBy.unknown");
        fails(() -> read(options, "stackBy=field:customfield_99"), "stackBy", "saleskpi.groupBy.unknownField");
        fails(() -> read(options, "stackBy=field:customfield_20001"), "stackBy", "saleskpi.groupBy.fieldType");
    }

    @Test
    void aWholeNumberIsInItsRange() {
        List<OptionSpec> options = List.of(OptionSpec.whole("topN", 1, 50).byDefault("8"),
                OptionSpec.whole("staleDays", 1, 3660));

        assertThat(read(options, "topN=50").whole("topN")).contains(50);
        assertThat(read(options).whole("topN")).contains(8);
        assertThat(read(options).whole("staleDays")).isEmpty();
        fails(() -> read(options, "topN=0"), "topN", "saleskpi.gadget.whole");
        fails(() -> read(options, "topN=51"), "topN", "saleskpi.gadget.whole");
        fails(() -> read(options, "topN=2.5"), "topN", "saleskpi.gadget.whole");
    }

    @Test
    void aDecimalIsANumberOfSensibleSize() {
        List<OptionSpec> options = List.of(OptionSpec.decimal("amountUnit", 0).byDefault("1000"));

        assertThat(read(options, "amountUnit=2.5").decimal("amountUnit")).contains(new BigDecimal("2.5"));
        assertThat(read(options).decimal("amountUnit")).contains(new BigDecimal("1000"));
        fails(() -> read(options, "amountUnit=many"), "amountUnit", "saleskpi.gadget.decimal");
        fails(() -> read(options, "amountUnit=1e16"), "amountUnit", "saleskpi.gadget.decimal");
    }

    @Test
    void aChoiceIsOneOfItsValues() {
        List<OptionSpec> options = List.of(OptionSpec.choice("order", "attention", "due-date", "name")
                .byDefault("attention"));

        assertThat(read(options, "order=name").choice("order")).contains("name");
        assertThat(read(options).choice("order")).contains("attention");
        assertThatThrownBy(() -> read(options, "order=random"))
                .hasMessage("order must be attention, due-date or name, was random");
        fails(() -> read(options, "order=random"), "order", "saleskpi.gadget.order.unknown");
    }

    @Test
    void aFlagIsTrueOrFalseAndAQuotaBoxOnlyQuota() {
        List<OptionSpec> options = List.of(OptionSpec.of("cumulative", OptionKind.FLAG),
                OptionSpec.of("target", OptionKind.QUOTA));

        assertThat(read(options, "cumulative=true", "target=quota").flag("cumulative")).isTrue();
        assertThat(read(options, "cumulative=true", "target=quota").quota("target")).isTrue();
        assertThat(read(options).flag("cumulative")).isFalse();
        assertThat(read(options).quota("target")).isFalse();
        fails(() -> read(options, "cumulative=maybe"), "cumulative", "saleskpi.gadget.flag");
        fails(() -> read(options, "target=1000"), "target", "saleskpi.gadget.target.test");
    }

    @Test
    void aTargetIsQuotaOrANumber() {
        List<OptionSpec> options = List.of(OptionSpec.of("target", OptionKind.TARGET));

        assertThat(read(options, "target=quota").target("target")).get().extracting(GadgetInput.TargetValue::quota)
                .isEqualTo(true);
        assertThat(read(options, "target=1000").target("target"))
                .contains(new GadgetInput.TargetValue(Optional.of(new BigDecimal("1000"))));
        assertThat(read(options).target("target")).isEmpty();
        fails(() -> read(options, "target=lots"), "target", "saleskpi.gadget.decimal");
    }

    @Test
    void goalsAndTheirTargetsAreIds() {
        List<OptionSpec> options = List.of(OptionSpec.of("goal", OptionKind.GOAL).asRequired(),
                OptionSpec.of("target", OptionKind.GOAL_TARGET));

        GadgetInput input = read(options, "goal=7", "target=12");
        assertThat(input.id("goal")).contains(7L);
        assertThat(input.id("target")).contains(12L);
        assertThat(read(options, "goal=7").id("target")).isEmpty();
        fails(() -> read(options, "target=12"), "goal", "saleskpi.gadget.goal.required");
        fails(() -> read(options, "goal=seven"), "goal", "saleskpi.gadget.id");
        fails(() -> read(options, "goal=7", "target=x"), "target", "saleskpi.gadget.id");
    }

    @Test
    void aSortKeyNamesOneOfTheChosenFigures() {
        List<OptionSpec> options = List.of(OptionSpec.of("kpi", OptionKind.FIGURES).asRequired(),
                OptionSpec.of("sort", OptionKind.SORT));

        assertThat(read(options, "kpi=won-revenue", "sort=won-revenue.amount").sort("sort"))
                .contains("won-revenue.amount");
        assertThat(read(options, "kpi=won-revenue").sort("sort")).isEmpty();
        fails(() -> read(options, "kpi=won-revenue", "sort=win-rate.rate"), "sort", "saleskpi.gadget.sort.unknown");
    }

    @Test
    void jqlAndColoursAreTextAndTheFirstWrongParameterInFormOrderIsNamed() {
        List<OptionSpec> options = List.of(OptionSpec.jql(), OptionSpec.whole("topN", 1, 50),
                OptionSpec.of("colours", OptionKind.COLOURS).asLocal());

        assertThat(read(options, "jql= status = Won ").text("jql")).contains("status = Won");
        assertThat(read(options).text("jql")).isEmpty();
        assertThat(read(options, "colours=#000000").text("colours")).contains("#000000");
        fails(() -> read(List.of(OptionSpec.whole("topN", 1, 50), OptionSpec.of("cumulative", OptionKind.FLAG)),
                "cumulative=maybe", "topN=0"), "topN", "saleskpi.gadget.whole");
        assertThatThrownBy(() -> read(options).flag("topN")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a whole, not a flag");
        assertThatThrownBy(() -> read(options).text("period")).hasMessageContaining("declares no option period");
    }

    /** A type made up for the test, never registered. */
    private record Schema(String key, List<OptionSpec> options) implements Gadget {
        @Override
        public Plan plan(GadgetRequest request) {
            throw new UnsupportedOperationException("a schema only");
        }
    }
}
