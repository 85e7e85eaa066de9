package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;

/**
 * Date values read in the searching user's zone, as Jira reads them ("yyyy/MM/dd" is that day's midnight there),
 * around Berlin's two switches of 2026: 29 March (02:00 CET becomes 03:00 CEST, a day of 23 hours) and 25 October
 * (03:00 CEST becomes 02:00 CET, 25 hours). The issues, by creation instant (UTC, then Berlin wall clock):
 * <pre>
 * D-1  2026-03-28T10:30Z  28 Mar 11:30 CET
 * D-2  2026-03-28T22:59Z  28 Mar 23:59 CET
 * D-3  2026-03-28T23:00Z  29 Mar 00:00 CET   (the 29th's midnight)
 * D-4  2026-03-29T00:30Z  29 Mar 01:30 CET
 * D-5  2026-03-29T01:00Z  29 Mar 03:00 CEST  (the first instant after the switch)
 * D-6  2026-03-29T22:00Z  30 Mar 00:00 CEST  (the 30th's midnight)
 * D-7  2026-10-24T21:59Z  24 Oct 23:59 CEST
 * D-8  2026-10-25T22:30Z  25 Oct 23:30 CET   (25 hours after the 25th's midnight, 22:00Z of the 24th)
 * </pre>
 * "Now" is 2026-03-29T10:00Z, noon in Berlin (CEST) on the short day.
 */
class DatesAcrossDstTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-29T10:00:00Z");
    private static final IssueIndex INDEX = index();

    static Stream<Arguments> queries() {
        return Stream.of(
                // The 29th starts at 23:00Z of the 28th (CET) and ends at 22:00Z (CEST): 23 hours.
                Arguments.of("created >= \"2026/03/29\"", "D-3 D-4 D-5 D-6 D-7 D-8"),
                Arguments.of("created < \"2026/03/29\"", "D-1 D-2"),
                Arguments.of("created >= \"2026/03/29\" AND created < \"2026/03/30\"", "D-3 D-4 D-5"),
                Arguments.of("created >= \"2026-03-29\" AND created < \"2026-03-30\"", "D-3 D-4 D-5"),
                // A comparison with a day compares with its midnight: <= the 29th ends where the 29th starts.
                Arguments.of("created <= \"2026/03/29\"", "D-1 D-2 D-3"),
                Arguments.of("created > \"2026/03/29\"", "D-4 D-5 D-6 D-7 D-8"),
                // 02:30 does not exist on the 29th: Java and Jira's lenient calendar both read it as 03:30 CEST
                // (01:30Z), an hour after the gap began (UNVERIFIED against Jira's own parser).
                Arguments.of("created >= \"2026/03/29 02:30\"", "D-6 D-7 D-8"),
                Arguments.of("created >= \"2026/03/29 03:00\"", "D-5 D-6 D-7 D-8"),
                // The 25th of October lasts 25 hours: 22:00Z of the 24th to 23:00Z of the 25th.
                Arguments.of("created >= \"2026/10/25\" AND created < \"2026/10/26\"", "D-8"),
                Arguments.of("created >= \"2026/10/24\" AND created < \"2026/10/25\"", "D-7"),
                // -1d is 24 hours before now (2026-03-28T10:00Z), not the same wall-clock time yesterday
                // (12:00 CET = 11:00Z, which would leave D-1 out).
                Arguments.of("created >= -1d AND created <= now()", "D-1 D-2 D-3 D-4 D-5"),
                Arguments.of("created >= \"-24h\" AND created <= now()", "D-1 D-2 D-3 D-4 D-5"),
                // Functions move by calendar days: today starts at the 29th's midnight, tomorrow at the 30th's.
                Arguments.of("created >= startOfDay() AND created < endOfDay()", "D-3 D-4 D-5"),
                Arguments.of("created >= startOfDay(-1) AND created < startOfDay()", "D-1 D-2"),
                Arguments.of("created >= startOfDay(1) AND created < startOfDay(2)", "D-6"),
                // October, seven calendar months on: from 30 Sep 22:00Z (CEST) to 31 Oct 23:00Z (CET).
                Arguments.of("created >= startOfMonth(7) AND created < startOfMonth(8)", "D-7 D-8"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("queries")
    void aDayIsTheUsersDayAcrossTheSwitch(String jql, String expected) {
        assertThat(keys(jql, BERLIN)).containsExactlyInAnyOrderElementsOf(split(expected));
    }

    @Test
    void theSameDayValueNamesAnotherInstantInAnotherZone() {
        // In Tokyo (UTC+9, no DST) the 29th starts at 15:00Z of the 28th: D-1 (10:30Z) is still the 28th there.
        assertThat(keys("created >= \"2026/03/29\" AND created < \"2026/03/30\"", ZoneId.of("Asia/Tokyo")))
                .containsExactly("D-2", "D-3", "D-4", "D-5");
    }

    @Test
    void aDayWhoseMidnightIsSkippedStartsAtItsFirstInstant() {
        // Havana skips 00:00 to 01:00 on 8 March 2026: that day starts at 01:00 CDT = 05:00Z (UNVERIFIED in Jira,
        // whose lenient calendar moves a missing wall-clock time forward the same way).
        IssueIndex index = new IssueIndex();
        index.upsert(List.of(issue("H-1", "2026-03-08T04:59:00Z", null), issue("H-2", "2026-03-08T05:00:00Z", null)));
        JqlContext havana = new JqlContext(NOW, ZoneId.of("America/Havana"), Optional.empty(), DayOfWeek.MONDAY);
        List<String> found = index.read(columns -> {
            List<String> keys = new ArrayList<>();
            JqlFilter.select(JqlParser.parse("created >= \"2026/03/08\""), columns, havana)
                    .forEach(row -> keys.add(columns.key(row)));
            return keys;
        });
        assertThat(found).containsExactly("H-2");
    }

    @Test
    void aDueDayIsADayWhateverItsLength() {
        // Due days are calendar days: the short 29th is one of them like any other.
        assertThat(keys("due = \"2026/03/29\"", BERLIN)).containsExactly("D-4");
        assertThat(keys("due >= \"2026/03/29\" AND due <= \"2026/03/30\"", BERLIN)).containsExactlyInAnyOrder("D-4",
                "D-6");
        assertThat(keys("due is EMPTY", BERLIN)).containsExactlyInAnyOrder("D-1", "D-2", "D-3", "D-5", "D-7", "D-8");
    }

    private static List<String> keys(String jql, ZoneId zone) {
        JqlContext context = new JqlContext(NOW, zone, Optional.empty(), DayOfWeek.MONDAY);
        return INDEX.read(columns -> {
            List<String> found = new ArrayList<>();
            JqlFilter.select(JqlParser.parse(jql), columns, context).forEach(row -> found.add(columns.key(row)));
            return found;
        });
    }

    private static List<String> split(String keys) {
        return List.of(keys.split(" "));
    }

    private static IssueIndex index() {
        IssueIndex index = new IssueIndex();
        index.upsert(List.of(
                issue("D-1", "2026-03-28T10:30:00Z", null),
                issue("D-2", "2026-03-28T22:59:00Z", null),
                issue("D-3", "2026-03-28T23:00:00Z", null),
                issue("D-4", "2026-03-29T00:30:00Z", LocalDate.of(2026, 3, 29)),
                issue("D-5", "2026-03-29T01:00:00Z", null),
                issue("D-6", "2026-03-29T22:00:00Z", LocalDate.of(2026, 3, 30)),
                issue("D-7", "2026-10-24T21:59:00Z", null),
                issue("D-8", "2026-10-25T22:30:00Z", null)));
        return index;
    }

    private static IndexedIssue issue(String key, String created, LocalDate due) {
        IssueRecord.Builder record = IssueRecord.builder(key, key.substring(0, key.indexOf('-'))).type("Deal")
                .status("Open", StatusCategory.TO_DO).created(Instant.parse(created));
        if (due != null) {
            record.due(due);
        }
        return new IndexedIssue(record.build(), key, "", Set.of());
    }
}
