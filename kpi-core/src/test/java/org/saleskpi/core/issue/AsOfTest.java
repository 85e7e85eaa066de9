package org.saleskpi.core.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/** The table as of an instant, worked by hand over {@link BerlinDeals} (see its table of changes). */
class AsOfTest {
    private static final ZoneId BERLIN = BerlinDeals.BERLIN;
    private static final Column AMOUNT = BerlinDeals.AMOUNT;
    private static final Instant SWITCH = BerlinDeals.SWITCH;

    private static IssueTable table() {
        return BerlinDeals.table();
    }

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static String text(IssueTable table, Column column, int row) {
        return (String) table.cell(column, row);
    }

    @Test
    void atTheDaylightSavingSwitchEachDealIsInItsStateOfThatInstant() {
        IssueTable table = table();
        IssueTable asOf = table.history().orElseThrow().asOf(SWITCH);

        // SALES-1 went back to Prospecting on 03-20; its amount was raised to 1500 on 03-25.
        assertThat(text(asOf, Column.STATUS, 0)).isEqualTo("Prospecting");
        assertThat(asOf.numbers(AMOUNT).value(0).orElseThrow()).isEqualByComparingTo("1500");
        // SALES-2 skipped Proposal at 00:30Z; carol handed it to bob only at 01:30Z, after the switch.
        assertThat(text(asOf, Column.STATUS, 1)).isEqualTo("Negotiation");
        assertThat(text(asOf, Column.ASSIGNEE, 1)).isEqualTo("carol");
        // SALES-3 was won at 23:30Z on the 28th, which is 00:30 CET on the 29th in Berlin.
        assertThat(text(asOf, Column.STATUS, 2)).isEqualTo("Won");
        assertThat(text(asOf, Column.RESOLUTION, 2)).isEqualTo("Done");
        assertThat(asOf.dates(Column.RESOLVED).date(2)).contains(LocalDate.of(2026, 3, 29));
        assertThat(text(asOf, Column.STATUS_CATEGORY, 2)).isEqualTo(StatusCategory.DONE.jiraKey());
        // SALES-4 does not exist yet: no issue type, no status, no amount.
        assertThat(text(asOf, Column.ISSUE_TYPE, 3)).isEmpty();
        assertThat(text(asOf, Column.STATUS, 3)).isEmpty();
        assertThat(asOf.numbers(AMOUNT).value(3)).isEmpty();
        // SALES-5's past is unknown: it keeps today's values.
        assertThat(text(asOf, Column.STATUS, 4)).isEqualTo("Proposal");
        assertThat(asOf.numbers(AMOUNT).value(4).orElseThrow()).isEqualByComparingTo("50");
        // Updated: SALES-1's last change up to then is the amount on 03-25; SALES-5 keeps 01-10.
        assertThat(asOf.dates(Column.UPDATED).date(0)).contains(LocalDate.of(2026, 3, 25));
        assertThat(asOf.dates(Column.UPDATED).date(4)).contains(LocalDate.of(2026, 1, 10));
    }

    @Test
    void untrackedColumnsAreSharedNotCopied() {
        IssueTable table = table();
        IssueTable asOf = table.history().orElseThrow().asOf(SWITCH);
        assertThat(asOf.codes(Column.PROJECT)).isSameAs(table.codes(Column.PROJECT));
        assertThat(asOf.dates(Column.CREATED)).isSameAs(table.dates(Column.CREATED));
        assertThat(asOf.keys()).isSameAs(table.keys());
        // No row is created after 04-20, so the issue types are shared too.
        assertThat(table.history().orElseThrow().asOf(at("2026-04-20T00:00:00Z")).codes(Column.ISSUE_TYPE))
                .isSameAs(table.codes(Column.ISSUE_TYPE));
    }

    @Test
    void aDealReopenedAfterBeingWonIsOpenInBetween() {
        IssueTable asOf = table().history().orElseThrow().asOf(at("2026-04-05T00:00:00Z"));
        assertThat(text(asOf, Column.STATUS, 2)).isEqualTo("Negotiation");
        assertThat(text(asOf, Column.RESOLUTION, 2)).isEmpty();
        assertThat(asOf.dates(Column.RESOLVED).date(2)).isEmpty();
        // SALES-1 is in Proposal for the second time; SALES-4 is created later that day.
        assertThat(text(asOf, Column.STATUS, 0)).isEqualTo("Proposal");
        assertThat(text(asOf, Column.ISSUE_TYPE, 3)).isEmpty();
        // After the second win the resolved date is that of the second win.
        IssueTable later = table().history().orElseThrow().asOf(at("2026-04-10T09:00:00Z"));
        assertThat(later.dates(Column.RESOLVED).date(2)).contains(LocalDate.of(2026, 4, 10));
    }

    @Test
    void aStatusNoIssueIsInNowStillMatchesFilters() {
        IssueTable table = table();
        assertThat(table.codes(Column.STATUS).codeOf("Discovery")).isEqualTo(-1);
        // 03-04: SALES-2 is still in Discovery, SALES-1 in Prospecting with its first amount.
        IssueTable asOf = table.history().orElseThrow().asOf(at("2026-03-04T00:00:00Z"));
        assertThat(text(asOf, Column.STATUS, 1)).isEqualTo("Discovery");
        assertThat(text(asOf, Column.STATUS_CATEGORY, 1)).isEmpty();
        assertThat(asOf.numbers(AMOUNT).value(0).orElseThrow()).isEqualByComparingTo("1000");
        SalesCalendar calendar = SalesCalendar.of(BERLIN);
        Period march = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        assertThat(MetricEngine.evaluate(asOf, calendar,
                Metric.count(Filter.in(Column.STATUS, Set.of("Discovery")), When.always()), march).asNumber())
                .contains(BigDecimal.ONE);
        // Deals that exist on 04-05 at noon: all five; at midnight SALES-4 does not match "Deal" yet.
        Metric deals = Metric.count(Filter.in(Column.ISSUE_TYPE, Set.of("Deal")), When.always());
        assertThat(MetricEngine.evaluate(table.history().orElseThrow().asOf(at("2026-04-05T00:00:00Z")), calendar,
                deals, march).asNumber()).contains(BigDecimal.valueOf(4));
        assertThat(MetricEngine.evaluate(table.history().orElseThrow().asOf(at("2026-04-05T12:00:00Z")), calendar,
                deals, march).asNumber()).contains(BigDecimal.valueOf(5));
    }

    @Test
    void anAsOfTablesHistoryEndsAtItsInstant() {
        IssueTable asOf = table().history().orElseThrow().asOf(SWITCH);
        ChangeTable past = asOf.history().orElseThrow();
        assertThat(past.limit()).contains(SWITCH);
        // Asking it for a later instant gives the state at its own instant: nothing after it leaks.
        IssueTable later = past.asOf(at("2026-05-01T00:00:00Z"));
        assertThat(text(later, Column.STATUS, 2)).isEqualTo("Won");
        assertThat(text(later, Column.ASSIGNEE, 1)).isEqualTo("carol");
        assertThat(text(later, Column.ISSUE_TYPE, 3)).isEmpty();
        // SALES-3's changes up to the switch: the win and its resolution, not the reopening.
        assertThat(past.end(2) - past.start(2)).isEqualTo(2);
        List<String> visits = new ArrayList<>();
        past.visits(0, Column.STATUS, Long.MAX_VALUE, (code, in, out) -> visits.add(past.text(Column.STATUS, code)
                + (out == ChangeTable.OPEN ? " open" : "")));
        assertThat(visits).containsExactly("Prospecting", "Proposal", "Prospecting open");
    }
}
