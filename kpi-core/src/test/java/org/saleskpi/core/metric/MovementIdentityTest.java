package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * Pipeline movement (KPI-DEFINITIONS.md row 15) on random histories: deals that move through stages,
 * are won, lost, reopened, change type and amount, several changes in one instant and some on midnight.
 * In every month: open at start + new + increased - decreased - won - lost - moved out = open at end,
 * exactly; a month starts with what the month before ended with; and both ends equal the open pipeline
 * recomputed here from the stories themselves, without the engine.
 */
class MovementIdentityTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final SalesCalendar CALENDAR = SalesCalendar.of(BERLIN);
    private static final List<String> STATUSES = List.of("New", "Qualification", "Proposal", "Negotiation", "Won", "Lost");
    private static final Filter DEALS = Filter.typeIn(Set.of("Deal"));
    private static final Filter OPEN = Filter.and(DEALS, Filter.not(Filter.statusIn(Set.of("Won", "Lost"))));

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theWaterfallAddsUpExactlyEveryMonth(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Story> stories = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            stories.add(randomDeal(random, "S-" + i));
        }
        IssueTable table = Story.table(BERLIN, Set.of(Column.ISSUE_TYPE, Column.STATUS, Column.CREATED, Story.AMOUNT),
                Set.of(Column.ISSUE_TYPE, Column.STATUS, Story.AMOUNT), stories);
        List<Period> months = CALENDAR.buckets(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1)), Bucket.MONTH);
        List<Metric.MovementPart> parts = List.of(Metric.MovementPart.values());
        List<Grid> grids = MetricEngine.evaluate(table, CALENDAR, parts.stream().map(MovementIdentityTest::movement).toList(),
                months, Dimension.none(), Inputs.none());

        for (int m = 0; m < months.size(); m++) {
            BigDecimal[] bar = new BigDecimal[parts.size()];
            for (int p = 0; p < parts.size(); p++) {
                bar[p] = grids.get(p).value(0, m).asNumber().orElseThrow();
            }
            BigDecimal computed = bar[0].add(bar[1]).add(bar[2]).subtract(bar[3]).subtract(bar[4]).subtract(bar[5])
                    .subtract(bar[6]);
            assertThat(computed).as("identity in " + months.get(m)).isEqualByComparingTo(bar[7]);
            Period month = months.get(m);
            assertThat(bar[0]).as("open at the start of " + month).isEqualByComparingTo(openAt(stories, start(month.start())));
            assertThat(bar[7]).as("open at the end of " + month).isEqualByComparingTo(openAt(stories, start(month.end())));
            for (BigDecimal value : List.of(bar[1], bar[2], bar[3], bar[4], bar[5], bar[6])) {
                assertThat(value.signum()).isGreaterThanOrEqualTo(0);
            }
        }
        // Something moved: the check is not satisfied by empty months.
        assertThat(grids.get(parts.indexOf(Metric.MovementPart.WON)).row(0).stream()
                .map(v -> v.asNumber().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add).signum()).isPositive();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(BERLIN).toInstant();
    }

    /**
     * The open pipeline at a boundary, told from the stories: its state is the one of the last second
     * before it (a change at midnight belongs to the day it starts); deals created by then, not won or
     * lost, their amounts.
     */
    private static BigDecimal openAt(List<Story> stories, Instant boundary) {
        Instant t = boundary.minusSeconds(1);
        BigDecimal sum = BigDecimal.ZERO;
        for (Story story : stories) {
            if (story.createdAt().isAfter(t)) {
                continue;
            }
            String status = story.valueAt(Column.STATUS, t);
            if ("Deal".equals(story.valueAt(Column.ISSUE_TYPE, t)) && !"Won".equals(status) && !"Lost".equals(status)) {
                String amount = story.valueAt(Story.AMOUNT, t);
                sum = sum.add(amount == null ? BigDecimal.ZERO : new BigDecimal(amount));
            }
        }
        return sum;
    }

    private static Metric movement(Metric.MovementPart part) {
        return new Metric.Movement(Filter.all(), OPEN, Filter.and(DEALS, Filter.statusIn(Set.of("Won"))),
                Filter.and(DEALS, Filter.statusIn(Set.of("Lost"))), Optional.of(Story.AMOUNT), part);
    }

    private static Story randomDeal(SplittableRandom random, String key) {
        // Created between December and May, on the hour, so that some changes fall on midnight.
        LocalDateTime time = LocalDateTime.of(2025, 12, 1, 0, 0).plusHours(random.nextInt(24 * 170));
        Story story = Story.created(key, BERLIN, time.toString().replace('T', ' '))
                .with(Column.STATUS, STATUSES.get(random.nextInt(4)));
        if (random.nextInt(10) == 0) {
            story.with(Column.ISSUE_TYPE, "Lead");
        }
        if (random.nextInt(5) > 0) {
            story.with(Story.AMOUNT, amount(random));
        }
        int changes = random.nextInt(9);
        for (int c = 0; c < changes; c++) {
            if (random.nextInt(4) > 0) {
                // Sometimes several changes share an instant, as one Jira edit does.
                time = time.plusHours(random.nextInt(24 * 20));
            }
            String at = time.toString().replace('T', ' ');
            switch (random.nextInt(6)) {
                case 0, 1, 2 -> story.change(at, Column.STATUS, STATUSES.get(random.nextInt(STATUSES.size())));
                case 3, 4 -> story.change(at, Story.AMOUNT, random.nextInt(6) == 0 ? null : amount(random));
                default -> story.change(at, Column.ISSUE_TYPE, random.nextBoolean() ? "Deal" : "Task");
            }
        }
        return story;
    }

    private static String amount(SplittableRandom random) {
        return BigDecimal.valueOf(random.nextLong(1, 1_000_000), 2).toPlainString();
    }
}
