package org.saleskpi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.issue.IssueRecord;

/**
 * A data set generated "as of now" never lies in the future: seen at 1:18 AM, no deal was resolved
 * at 11:49 PM that day. Checked at instants where a day's cut goes wrong most easily.
 */
class DemoPresentTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Berlin local times on the last day: just after midnight, just before it, and on both DST switch days. */
    static Stream<ZonedDateTime> awkwardMoments() {
        return Stream.of(
                LocalDateTime.of(2026, 12, 5, 0, 30).atZone(BERLIN),
                LocalDateTime.of(2026, 12, 5, 23, 59, 59).atZone(BERLIN),
                LocalDateTime.of(2026, 12, 5, 1, 18).atZone(BERLIN),
                // Spring forward: 02:00 became 03:00, so the day has 23 hours.
                LocalDateTime.of(2026, 3, 29, 3, 10).atZone(BERLIN),
                LocalDateTime.of(2026, 3, 29, 23, 59).atZone(BERLIN),
                // Fall back: 02:30 happens twice; this is the second time.
                LocalDateTime.of(2026, 10, 25, 2, 30).atZone(BERLIN).withLaterOffsetAtOverlap(),
                LocalDateTime.of(2026, 10, 25, 0, 0).atZone(BERLIN));
    }

    @ParameterizedTest
    @MethodSource("awkwardMoments")
    void nothingIsCreatedUpdatedResolvedOrDueDoneAfterNow(ZonedDateTime now) {
        DemoSpec spec = standingAt(now.toInstant(), 3_000);

        List<IssueRecord> issues = DemoIssues.generateList(spec);

        DemoIssueRules.check(spec, issues);
        LocalDate today = now.toLocalDate();
        for (IssueRecord issue : issues) {
            assertThat(issue.created()).as(issue.key()).isBefore(now.toInstant());
            assertThat(issue.updated()).as(issue.key()).isBefore(now.toInstant());
            issue.resolved().ifPresent(resolved -> assertThat(resolved).as(issue.key()).isBefore(now.toInstant()));
            if (issue.resolved().isPresent()) {
                issue.due().ifPresent(due -> assertThat(due).as(issue.key()).isBeforeOrEqualTo(today));
            }
        }
    }

    @Test
    void lateInTheDayTheDayHasHappenedAndJustAfterMidnightAlmostNothingOfIt() {
        ZonedDateTime lateEvening = LocalDateTime.of(2026, 12, 4, 23, 59).atZone(BERLIN);
        ZonedDateTime earlyMorning = LocalDateTime.of(2026, 12, 4, 0, 30).atZone(BERLIN);

        long lateToday = createdOn(DemoIssues.generateList(standingAt(lateEvening.toInstant(), 20_000)), lateEvening);
        long earlyToday = createdOn(DemoIssues.generateList(standingAt(earlyMorning.toInstant(), 20_000)), earlyMorning);

        // A Friday of the last month: some forty issues in a whole day, a handful before half past midnight.
        assertThat(lateToday).isGreaterThan(20);
        assertThat(earlyToday).isLessThan(lateToday / 5);
    }

    @Test
    void theDefaultPresentIsTheMidnightEndingTheWindow() {
        DemoSpec spec = DemoSpec.of(1L, 100, LocalDate.of(2024, 2, 1), BERLIN);

        assertThat(spec.end()).isEqualTo(LocalDate.of(2026, 2, 1).atStartOfDay(BERLIN).toInstant());
    }

    @Test
    void thePresentMustLieOnTheWindowsLastDay() {
        DemoSpec spec = DemoSpec.of(1L, 100, LocalDate.of(2024, 2, 1), BERLIN);
        Instant dayBefore = LocalDateTime.of(2026, 1, 30, 12, 0).atZone(BERLIN).toInstant();
        Instant dayAfter = LocalDateTime.of(2026, 2, 1, 0, 0, 1).atZone(BERLIN).toInstant();

        assertThatThrownBy(() -> spec.asOf(dayBefore)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end must lie on the window's last day, 2026-01-31");
        assertThatThrownBy(() -> spec.asOf(dayAfter)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Two years ending on {@code now}'s day, standing at {@code now}. */
    private static DemoSpec standingAt(Instant now, int issues) {
        LocalDate today = LocalDate.ofInstant(now, BERLIN);
        return DemoSpec.of(20_240_301L, issues, today.plusDays(1).minusMonths(DemoSpec.DEFAULT_MONTHS), BERLIN)
                .asOf(now);
    }

    private static long createdOn(List<IssueRecord> issues, ZonedDateTime day) {
        return issues.stream().filter(i -> LocalDate.ofInstant(i.created(), BERLIN).equals(day.toLocalDate())).count();
    }
}
