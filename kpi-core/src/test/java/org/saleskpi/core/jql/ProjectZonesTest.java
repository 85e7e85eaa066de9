package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Each project's issues read in its own zone: BER's came from a Jira site in Berlin, NYC's from one in New York, LOC's
 * were made on a server whose query zone is UTC. The same three instants in each project:
 * <pre>
 * x-1  2026-03-28T22:59Z  Berlin 28 Mar 23:59 CET,  New York 28 Mar 18:59 EDT, UTC 28 Mar 22:59
 * x-2  2026-03-28T23:00Z  Berlin 29 Mar 00:00 CET,  New York 28 Mar 19:00 EDT, UTC 28 Mar 23:00
 * x-3  2026-03-29T04:00Z  Berlin 29 Mar 06:00 CEST, New York 29 Mar 00:00 EDT, UTC 29 Mar 04:00
 * </pre>
 * New York switched to daylight time on 8 March, Berlin does on 29 March at 01:00Z: the 29th starts at 23:00Z of the
 * 28th in Berlin, 04:00Z in New York, 00:00Z in UTC.
 */
class ProjectZonesTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-03-29T12:00:00Z");
    private static final ProjectZones SITES = new ProjectZones(Map.of("BER", BERLIN, "NYC", NEW_YORK), Map.of());

    @Test
    void aDayValueIsThatDayInTheZoneOfEachProjectsSite() {
        // Berlin: x-2 and x-3 are on or after its 29th; New York: only x-3; UTC: only x-3.
        assertThat(keys("created >= \"2026/03/29\"", SITES)).containsExactly("BER-2", "BER-3", "NYC-3", "LOC-3");
        assertThat(keys("created < \"2026/03/29\"", SITES)).containsExactly("BER-1", "NYC-1", "NYC-2", "LOC-1",
                "LOC-2");
        // Without site zones every project is read in the query's zone, UTC.
        assertThat(keys("created >= \"2026/03/29\"", ProjectZones.NONE)).containsExactly("BER-3", "NYC-3", "LOC-3");
    }

    @Test
    void dayFunctionsAndDueDaysCountInEachProjectsZoneAndNegationsStayInTheirProject() {
        // startOfDay() at 12:00Z on the 29th: 29 Mar 00:00 in each zone (23:00Z, 04:00Z, 00:00Z).
        assertThat(keys("created >= startOfDay()", SITES)).containsExactly("BER-2", "BER-3", "NYC-3", "LOC-3");
        assertThat(keys("NOT created >= startOfDay() AND project in (BER, NYC)", SITES))
                .containsExactly("BER-1", "NYC-1", "NYC-2");
        // A due day is a calendar day in every zone: the 29th is the 29th whichever zone reads the value.
        assertThat(keys("due = \"2026/03/29\"", SITES)).containsExactly("BER-3", "NYC-3", "LOC-3");
    }

    @Test
    void aProjectWhoseIssuesCameFromSitesInTwoZonesRefusesDateComparisons() {
        ProjectZones mixed = new ProjectZones(Map.of("NYC", NEW_YORK), Map.of("BER", List.of("Asia/Tokyo",
                "Europe/Berlin")));
        assertThatThrownBy(() -> keys("created >= \"2026/03/29\"", mixed)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The dates of field 'created' cannot be compared here: some issues came from Jira sites in"
                        + " different time zones (Asia/Tokyo, Europe/Berlin) under one project key.")
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("jql"));
        // Clauses without dates are answered.
        assertThat(keys("project = NYC", mixed)).containsExactly("NYC-1", "NYC-2", "NYC-3");
    }

    private static List<String> keys(String jql, ProjectZones zones) {
        IssueIndex index = new IssueIndex();
        List<IndexedIssue> issues = new ArrayList<>();
        for (String project : List.of("BER", "NYC", "LOC")) {
            issues.add(issue(project + "-1", "2026-03-28T22:59:00Z", null));
            issues.add(issue(project + "-2", "2026-03-28T23:00:00Z", null));
            // Due on the 29th in every project (a calendar day whatever the zone).
            issues.add(issue(project + "-3", "2026-03-29T04:00:00Z", LocalDate.of(2026, 3, 29)));
        }
        index.upsert(issues);
        JqlContext context = new JqlContext(NOW, UTC, Optional.empty(), DayOfWeek.MONDAY).withProjectZones(zones);
        return index.read(columns -> {
            List<String> found = new ArrayList<>();
            JqlFilter.select(JqlParser.parse(jql), columns, context).forEach(row -> found.add(columns.key(row)));
            return found;
        });
    }

    private static IndexedIssue issue(String key, String created, LocalDate due) {
        return new IndexedIssue(IssueRecord.builder(key, key.substring(0, key.indexOf('-'))).type("Deal")
                .status("Open", StatusCategory.TO_DO).created(Instant.parse(created)).due(due).build(), key, "",
                java.util.Set.of());
    }
}
