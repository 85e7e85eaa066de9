package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/** Grouping by steps: the profile's order, every step shown even when empty, issues in no step left out. */
class StepsDimensionTest {
    private static final Column AMOUNT = Column.custom("customfield_1", FieldType.NUMBER);
    private static final Period YEAR = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
    private static final Dimension STAGES = Dimension.steps(Column.STATUS, List.of(Dimension.Step.of("Qualification"),
            Dimension.Step.of("Proposal"), Dimension.Step.of("Negotiation"),
            new Dimension.Step("won", Set.of("Won", "Closed Won"))));

    //  key  status       amount
    //  S-1  Proposal     100
    //  S-2  Proposal     50
    //  S-3  Won          70
    //  S-4  Closed Won   30
    //  S-5  New          999   (no step)
    //  S-6  Lost         5     (no step)
    // Nobody is in Qualification or Negotiation: both still show, with 0.
    private final IssueTable table = IssueTable.of(ZoneOffset.UTC, List.of(Column.STATUS, Column.CREATED, AMOUNT),
            List.of(issue(1, "Proposal", "100"), issue(2, "Proposal", "50"), issue(3, "Won", "70"),
                    issue(4, "Closed Won", "30"), issue(5, "New", "999"), issue(6, "Lost", "5")));

    private static IssueRecord issue(int n, String status, String amount) {
        return IssueRecord.builder("S-" + n, "S").type("Deal").status(status, StatusCategory.IN_PROGRESS)
                .created(LocalDate.of(2024, 3, n).atStartOfDay().toInstant(ZoneOffset.UTC))
                .field(AMOUNT.id(), FieldValue.number(amount)).build();
    }

    @Test
    void everyStepIsAGroupInItsOrderAndIssuesInNoStepCountNowhere() {
        Metric amount = Metric.aggregate(Filter.all(), When.during(Column.CREATED),
                Aggregation.sum(Measure.field(AMOUNT)), Unit.AMOUNT);
        Metric count = Metric.count(Filter.all(), When.during(Column.CREATED));

        List<Grid> grids = MetricEngine.evaluate(table, SalesCalendar.of(ZoneOffset.UTC), List.of(amount, count),
                List.of(YEAR), STAGES, Inputs.none());

        // Not alphabetical (Negotiation < Proposal < Qualification): the steps' own order.
        assertThat(grids.get(0).groups()).containsExactly("Qualification", "Proposal", "Negotiation", "won");
        // Proposal 100 + 50; won 70 + 30 over its two statuses; New and Lost are in no step.
        assertThat(grids.get(0).row(0)).containsExactly(Value.of(0, Unit.AMOUNT));
        assertThat(grids.get(0).value("Proposal", 0).asNumber()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("150"));
        assertThat(grids.get(0).value("Negotiation", 0).asNumber()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(grids.get(0).value("won", 0).asNumber()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
        assertThat(grids.get(1).row(1)).containsExactly(Value.of(2, Unit.COUNT));
        assertThat(grids.get(1).row(3)).containsExactly(Value.of(2, Unit.COUNT));
    }

    @Test
    void aStepDrillsIntoTheIssuesWhoseValueIsInIt() {
        assertThat(DrillDown.group(STAGES, "won")).isEqualTo(Filter.in(Column.STATUS, Set.of("Won", "Closed Won")));
        assertThat(DrillDown.among(STAGES, List.of("Proposal", "Negotiation")))
                .isEqualTo(Filter.in(Column.STATUS, Set.of("Proposal", "Negotiation")));
        // The slice past the shown steps is the other steps, never the issues in no step.
        assertThat(DrillDown.outside(STAGES, List.of("Proposal")))
                .isEqualTo(Filter.not(Filter.or(Filter.in(Column.STATUS, Set.of("Proposal")))));
        assertThatThrownBy(() -> DrillDown.group(STAGES, "Lost")).hasMessageContaining("no step Lost");
    }

    @Test
    void theStepsListTheirColumn() {
        assertThat(MetricEngine.columns(List.of(), STAGES)).containsExactly(Column.STATUS);
    }

    @Test
    void aValueInTwoStepsOrTwoStepsWithOneNameAreRefused() {
        assertThatThrownBy(() -> Dimension.steps(Column.STATUS, List.of(Dimension.Step.of("A"),
                new Dimension.Step("B", Set.of("A"))))).hasMessageContaining("A is in two steps");
        assertThatThrownBy(() -> Dimension.steps(Column.STATUS, List.of(Dimension.Step.of("A"),
                new Dimension.Step("A", Set.of("B"))))).hasMessageContaining("two steps are named A");
        assertThatThrownBy(() -> Dimension.steps(Column.CREATED, List.of(Dimension.Step.of("A"))))
                .hasMessageContaining("coded column");
    }
}
