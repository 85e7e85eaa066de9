package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.TwelveIssues;

/**
 * Each query of the JQL subset over {@link TwelveIssues}, with the keys it must select. "Now" is
 * Friday 2024-03-15 12:00 UTC (13:00 in Berlin), the current user alice, weeks start on Monday.
 */
class JqlFilterTest {
    private static final IssueIndex INDEX = TwelveIssues.index();
    private static final JqlContext CONTEXT = new JqlContext(TwelveIssues.NOW, TwelveIssues.ZONE,
            Optional.of("alice"), DayOfWeek.MONDAY);
    private static final String ALL = "S1 S2 S3 S4 S5 S10 S11 S12 O1 O2 O3 O4";

    static Stream<Arguments> queries() {
        return Stream.of(
                // The empty query is every issue.
                Arguments.of("", ALL),
                Arguments.of("   ", ALL),
                Arguments.of("project = SALES", "S1 S2 S3 S4 S5 S10 S11 S12"),
                Arguments.of("PROJECT = ops", "O1 O2 O3 O4"),
                Arguments.of("project != SALES", "O1 O2 O3 O4"),
                Arguments.of("issuetype = Opportunity", "S1 S2 S3"),
                Arguments.of("type in (Lead, \"Deal\")", "S4 S5 S10"),
                Arguments.of("status in (Won, Lost)", "S1 S2"),
                Arguments.of("status not in (Won, Lost, 'Closed Won')", "S3 S4 S5 S11 S12 O1 O2 O3 O4"),
                Arguments.of("statusCategory = Done", "S1 S2 S10 S11 O2"),
                Arguments.of("statuscategory = \"In Progress\"", "S3 S5 S12 O4"),
                Arguments.of("statusCategory in (new)", "S4 O1 O3"),
                // Users by key; currentUser() is the context's user.
                Arguments.of("assignee = currentUser()", "S1 S3 O1 O4"),
                Arguments.of("assignee is EMPTY", "S4 S11 S12"),
                Arguments.of("assignee = NULL", "S4 S11 S12"),
                // Like Jira, != leaves out the unassigned.
                Arguments.of("assignee != alice", "S2 S5 S10 O2 O3"),
                Arguments.of("assignee in (bob, EMPTY)", "S2 O2 S4 S11 S12"),
                Arguments.of("reporter = bob", "S1 S4"),
                Arguments.of("reporter is not empty", "S1 S2 S3 S4 O3"),
                Arguments.of("resolution = Unresolved", "S3 S4 S5 S12 O1 O3 O4"),
                Arguments.of("resolution = \"Won't Do\"", "S2"),
                Arguments.of("resolution IS NOT NULL", "S1 S2 S10 S11 O2"),
                // A day means the Berlin day: from its start, and for = the whole day.
                Arguments.of("created >= \"2024-03-01\"", "S3 S4 O1 O3 O4"),
                Arguments.of("created = \"2024-01-31\"", "S2"),
                Arguments.of("created = '2024-03-14'", "S3 O4"),
                Arguments.of("created < 2024-01-01", "S5 S10 S12"),
                Arguments.of("created > \"2024/03/14 12:00\"", "S4"),
                Arguments.of("created >= \"2024-03-14 11:00\" and created <= \"2024-03-14 11:00\"", "S3"),
                Arguments.of("created >= -1d", "S4"),
                Arguments.of("created >= \"-2w\"", "S3 S4 O3 O4"),
                Arguments.of("created >= \"-2w 1d\"", "S3 S4 S11 O1 O3 O4"),
                Arguments.of("created >= startOfDay()", "S4"),
                Arguments.of("created >= startOfDay(-1)", "S3 S4 O4"),
                Arguments.of("created >= startOfDay(\"-1d\")", "S3 S4 O4"),
                Arguments.of("created >= startOfWeek()", "S3 S4 O3 O4"),
                Arguments.of("created >= startOfMonth() AND created <= endOfMonth()", "S3 S4 O1 O3 O4"),
                Arguments.of("created >= startOfMonth(-1) and created < startOfMonth()", "S11 O2"),
                Arguments.of("created > endOfMonth(-1) and created < now()", "S3 S4 O1 O3 O4"),
                Arguments.of("created < startOfYear()", "S5 S10 S12"),
                Arguments.of("created >= startOfYear(-1) and created <= endOfYear(-1)", "S5 S10"),
                Arguments.of("createdDate >= startOfMonth(\"+12d\")", "S3 S4 O4"),
                Arguments.of("updated = \"2024-02-01\"", "S1"),
                Arguments.of("resolved >= \"2024-02-01\"", "S1 S2 S11 O2"),
                Arguments.of("resolutiondate is empty", "S3 S4 S5 S12 O1 O3 O4"),
                // Due is a day: it counts as that day's start.
                Arguments.of("duedate < now()", "S1 O1"),
                Arguments.of("due = \"2024-03-20\"", "S3"),
                Arguments.of("due > \"2024-03-15\"", "S3"),
                Arguments.of("due <= endOfWeek()", "S1 O1"),
                Arguments.of("due is empty", "S2 S4 S5 S10 S11 S12 O2 O3 O4"),
                Arguments.of("labels = vip", "S1 S10"),
                Arguments.of("labels in (Q1, internal)", "S1 S2 O2"),
                Arguments.of("labels is empty", "S3 S4 S5 S11 S12 O1 O3 O4"),
                Arguments.of("labels != vip", "S2 O2"),
                Arguments.of("key = SALES-3", "S3"),
                Arguments.of("issuekey in (sales-1, OPS-2, SALES-99)", "S1 O2"),
                // Keys compare by number within their project.
                Arguments.of("key > SALES-4", "S5 S10 S11 S12"),
                Arguments.of("key <= SALES-2", "S1 S2"),
                Arguments.of("key != SALES-1", "S2 S3 S4 S5 S10 S11 S12 O1 O2 O3 O4"),
                Arguments.of("summary ~ acme", "S1 S3 S12 O3"),
                Arguments.of("summary ~ \"ACME deal\"", "S1"),
                Arguments.of("summary ~ 'pilot'", "S2"),
                Arguments.of("summary ~ \"\\\"acme corp\\\"\"", "S12"),
                Arguments.of("summary !~ acme", "S2 S4 S5 S10 S11 O1 O2 O4"),
                Arguments.of("description ~ review", "O4"),
                Arguments.of("description is not empty", "S1 S5 O4"),
                Arguments.of("text ~ umbrella", "S11"),
                // Custom fields by cf[id], by id, by name quoted or bare, ignoring case.
                Arguments.of("cf[10010] > 1000", "S1 S3"),
                Arguments.of("\"Amount\" >= 1000.5", "S1 S3"),
                Arguments.of("amount = 1000.5", "S1"),
                Arguments.of("customfield_10010 = 12.345", "S10"),
                Arguments.of("Amount < 0", "O3"),
                Arguments.of("Amount <= 200", "S2 S10 O3"),
                Arguments.of("Amount > 12.3449", "S1 S2 S3 S10"),
                Arguments.of("Amount is empty", "S4 S5 S11 S12 O1 O2 O4"),
                Arguments.of("Amount != 200", "S1 S3 S10 O3"),
                Arguments.of("Amount in (200, \"5000\")", "S2 S3"),
                Arguments.of("Customer = \"acme corp\"", "S1 S3 S12"),
                Arguments.of("Customer ~ globex", "S2"),
                Arguments.of("cf[10020] is empty", "S4 S5 O1 O2 O3 O4"),
                Arguments.of("Region = EMEA", "S1 S3"),
                Arguments.of("Region not in (EMEA)", "S2 S11"),
                Arguments.of("Owner = currentUser()", "S1"),
                Arguments.of("owner = bob", "S11"),
                Arguments.of("\"Close Date\" >= \"2024-02-01\"", "S1"),
                Arguments.of("\"close date\" <= \"2024-01-31\"", "S10"),
                // AND binds tighter than OR; parentheses and NOT group.
                Arguments.of("project = OPS OR issuetype = Lead AND assignee = carol", "O1 O2 O3 O4 S5"),
                Arguments.of("(project = OPS OR issuetype = Lead) AND assignee = carol", "S5"),
                Arguments.of("NOT project = SALES", "O1 O2 O3 O4"),
                Arguments.of("not (status = Won or status = Lost) and project = SALES", "S3 S4 S5 S10 S11 S12"),
                // Jira: "typing field != value is the same as typing NOT field = value": the unassigned stay out.
                Arguments.of("NOT assignee = alice", "S2 S5 S10 O2 O3"),
                // = assignee != alice (S2 S5 S10 O2 O3) AND Amount <= 1000 (S2 200, S10 12.345, O3 -50; S5 O2 empty).
                Arguments.of("NOT (assignee = alice OR Amount > 1000)", "S2 S10 O3"),
                Arguments.of("NOT NOT assignee is EMPTY", "S4 S11 S12"),
                Arguments.of("PROJECT = sales AnD Status IN (won)", "S1"),
                Arguments.of("project = SALES ORDER BY created DESC", "S1 S2 S3 S4 S5 S10 S11 S12"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("queries")
    void selectsTheExpectedIssues(String jql, String expected) {
        List<String> keys = INDEX.read(columns -> {
            List<String> found = new ArrayList<>();
            JqlFilter.select(JqlParser.parse(jql), columns, CONTEXT).forEach(row -> found.add(columns.key(row)));
            return found;
        });

        List<String> wanted = Stream.of(expected.split(" "))
                .map(k -> k.replace("S", "SALES-").replace("O", "OPS-")).toList();
        assertThat(keys).containsExactlyInAnyOrderElementsOf(wanted);
    }
}
