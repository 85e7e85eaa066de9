package org.saleskpi.core.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.metric.Aggregation;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Measure;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Variants;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.period.Period;

/** Drill-down JQL as text: quoting, groups, "other", custom fields and the period's bounds across zones. */
class DrillDownTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    private static final Column CUSTOMER = Column.custom("customfield_10020", FieldType.TEXT);
    private static final Column CLOSE = Column.custom("customfield_10050", FieldType.DATE);
    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    private static final Metric WON = Metric.count(Filter.and(Filter.typeIn(Set.of("Deal")),
            Filter.statusIn(Set.of("Won"))), When.during(Column.RESOLVED));

    private final DrillDown tokyo = new DrillDown("project = SALES", TOKYO, TOKYO);

    @Test
    void aCountDrillsIntoItsFilterAndItsDaysInThePeriod() {
        assertThat(tokyo.of(WON, MARCH)).contains("(project = SALES) AND (((issuetype = \"Deal\") AND "
                + "(status = \"Won\")) AND (resolved >= \"2026-03-01\" AND resolved < \"2026-04-01\"))");
    }

    @Test
    void theLoadedQueryIsComposedAsProfileIssuesComposesItWithoutItsOrder() {
        DrillDown ordered = new DrillDown("project = SALES ORDER BY created DESC", TOKYO, TOKYO);

        assertThat(ordered.of(Metric.count(Filter.all(), When.always()), MARCH)).contains("project = SALES");
        assertThat(ordered.of(WON, MARCH).orElseThrow()).startsWith("(project = SALES) AND (((issuetype");
    }

    @Test
    void valuesAreQuotedWithBackslashAndQuoteEscaped() {
        Filter customer = DrillDown.group(Dimension.by(CUSTOMER, Filter.all()), "Say \"hi\" \\ Co");

        assertThat(tokyo.of(Metric.count(Filter.all(), When.always()), MARCH, customer))
                .contains("(project = SALES) AND (cf[10020] = \"Say \\\"hi\\\" \\\\ Co\")");
    }

    @Test
    void aCustomFieldIsNamedByItsIdAndAFieldWithoutNumericIdIsQuoted() {
        Metric amount = Metric.aggregate(Filter.all(), When.during(CLOSE), Aggregation.sum(Measure.field(AMOUNT)),
                Unit.AMOUNT);
        Metric local = Metric.count(Filter.in(Column.custom("region", FieldType.OPTION), Set.of("EU")), When.always());

        // A sum skips deals without an amount, so the drill does too.
        assertThat(tokyo.of(amount, MARCH).orElseThrow())
                .endsWith("((cf[10010] is not EMPTY) AND (cf[10050] >= \"2026-03-01\" AND cf[10050] < \"2026-04-01\"))");
        assertThat(tokyo.of(local, MARCH)).contains("(project = SALES) AND (\"region\" = \"EU\")");
    }

    @Test
    void theEmptyGroupIsTheFieldBeingEmpty() {
        Dimension reps = Dimension.by(Column.ASSIGNEE, Filter.all());

        assertThat(tokyo.of(Metric.count(Filter.all(), When.always()), MARCH, DrillDown.group(reps, "")))
                .contains("(project = SALES) AND (assignee is EMPTY)");
        assertThat(DrillDown.group(Dimension.none(), "")).isEqualTo(Filter.all());
    }

    @Test
    void otherIsNoneOfTheShownValuesIncludingIssuesWithoutAValue() {
        Dimension customers = Dimension.by(CUSTOMER, Filter.all());
        Metric all = Metric.count(Filter.all(), When.always());

        assertThat(tokyo.of(all, MARCH, DrillDown.outside(customers, List.of("Acme", "Beta"))))
                .contains("(project = SALES) AND ((cf[10020] not in (\"Acme\") OR cf[10020] is EMPTY) AND "
                        + "(cf[10020] not in (\"Beta\") OR cf[10020] is EMPTY))");
        // When the empty group is shown, other is the remaining values only.
        assertThat(tokyo.of(all, MARCH, DrillDown.outside(customers, List.of("Acme", ""))))
                .contains("(project = SALES) AND ((cf[10020] not in (\"Acme\") OR cf[10020] is EMPTY) AND "
                        + "(cf[10020] is not EMPTY))");
        // Nothing shown: other is everything.
        assertThat(tokyo.of(all, MARCH, DrillDown.outside(customers, List.of()))).contains("project = SALES");
    }

    @Test
    void otherIsNoneOfTheShownWhenTheFiguresIssuesAllHaveAGroupElseTheRestByName() {
        Filter deals = Filter.typeIn(Set.of("Deal"));
        Dimension reps = Dimension.by(Column.ASSIGNEE, deals);
        Metric won = Metric.count(Filter.and(deals, Filter.statusIn(Set.of("Won"))), When.always());
        Metric leads = Metric.count(Filter.typeIn(Set.of("Lead")), When.always());

        // Every won deal is a deal, so its assignee is a group: the short form, whatever the rest holds.
        assertThat(tokyo.other(won, MARCH, reps, List.of("ann"), List.of("bob", "cy")).orElseThrow())
                .endsWith("(assignee not in (\"ann\") OR assignee is EMPTY))");
        // A lead's assignee need not own a deal: only the rest's reps are its "other".
        assertThat(tokyo.other(leads, MARCH, reps, List.of("ann"), List.of("cy", "", "bob")))
                .contains("(project = SALES) AND ((issuetype = \"Lead\") AND "
                        + "((assignee in (\"bob\", \"cy\")) OR (assignee is EMPTY)))");
    }

    @Test
    void negationsArePushedDownToSingleFields() {
        Metric notWonNorLost = Metric.count(Filter.not(Filter.or(Filter.statusIn(Set.of("Won", "Lost")),
                Filter.and(Filter.empty(AMOUNT), Filter.not(Filter.typeIn(Set.of("Deal")))))), When.always());

        assertThat(tokyo.of(notWonNorLost, MARCH)).contains("(project = SALES) AND ("
                + "(status not in (\"Lost\", \"Won\") OR status is EMPTY) AND "
                + "((cf[10010] is not EMPTY) OR (issuetype = \"Deal\")))");
    }

    @Test
    void beforeAndThroughBoundOnlyOneSide() {
        assertThat(tokyo.of(Metric.count(Filter.all(), When.before(Column.CREATED)), MARCH))
                .contains("(project = SALES) AND (created < \"2026-03-01\")");
        assertThat(tokyo.of(Metric.count(Filter.all(), When.through(Column.CREATED)), MARCH))
                .contains("(project = SALES) AND (created < \"2026-04-01\")");
    }

    @Test
    void aReaderInAnotherZoneGetsTheCalendarsMidnightAsItsOwnMinute() {
        // Tokyo has no daylight saving: its midnight is 15:00 UTC of the day before.
        DrillDown utc = new DrillDown("project = SALES", TOKYO, ZoneOffset.UTC);

        assertThat(utc.of(WON, MARCH).orElseThrow())
                .endsWith("(resolved >= \"2026-02-28 15:00\" AND resolved < \"2026-03-31 15:00\"))");
    }

    @Test
    void bothBoundsFollowTheirOwnOffsetAcrossADaylightSavingSwitch() {
        // Berlin moves to summer time on 29 March 2026, New York on 8 March: from 8 to 29 March the two
        // are five hours apart instead of six.
        DrillDown berlin = new DrillDown("project = SALES", BERLIN, NEW_YORK);
        Period spring = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15));
        Period switchDay = new Period(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30));

        assertThat(berlin.of(WON, spring).orElseThrow())
                .endsWith("(resolved >= \"2026-02-28 18:00\" AND resolved < \"2026-03-14 19:00\"))");
        assertThat(berlin.of(WON, switchDay).orElseThrow())
                .endsWith("(resolved >= \"2026-03-28 19:00\" AND resolved < \"2026-03-29 18:00\"))");
    }

    @Test
    void aFieldThatHoldsDaysIsBoundedByTheDayAloneInAnyZone() {
        // A Date field holds the same day in every zone: "2026-03-01" selects it from Tokyo as from Berlin,
        // where the calendar's midnight as a Tokyo minute would leave out the period's first day.
        Column closeDate = Column.custom("customfield_10050", FieldType.DATE);
        DrillDown berlin = new DrillDown("project = SALES", BERLIN, TOKYO);

        assertThat(berlin.of(Metric.count(Filter.all(), When.during(closeDate)), MARCH).orElseThrow())
                .endsWith("(cf[10050] >= \"2026-03-01\" AND cf[10050] < \"2026-04-01\")");
        assertThat(berlin.of(Metric.count(Filter.all(), When.through(Column.DUE)), MARCH).orElseThrow())
                .endsWith("(due < \"2026-04-01\")");
    }

    @Test
    void aZoneWithTheSameRulesUnderAnotherNameReadsTheDayAlone() {
        DrillDown utc = new DrillDown("project = SALES", ZoneId.of("UTC"), ZoneOffset.UTC);

        assertThat(utc.of(WON, MARCH).orElseThrow()).endsWith("resolved < \"2026-04-01\"))");
    }

    @Test
    void aRatioDrillsIntoItsDenominatorOrElseItsNumerator() {
        Metric lostOrWon = Metric.count(Filter.statusIn(Set.of("Won", "Lost")), When.during(Column.RESOLVED));
        Metric winRate = Metric.ratio(WON, lostOrWon);
        Metric attainment = Metric.ratio(WON, Metric.input("target", Unit.COUNT));

        assertThat(tokyo.of(winRate, MARCH)).isEqualTo(tokyo.of(lostOrWon, MARCH));
        assertThat(tokyo.of(attainment, MARCH)).isEqualTo(tokyo.of(WON, MARCH));
    }

    @Test
    void aFilterThatSelectsNothingHasNoDrill() {
        Metric none = Metric.count(Filter.statusIn(Set.of()), When.during(Column.RESOLVED));

        assertThat(tokyo.of(none, MARCH)).isEmpty();
        assertThat(tokyo.of(Metric.count(Filter.not(Filter.all()), When.always()), MARCH)).isEmpty();
    }

    @Test
    void everyMetricEitherDrillsOrSaysItIsNotASetOfIssues() {
        Map<Class<?>, Optional<String>> drills = new HashMap<>();
        Variants.metrics().forEach((variant, metric) -> drills.put(variant, tokyo.of(metric, MARCH)));

        assertThat(drills).allSatisfy((variant, drill) -> assertThat(drill.isPresent()).as(variant.getSimpleName())
                .isEqualTo(variant == Metric.Aggregate.class || variant == Metric.Ratio.class
                        || variant == Metric.Growth.class));
    }

    @Test
    void everyFilterWhenAndAggregationRenders() {
        Variants.filters().forEach((variant, filter) -> {
            assertThat(tokyo.of(Metric.count(filter, When.always()), MARCH)).as(variant.getSimpleName()).isPresent();
            // Only "not all" selects no issue, which has no drill.
            assertThat(tokyo.of(Metric.count(Filter.not(filter), When.always()), MARCH).isPresent())
                    .as("not " + variant.getSimpleName()).isEqualTo(variant != Filter.All.class);
        });
        Map<Class<?>, String> dates = new HashMap<>();
        Variants.whens().forEach((variant, when) -> dates.put(variant,
                tokyo.of(Metric.count(Filter.all(), when), MARCH).orElseThrow()));
        assertThat(dates).containsEntry(When.Always.class, "project = SALES")
                .containsEntry(When.During.class, "(project = SALES) AND (resolved >= \"2026-03-01\" AND resolved < \"2026-04-01\")")
                .containsEntry(When.Before.class, "(project = SALES) AND (created < \"2026-03-01\")")
                .containsEntry(When.Through.class, "(project = SALES) AND (due < \"2026-04-01\")");
        Variants.aggregations().forEach((variant, aggregation) -> assertThat(tokyo.of(
                Metric.aggregate(Filter.all(), When.always(), aggregation, Unit.NUMBER), MARCH).orElseThrow())
                .as(variant.getSimpleName()).isEqualTo(variant == Aggregation.Count.class ? "project = SALES"
                        : variant == Aggregation.Mean.class
                                ? "(project = SALES) AND ((created is not EMPTY) AND (resolved is not EMPTY))"
                                : variant == Aggregation.DistinctCount.class
                                        ? "(project = SALES) AND (cf[10200] is not EMPTY)"
                                        : "(project = SALES) AND (cf[10100] is not EMPTY)"));
    }
}
