package org.saleskpi.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Jira's change items as ChangeLogUtils and the custom field types write them (ChangeItemBean's stub header): system
 * fields by id with the status id and name, custom fields by name, a number custom field's value on the string side,
 * a select's option id and value, users by key and display name, dates as ISO text.
 */
class JiraIssueHistoriesTest {
    /** Jira runs in Berlin: Date fields hold midnight there. */
    private static final ZoneId JIRA_ZONE = ZoneId.of("Europe/Berlin");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    private static final Column CLOSE_DATE = Column.custom("customfield_10050", FieldType.DATE);
    private static final Column FORECAST = Column.custom("customfield_10060", FieldType.OPTION);
    private static final Column ENGINEER = Column.custom("customfield_10070", FieldType.USER);
    private static final Column NEXT_CALL = Column.custom("customfield_10080", FieldType.DATE);
    private static final Set<Column> TRACKED = Set.of(Column.STATUS, Column.RESOLUTION, Column.ASSIGNEE, AMOUNT,
            CLOSE_DATE, FORECAST, ENGINEER, NEXT_CALL);

    private final JiraMocks jira = new JiraMocks();
    private final List<CustomField> allFields = new ArrayList<>();
    private ApplicationUser alice;

    @BeforeEach
    void setUp() {
        alice = jira.user("alice", "Alice Abe");
        field(AMOUNT, "Amount");
        field(CLOSE_DATE, "Close date");
        field(FORECAST, "Forecast category");
        field(ENGINEER, "Sales engineer");
        field(NEXT_CALL, "Next call");
        // A field no column tracks: its change items are not history the engine reads.
        field(Column.custom("customfield_10090", FieldType.TEXT), "Region");
        when(jira.customFields.getCustomFieldObjects()).thenReturn(allFields);
    }

    @Test
    void readsTheTrackedChangesOfEachIssueAsCanonicalText() {
        Issue deal = issue(10001L, "SALES-1", "2026-03-02T09:00:00Z");
        Issue quiet = issue(10002L, "SALES-2", "2026-03-05T09:00:00Z");
        ChangeHistory proposal = group(10001L, "2026-03-03T10:15:00Z", "JIRAUSER10100",
                system("status", "10100", "Prospecting", "10101", "Proposal"),
                // Number fields: Jira moves the value to the string side (their change-log string is null).
                custom("Amount", null, "1000", null, "1250.50"),
                system("summary", null, "Big deal", null, "Bigger deal"),
                custom("Region", null, "EMEA", null, "APAC"));
        ChangeHistory slipped = group(10001L, "2026-03-10T08:00:00Z", "JIRAUSER10200",
                custom("Close date", "2026-03-31", "31/Mar/26", "2026-04-15", "15/Apr/26"),
                custom("Forecast category", "10300", "Pipeline", "10301", "Commit"),
                system("assignee", "JIRAUSER10100", "Alice Abe", "JIRAUSER10200", "Bob Bee"),
                // A user picker with nobody in it writes empty strings.
                custom("Sales engineer", "", "", "JIRAUSER10300", "Carol Cho"));
        ChangeHistory won = group(10001L, "2026-03-20T16:45:00Z", "JIRAUSER10200",
                system("status", "10102", "Negotiation", "10103", "Won"),
                system("resolution", null, null, "10000", "Done"),
                custom("Amount", null, "1250.50", null, "1300"));
        when(jira.changeHistories.getChangeHistoriesForUser(List.of(deal, quiet), alice))
                .thenReturn(List.of(proposal, slipped, won));

        List<IssueHistory> histories = reader(TRACKED).read(alice, List.of(deal, quiet));

        Instant proposed = Instant.parse("2026-03-03T10:15:00Z");
        Instant slip = Instant.parse("2026-03-10T08:00:00Z");
        Instant close = Instant.parse("2026-03-20T16:45:00Z");
        assertThat(histories).containsExactly(
                IssueHistory.of("SALES-1", Instant.parse("2026-03-02T09:00:00Z"), List.of(
                        Change.of(proposed, "status", "Prospecting", "Proposal", "JIRAUSER10100"),
                        Change.of(proposed, "customfield_10010", "1000", "1250.5", "JIRAUSER10100"),
                        Change.of(slip, "customfield_10050", "2026-03-31", "2026-04-15", "JIRAUSER10200"),
                        Change.of(slip, "customfield_10060", "Pipeline", "Commit", "JIRAUSER10200"),
                        Change.of(slip, "assignee", "JIRAUSER10100", "JIRAUSER10200", "JIRAUSER10200"),
                        Change.of(slip, "customfield_10070", null, "JIRAUSER10300", "JIRAUSER10200"),
                        Change.of(close, "status", "Negotiation", "Won", "JIRAUSER10200"),
                        Change.of(close, "resolution", null, "Done", "JIRAUSER10200"),
                        Change.of(close, "customfield_10010", "1250.5", "1300", "JIRAUSER10200"))),
                IssueHistory.of("SALES-2", Instant.parse("2026-03-05T09:00:00Z"), List.of()));
        assertThat(histories).allMatch(IssueHistory::known);
    }

