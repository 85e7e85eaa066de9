package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.GoalSamples;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiEngine;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.money.Money;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.core.validation.InvalidInputException;

class KpiTargetsTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final SalesModel MODEL = new SalesModel("project = S", java.util.Set.of("Lead"),
            java.util.Set.of("Deal"), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of("Won"),
            java.util.Set.of("Lost"), java.util.Set.of("Qualified"), java.util.Set.of(), "customfield_1",
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Money.currency("EUR"), SalesCalendar.of(UTC), 14);

    private static IssueRecord deal(int n, String status, String closed) {
        return IssueRecord.builder("S-" + n, "S").type("Deal").status(status, StatusCategory.DONE)
                .created(Instant.parse("2024-12-20T10:00:00Z")).resolved(Instant.parse(closed + "T10:00:00Z"))
                .assignee("ann").field("customfield_1", FieldValue.number("100")).build();
    }

    @Test
    void kpiTargetsTakeTheirKpiOverTheGoalsPeriod() {
        // Goal 1-10 January 2025. Closed in it: S-1 won (3 Jan), S-2 lost (4 Jan), S-3 won (9 Jan);
        // S-4 won on 11 January is outside. Win rate 2 / 3; won revenue 200.
        KpiEngine engine = new KpiEngine(MODEL);
        IssueTable table = IssueTable.of(UTC, engine.columns(List.of(Kpi.values()), Optional.empty()),
                List.of(deal(1, "Won", "2025-01-03"), deal(2, "Lost", "2025-01-04"), deal(3, "Won", "2025-01-09"),
                        deal(4, "Won", "2025-01-11")));
        Goal goal = GoalSamples.goal(1, "KPIs", GoalSamples.DUE,
                GoalSamples.kpi(1, 1, "win-rate", 5, "0.5", "0.75"),
                GoalSamples.kpi(2, 1, "won-revenue", 5, "0", "400"),
                new Target(3, 1, "Opens", new TargetKind.Kpi("email-open-rate", 5), Optional.empty(),
                        BigDecimal.ZERO, new BigDecimal("0.3"), new BigDecimal("0.25"),
                        "olga", BigDecimal.ONE, 1),
                GoalSamples.kpi(4, 1, "won-revenue", 6, "0", "1"));
        KpiTargets.Refreshed refreshed = KpiTargets.refresh(goal, 5, engine, table);
        List<Target> targets = refreshed.goal().targets();
        assertThat(targets.get(0).currentValue().doubleValue()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        // (0.6667 - 0.5) / (0.75 - 0.5) = 0.6667
        assertThat(targets.get(0).progress().fraction().doubleValue()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(targets.get(1).currentValue()).isEqualByComparingTo("200");
        // No campaigns configured: the open rate keeps its last value (0.25, not a fake 0) and says why.
        assertThat(refreshed.absent()).containsEntry(3L, AbsentReason.NOT_CONFIGURED);
        assertThat(targets.get(2).currentValue()).isEqualByComparingTo("0.25");
        // Another profile's target is not touched.
        assertThat(targets.get(3).currentValue()).isEqualByComparingTo("0");
    }

    @Test
    void anUnknownKpiIsRejectedAtTheField() {
        assertThatThrownBy(() -> new TargetKind.Kpi("happiness", 1)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("kpiKey"));
    }

    @Test
    void attainmentCannotBeAKpiTargetForItNeedsATargetOfItsOwn() {
        assertThatThrownBy(() -> new TargetKind.Kpi("target-attainment", 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("won revenue");
    }
}
