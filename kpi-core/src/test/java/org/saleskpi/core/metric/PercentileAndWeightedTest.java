package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/** Percentiles by linear interpolation between closest ranks, and the weighted amount, worked by hand. */
class PercentileAndWeightedTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    private static final Column PROBABILITY = Column.custom("customfield_10070", FieldType.NUMBER);
    private static final List<Column> COLUMNS = List.of(Column.KEY, Column.STATUS, AMOUNT, PROBABILITY);
    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));

    private static IssueTable table(String... rows) {
        List<IssueRecord> issues = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split(" ");
            IssueRecord.Builder b = IssueRecord.builder("SALES-" + (issues.size() + 1), "SALES").type("Deal")
                    .status(cells[0], StatusCategory.IN_PROGRESS).created(Instant.parse("2026-03-02T09:00:00Z"))
                    .updated(Instant.parse("2026-03-02T09:00:00Z"));
            if (!cells[1].equals("-")) {
                b.field(AMOUNT.id(), FieldValue.number(cells[1]));
            }
            if (cells.length > 2) {
                b.field(PROBABILITY.id(), FieldValue.number(cells[2]));
            }
            issues.add(b.build());
        }
        return IssueTable.of(ZONE, COLUMNS, issues);
    }

    private static Value of(IssueTable table, Aggregation aggregation) {
        return MetricEngine.evaluate(table, SalesCalendar.of(ZONE),
                Metric.aggregate(Filter.all(), When.always(), aggregation, Unit.AMOUNT), MARCH);
    }

    private static BigDecimal number(Value value) {
        return value.asNumber().orElseThrow();
    }

    @Test
    void percentilesInterpolateBetweenTheClosestRanks() {
        // Sorted 10, 20, 30, 40 (n = 4), given out of order.
        IssueTable table = table("A 30", "A 10", "A 40", "A 20");
        Measure amount = Measure.field(AMOUNT);
        // p = 0.85: h = 3 x 0.85 = 2.55, so 30 + 0.55 x (40 - 30) = 35.5.
        assertThat(number(of(table, Aggregation.percentile(amount, new BigDecimal("0.85"))))).isEqualByComparingTo("35.5");
        // p = 0.5: h = 1.5, 20 + 0.5 x 10 = 25, the continuous median.
        assertThat(number(of(table, Aggregation.percentile(amount, new BigDecimal("0.5"))))).isEqualByComparingTo("25");
        assertThat(number(of(table, Aggregation.median(amount)))).isEqualByComparingTo("25");
        // The ends are the minimum and the maximum.
        assertThat(number(of(table, Aggregation.percentile(amount, BigDecimal.ZERO)))).isEqualByComparingTo("10");
        assertThat(number(of(table, Aggregation.percentile(amount, BigDecimal.ONE)))).isEqualByComparingTo("40");
        // One value is every percentile; none is absent.
        assertThat(number(of(table("A 7"), Aggregation.percentile(amount, new BigDecimal("0.85")))))
                .isEqualByComparingTo("7");
        assertThat(of(table("A -"), Aggregation.percentile(amount, new BigDecimal("0.85"))))
                .isEqualTo(Value.absent(AbsentReason.NO_DATA));
    }

    @Test
    void theWeightedAmountTakesTheFieldElseTheStage() {
        Measure weighted = Measure.weighted(AMOUNT, Optional.of(PROBABILITY), Column.STATUS,
                Map.of("Proposal", new BigDecimal("0.4"), "Negotiation", new BigDecimal("0.70")));
        IssueTable table = table(
                "Proposal 1000",          // the stage's 0.4: 400
                "Proposal 1000 0.25",     // the field wins: 250
                "Won 500",                // in no stage, no field: weighs 0
                "Qualification 200",      // a stage without a probability, no field: 0
                "Negotiation 100 1.5",    // a field above 1 counts as 1: 100
                "Negotiation -");         // no amount: skipped
        // 400 + 250 + 0 + 0 + 100 = 750 over the five deals with an amount: mean 150.
        assertThat(number(of(table, Aggregation.sum(weighted)))).isEqualByComparingTo("750");
        assertThat(number(of(table, Aggregation.mean(weighted)))).isEqualByComparingTo("150");
        // Without a probability field: 400 + 400 + 0 + 0 + 0.7 x 100 = 870.
        Measure byStage = Measure.weighted(AMOUNT, Optional.empty(), Column.STATUS,
                Map.of("Proposal", new BigDecimal("0.4"), "Negotiation", new BigDecimal("0.7")));
        assertThat(number(of(table, Aggregation.sum(byStage)))).isEqualByComparingTo("870");
    }
}