    @Test
    void readsAPageInOneBatchAsTheAskingUser() {
        Issue deal = issue(10001L, "SALES-1", "2026-03-02T09:00:00Z");
        Issue lead = issue(10002L, "SALES-2", "2026-03-05T09:00:00Z");
        when(jira.changeHistories.getChangeHistoriesForUser(any(), any())).thenReturn(List.of());

        JiraIssueHistories.Reader reader = reader(TRACKED);
        reader.read(alice, List.of(deal, lead));
        reader.read(alice, List.of());

        verify(jira.changeHistories).getChangeHistoriesForUser(List.of(deal, lead), alice);
        // An empty page asks Jira nothing.
        verifyNoMoreInteractions(jira.changeHistories);
    }

    @Test
    void aDateTimeValueIsADayOfTheAskersZoneUnlessItIsMidnightInJirasZone() {
        Issue deal = issue(10001L, "SALES-1", "2026-03-02T09:00:00Z");
        ChangeHistory moved = group(10001L, "2026-03-10T08:00:00Z", "JIRAUSER10100",
                // 23:30 in Berlin on 31 March is 06:30 on 1 April in Tokyo; midnight in Berlin is the field's day.
                custom("Next call", "2026-03-30T00:00:00+0200", "30/Mar/26 12:00 AM",
                        "2026-03-31T23:30:00+0200", "31/Mar/26 11:30 PM"));
        ChangeHistory older = group(10001L, "2026-03-11T08:00:00Z", "JIRAUSER10100",
                // Older Date Time values are UTC with a literal Z: 15:00 UTC is midnight in Tokyo.
                custom("Next call", "2026-03-31T21:30:00Z", "31/Mar/26 11:30 PM", "2026-04-02T15:00:00Z", "x"));
        when(jira.changeHistories.getChangeHistoriesForUser(List.of(deal), alice)).thenReturn(List.of(moved, older));

        List<Change> changes = reader(Set.of(NEXT_CALL)).read(alice, List.of(deal)).get(0).changes();

        assertThat(changes).extracting(Change::from, Change::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("2026-03-30"),
                        java.util.Optional.of("2026-04-01")),
                org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("2026-04-01"),
                        java.util.Optional.of("2026-04-03")));
    }

    @Test
    void aCustomFieldWhoseNameAnotherFieldHasIsRejectedOnColumns() {
        // Jira records custom field changes by name: two "Amount" fields cannot be told apart in the history.
        field(Column.custom("customfield_10099", FieldType.NUMBER), "Amount");

        assertThatThrownBy(() -> reader(Set.of(AMOUNT)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("columns",
                                "Custom field customfield_10010 shares its name \"Amount\" with customfield_10099."
                                        + " Jira records custom field changes by name, so the history of this field"
                                        + " cannot be read; rename one of them.")));
    }

    @Test
    void aTrackedCustomFieldJiraDoesNotHaveIsRejectedOnColumns() {
        Column gone = Column.custom("customfield_19999", FieldType.NUMBER);

        assertThatThrownBy(() -> reader(Set.of(gone)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("columns",
                                "Custom field customfield_19999 does not exist.")));
    }

    @Test
    void aPastValueThatIsNotOfTheColumnsTypeNamesTheIssueAndTheField() {
        Issue deal = issue(10001L, "SALES-7", "2026-03-02T09:00:00Z");
        ChangeHistory typed = group(10001L, "2026-03-03T10:15:00Z", "JIRAUSER10100",
                custom("Amount", null, "1000", null, "about 2k"));
        when(jira.changeHistories.getChangeHistoriesForUser(List.of(deal), alice)).thenReturn(List.of(typed));

        assertThatThrownBy(() -> reader(Set.of(AMOUNT)).read(alice, List.of(deal)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("columns",
                                "Jira's history of SALES-7 has a change of customfield_10010 (Amount) that is not a"
                                        + " NUMBER value: \"about 2k\" is not a number.")));
    }

    @Test
    void aSystemFieldThatIsNotTrackedAndACustomFieldNamedLikeASystemOneAreIgnored() {
        Issue deal = issue(10001L, "SALES-1", "2026-03-02T09:00:00Z");
        field(Column.custom("customfield_10095", FieldType.TEXT), "status");
        ChangeHistory group = group(10001L, "2026-03-03T10:15:00Z", null,
                system("assignee", null, null, "JIRAUSER10100", "Alice Abe"),
                custom("status", null, null, null, "a custom text field called status"),
                system("status", "1", "Open", "3", "In Progress"));
        when(jira.changeHistories.getChangeHistoriesForUser(List.of(deal), alice)).thenReturn(List.of(group));

        List<Change> changes = reader(Set.of(Column.STATUS)).read(alice, List.of(deal)).get(0).changes();

        // Only the system status; an anonymous change has no author.
        assertThat(changes).containsExactly(
                Change.of(Instant.parse("2026-03-03T10:15:00Z"), "status", "Open", "In Progress", null));
    }

    @Test
    void aStatusIsNamedByItsCurrentNameAndADeletedOneByTheNameTheChangeRecorded() {
        // "Proposal" was renamed "Proposal sent" after the change; "Qualification" (id 10099) was deleted.
        Status prospecting = status("10100", "Prospecting");
        Status proposalSent = status("10101", "Proposal sent");
        when(jira.statuses.getStatuses()).thenReturn(List.of(prospecting, proposalSent));
        Issue deal = issue(10001L, "SALES-1", "2026-03-02T09:00:00Z");
        ChangeHistory qualified = group(10001L, "2026-03-03T10:15:00Z", "JIRAUSER10100",
                system("status", "10099", "Qualification", "10100", "Prospecting"));
        ChangeHistory proposed = group(10001L, "2026-03-04T10:15:00Z", "JIRAUSER10100",
                system("status", "10100", "Prospecting", "10101", "Proposal"));
        when(jira.changeHistories.getChangeHistoriesForUser(List.of(deal), alice))
                .thenReturn(List.of(qualified, proposed));

        List<Change> changes = reader(Set.of(Column.STATUS)).read(alice, List.of(deal)).get(0).changes();

        assertThat(changes).extracting(Change::from, Change::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("Qualification"),
                        java.util.Optional.of("Prospecting")),
                org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("Prospecting"),
                        java.util.Optional.of("Proposal sent")));
    }

    private JiraIssueHistories.Reader reader(Set<Column> tracked) {
        return jira.histories(JIRA_ZONE).reader(tracked, TOKYO);
    }

    private void field(Column column, String name) {
        CustomField field = mock(CustomField.class, column.id());
        when(field.getId()).thenReturn(column.id());
        when(field.getName()).thenReturn(name);
        when(jira.customFields.getCustomFieldObject(column.id())).thenReturn(field);
        allFields.add(field);
    }

    private static Status status(String id, String name) {
        Status status = mock(Status.class, name);
        when(status.getId()).thenReturn(id);
        when(status.getName()).thenReturn(name);
        return status;
    }

    private static Issue issue(long id, String key, String created) {
        Issue issue = mock(Issue.class, key);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse(created)));
        return issue;
    }

    private static ChangeHistory group(long issueId, String at, String authorKey, ChangeItemBean... items) {
        ChangeHistory group = mock(ChangeHistory.class);
        when(group.getIssueId()).thenReturn(issueId);
        when(group.getTimePerformed()).thenReturn(Timestamp.from(Instant.parse(at)));
        when(group.getAuthorKey()).thenReturn(authorKey);
        when(group.getChangeItemBeans()).thenReturn(List.of(items));
        return group;
    }

    private static ChangeItemBean system(String field, String from, String fromString, String to, String toString) {
        return new ChangeItemBean(ChangeItemBean.STATIC_FIELD, field, from, fromString, to, toString);
    }

    private static ChangeItemBean custom(String name, String from, String fromString, String to, String toString) {
        return new ChangeItemBean(ChangeItemBean.CUSTOM_FIELD, name, from, fromString, to, toString);
    }
}
