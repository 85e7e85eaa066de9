package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/** Money is summed exactly: a million amounts add up to the decimal sum, to the minor unit. */
class ExactSumPropertyTest {
    private static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    private static final Period ALL = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));

    @ParameterizedTest(name = "seed {0}, {1} minor digits")
    @CsvSource({"1, 2", "2, 0", "3, 3"})
    void aMillionAmountsSumToTheDecimalSum(long seed, int minorDigits) {
        // Amounts such as 0.10 + 0.20 that binary doubles cannot hold, up to a billion in major units.
        SplittableRandom random = new SplittableRandom(seed);
        IssueTable.Builder builder = IssueTable.builder(ZoneOffset.UTC, Set.of(Column.CREATED, AMOUNT));
        BigDecimal expected = BigDecimal.ZERO;
        Instant created = Instant.parse("2024-01-15T12:00:00Z");
        for (int i = 0; i < 1_000_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(-1_000_000_000L, 100_000_000_000_000L) / 1000,
                    minorDigits);
            expected = expected.add(amount);
            builder.add(IssueRecord.builder("S-" + (i + 1), "S").type("Deal").status("Won", StatusCategory.DONE)
                    .created(created).field(AMOUNT.id(), FieldValue.number(amount)).build());
        }
        Metric sum = Metric.aggregate(Filter.all(), When.during(Column.CREATED), Aggregation.sum(Measure.field(AMOUNT)),
                Unit.AMOUNT);
        BigDecimal actual = MetricEngine.evaluate(builder.build(), SalesCalendar.of(ZoneOffset.UTC), sum, ALL)
                .asNumber().orElseThrow();
        assertThat(actual).isEqualByComparingTo(expected);
        assertThat(actual.scale()).isLessThanOrEqualTo(Math.max(minorDigits, 0));
    }
}
