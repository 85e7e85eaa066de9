package org.saleskpi.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.jira.bridge.SearchServiceIssueSearch;

class JiraIssueSourceTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId JIRA_ZONE = ZoneOffset.UTC;
    private static final String JQL = "project = SALES AND issuetype = Deal";

    private final JiraMocks jira = new JiraMocks();
    private final Query query = mock(Query.class);
    private ApplicationUser alice;
    private JiraIssueSource source;

    @BeforeEach
    void setUp() {
        alice = jira.user("alice", "Alice Abe");
        MessageSet none = JiraMocks.messages();
        when(jira.searchService.parseQuery(any(), anyString())).thenReturn(new SearchService.ParseResult(query, none));
        when(jira.searchService.validateQuery(any(), any())).thenReturn(none);
        source = new JiraIssueSource(new SearchServiceIssueSearch(jira.searchService), jira.customFields, jira.filters,
                jira.projects, jira.permissions, jira.users, jira.histories(JIRA_ZONE), JIRA_ZONE);
    }

    @Test
    void readsEveryPageOnceAsTheLoggedInUser() throws SearchException {
        // The request's user is the one Jira says is logged in; searches must run as exactly that user.
        when(jira.authentication.getLoggedInUser()).thenReturn(alice);
        UserRef loggedIn = jira.accessPolicy().currentUser().orElseThrow();
        List<Issue> all = issues(3 * 500 + 120);
        when(jira.searchService.search(any(), any(), any())).thenAnswer(call -> {
            PagerFilter<?> pager = call.getArgument(2);
            int from = Math.min(pager.getStart(), all.size());
            int to = Math.min(from + pager.getMax(), all.size());
            return new SearchResults<>(all.subList(from, to), all.size(), pager.getMax(), from);
        });

        IssueTable table = source.load(new IssueQuery(JQL, loggedIn, Set.of(Column.KEY), TOKYO));

        ArgumentCaptor<ApplicationUser> searchers = ArgumentCaptor.forClass(ApplicationUser.class);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<PagerFilter<Issue>> pagers = ArgumentCaptor.forClass(PagerFilter.class);
        verify(jira.searchService, times(4)).search(searchers.capture(), same(query), pagers.capture());
        assertThat(searchers.getAllValues()).hasSize(4).allSatisfy(u -> assertThat(u).isSameAs(alice));
        assertThat(pagers.getAllValues()).extracting(PagerFilter::getStart).containsExactly(0, 500, 1000, 1500);
        assertThat(pagers.getAllValues()).extracting(PagerFilter::getMax).containsOnly(500);
        verify(jira.searchService).parseQuery(same(alice), eq(JQL));
        verify(jira.searchService).validateQuery(same(alice), same(query));
        // Nothing else was asked of the search service: in particular no override-security variant.
        verifyNoMoreInteractions(jira.searchService);

        assertThat(table.size()).isEqualTo(1620);
        assertThat(table.keys().key(0)).isEqualTo("SALES-1");
        assertThat(table.keys().key(1619)).isEqualTo("SALES-1620");
    }

    @Test
    void stopsAtAnEmptyPageWhenIssuesVanishWhilePaging() throws SearchException {
        List<Issue> first = issues(500);
        when(jira.searchService.search(any(), any(), any()))
                .thenReturn(new SearchResults<>(first, 900, 500, 0))
                .thenReturn(new SearchResults<>(List.of(), 400, 500, 500));

        IssueTable table = source.load(new IssueQuery(JQL, ref("alice"), Set.of(Column.KEY), TOKYO));

        assertThat(table.size()).isEqualTo(500);
        verify(jira.searchService, times(2)).search(same(alice), same(query), any());
    }

    @Test
    void readsOnPastAStaleTotalUntilAShortPage() throws SearchException {
        // Issues created while paging: the first page's total (500) is already stale; only a short page ends the read.
        List<Issue> all = issues(530);
        when(jira.searchService.search(any(), any(), any()))
                .thenReturn(new SearchResults<>(all.subList(0, 500), 500, 500, 0))
                .thenReturn(new SearchResults<>(all.subList(500, 530), 530, 500, 500));

        IssueTable table = source.load(new IssueQuery(JQL, ref("alice"), Set.of(Column.KEY), TOKYO));

        assertThat(table.size()).isEqualTo(530);
        verify(jira.searchService, times(2)).search(same(alice), same(query), any());
    }

    @Test
    void aFilterTheUserMayNotSeeIsJirasErrorOnTheJqlField() throws SearchException {
        String jiraMessage = "The value '10001' does not exist for the field 'filter'.";
        MessageSet hidden = JiraMocks.messages(jiraMessage);
        when(jira.searchService.validateQuery(any(), any())).thenReturn(hidden);

        assertThatThrownBy(() -> source.load(new IssueQuery("filter = 10001", ref("alice"), Set.of(Column.KEY), TOKYO)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("jql", jiraMessage)));
        verify(jira.searchService).validateQuery(same(alice), same(query));
        verify(jira.searchService, never()).search(any(), any(), any());
    }

    @Test
    void jqlThatDoesNotParseIsJirasErrorOnTheJqlField() throws SearchException {
        String jiraMessage = "Error in the JQL Query: Expecting operator but got 'SALES'.";
        MessageSet syntax = JiraMocks.messages(jiraMessage);
        when(jira.searchService.parseQuery(any(), anyString())).thenReturn(new SearchService.ParseResult(null, syntax));

        assertThatThrownBy(() -> source.count("project SALES", ref("alice")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("jql");
                    assertThat(e.getMessage()).isEqualTo(jiraMessage);
                });
        verify(jira.searchService, never()).searchCount(any(), any());
    }

    @Test
    void countsWithSearchCountAsTheUser() throws SearchException {
        when(jira.searchService.searchCount(any(), any())).thenReturn(42L);

        assertThat(source.count(JQL, ref("alice"))).isEqualTo(42L);

        verify(jira.searchService).searchCount(same(alice), same(query));
        verify(jira.searchService, never()).search(any(), any(), any());
    }

    @Test
    void aUserJiraDoesNotKnowSearchesNothing() {
        assertThatThrownBy(() -> source.count(JQL, ref("mallory")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("user"));
        verifyNoInteractions(jira.searchService);
    }

    @Test
    void customFieldValuesOfEachJiraTypeBecomeTheirColumns() throws SearchException {
        Column amount = Column.custom("customfield_10001", FieldType.NUMBER);
        Column exact = Column.custom("customfield_10002", FieldType.NUMBER);
        Column closeDate = Column.custom("customfield_10003", FieldType.DATE);
        Column signedAt = Column.custom("customfield_10004", FieldType.DATE);
        Column stage = Column.custom("customfield_10005", FieldType.OPTION);
        Column regions = Column.custom("customfield_10006", FieldType.OPTION);
        Column rep = Column.custom("customfield_10007", FieldType.USER);
        Column customer = Column.custom("customfield_10008", FieldType.TEXT);
        Column empty = Column.custom("customfield_10009", FieldType.TEXT);
        ApplicationUser bob = jira.user("JIRAUSER10100", "Bob Brown");
        Issue issue = mock(Issue.class);
        when(issue.getCustomFieldValue(field(amount))).thenReturn(1250.5d);
        when(issue.getCustomFieldValue(field(exact))).thenReturn(new BigDecimal("99.95"));
        // A Date field: midnight of its day in Jira's zone.
        when(issue.getCustomFieldValue(field(closeDate))).thenReturn(
                Date.from(LocalDate.of(2026, 3, 31).atStartOfDay(JIRA_ZONE).toInstant()));
        // A Date Time field: 20:30 UTC on 31 March is already 1 April in Tokyo, the asking user's zone.
        when(issue.getCustomFieldValue(field(signedAt))).thenReturn(
                Timestamp.from(LocalDateTime.of(2026, 3, 31, 20, 30).toInstant(ZoneOffset.UTC)));
        Option negotiation = option("Negotiation");
        List<Option> emeaAndApac = List.of(option("EMEA"), option("APAC"));
        when(issue.getCustomFieldValue(field(stage))).thenReturn(negotiation);
        when(issue.getCustomFieldValue(field(regions))).thenReturn(emeaAndApac);
        when(issue.getCustomFieldValue(field(rep))).thenReturn(bob);
        when(issue.getCustomFieldValue(field(customer))).thenReturn("Acme Corp");
        when(issue.getCustomFieldValue(field(empty))).thenReturn(null);
        pages(issue);

        IssueTable table = source.load(new IssueQuery(JQL, ref("alice"),
                Set.of(amount, exact, closeDate, signedAt, stage, regions, rep, customer, empty), TOKYO));

        assertThat(table.numbers(amount).value(0)).contains(new BigDecimal("1250.5"));
        assertThat(table.numbers(exact).value(0)).contains(new BigDecimal("99.95"));
        assertThat(table.dates(closeDate).date(0)).contains(LocalDate.of(2026, 3, 31));
        assertThat(table.dates(signedAt).date(0)).contains(LocalDate.of(2026, 4, 1));
        assertThat(text(table, stage)).isEqualTo("Negotiation");
        assertThat(text(table, regions)).isEqualTo("EMEA");
        assertThat(text(table, rep)).isEqualTo("JIRAUSER10100");
        assertThat(text(table, customer)).isEqualTo("Acme Corp");
        assertThat(table.codes(empty).code(0)).isEqualTo(0);
    }

    @Test
    void aValueOfTheWrongKindIsRejectedOnTheColumns() throws SearchException {
        Column amount = Column.custom("customfield_10001", FieldType.NUMBER);
        Issue issue = mock(Issue.class);
        when(issue.getCustomFieldValue(field(amount))).thenReturn("a lot");
        pages(issue);

        assertThatThrownBy(() -> source.load(new IssueQuery(JQL, ref("alice"), Set.of(amount), TOKYO)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("columns"));
    }

    @Test
    void anUnknownCustomFieldIsRejectedBeforeSearching() {
        Column missing = Column.custom("customfield_99999", FieldType.NUMBER);

        assertThatThrownBy(() -> source.load(new IssueQuery(JQL, ref("alice"), Set.of(missing), TOKYO)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("customfield_99999");
        verifyNoInteractions(jira.searchService);
    }

    @Test
    void readsOnlyTheAskedColumns() throws SearchException {
        Column amount = Column.custom("customfield_10001", FieldType.NUMBER);
        CustomField amountField = field(amount);
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("SALES-7");
        when(issue.getCustomFieldValue(amountField)).thenReturn(10d);
        pages(issue);

        source.load(new IssueQuery(JQL, ref("alice"), Set.of(Column.KEY, amount), TOKYO));

        verify(issue).getKey();
        verify(issue).getCustomFieldValue(amountField);
        verifyNoMoreInteractions(issue);
        verify(jira.customFields).getCustomFieldObject("customfield_10001");
        verifyNoMoreInteractions(jira.customFields);
    }

    @Test
    void systemFieldsComeFromTheIssueGetters() throws SearchException {
        Issue issue = mock(Issue.class);
        ApplicationUser carol = jira.user("JIRAUSER10200", "Carol");
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("SALES");
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Deal");
        StatusCategory done = mock(StatusCategory.class);
        when(done.getKey()).thenReturn("done");
        Status status = mock(Status.class);
        when(status.getName()).thenReturn("Won");
        when(status.getStatusCategory()).thenReturn(done);
        Resolution resolution = mock(Resolution.class);
        when(resolution.getName()).thenReturn("Done");
        when(issue.getKey()).thenReturn("SALES-12");
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getStatus()).thenReturn(status);
        when(issue.getResolution()).thenReturn(resolution);
        when(issue.getAssignee()).thenReturn(carol);
        when(issue.getReporter()).thenReturn(alice);
        // 23:00 UTC on 9 Jan is 10 Jan in Tokyo: instants become days of the asking user's zone.
        when(issue.getCreated()).thenReturn(Timestamp.from(LocalDateTime.of(2026, 1, 9, 23, 0).toInstant(ZoneOffset.UTC)));
        when(issue.getUpdated()).thenReturn(Timestamp.from(LocalDateTime.of(2026, 2, 1, 1, 0).toInstant(ZoneOffset.UTC)));
        when(issue.getResolutionDate()).thenReturn(Timestamp.from(LocalDateTime.of(2026, 2, 1, 1, 0).toInstant(ZoneOffset.UTC)));
        when(issue.getDueDate()).thenReturn(Timestamp.from(LocalDate.of(2026, 2, 15).atStartOfDay(JIRA_ZONE).toInstant()));
        pages(issue);
        Set<Column> all = Set.of(Column.KEY, Column.PROJECT, Column.ISSUE_TYPE, Column.STATUS, Column.STATUS_CATEGORY,
                Column.RESOLUTION, Column.ASSIGNEE, Column.REPORTER, Column.CREATED, Column.UPDATED, Column.RESOLVED,
                Column.DUE);

        IssueTable table = source.load(new IssueQuery(JQL, ref("alice"), all, TOKYO));

        assertThat(table.keys().key(0)).isEqualTo("SALES-12");
        assertThat(text(table, Column.PROJECT)).isEqualTo("SALES");
        assertThat(text(table, Column.ISSUE_TYPE)).isEqualTo("Deal");
        assertThat(text(table, Column.STATUS)).isEqualTo("Won");
        assertThat(text(table, Column.STATUS_CATEGORY)).isEqualTo("done");
        assertThat(text(table, Column.RESOLUTION)).isEqualTo("Done");
        assertThat(text(table, Column.ASSIGNEE)).isEqualTo("JIRAUSER10200");
        assertThat(text(table, Column.REPORTER)).isEqualTo("alice");
        assertThat(table.dates(Column.CREATED).date(0)).contains(LocalDate.of(2026, 1, 10));
        assertThat(table.dates(Column.UPDATED).date(0)).contains(LocalDate.of(2026, 2, 1));
        assertThat(table.dates(Column.RESOLVED).date(0)).contains(LocalDate.of(2026, 2, 1));
        assertThat(table.dates(Column.DUE).date(0)).contains(LocalDate.of(2026, 2, 15));
    }

    @Test
    void statusCategoryKeysMapToTheEnginesCategories() throws SearchException {
        List<Issue> issues = new ArrayList<>();
        for (String key : List.of("new", "indeterminate", "done", "undefined")) {
            StatusCategory category = mock(StatusCategory.class);
            when(category.getKey()).thenReturn(key);
            Status status = mock(Status.class);
            when(status.getStatusCategory()).thenReturn(category);
            Issue issue = mock(Issue.class);
            when(issue.getStatus()).thenReturn(status);
            issues.add(issue);
        }
        pages(issues.toArray(new Issue[0]));

        IssueTable table = source.load(new IssueQuery(JQL, ref("alice"), Set.of(Column.STATUS_CATEGORY), TOKYO));

        List<String> categories = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            categories.add(table.codes(Column.STATUS_CATEGORY).value(table.codes(Column.STATUS_CATEGORY).code(row)));
        }
        assertThat(categories).containsExactly("new", "indeterminate", "done", "new");
    }

    @Test
    void aQueryThatWantsHistoryGetsTheTableWithTheChangesOfItsHistoryColumns() throws SearchException {
        Column amount = Column.custom("customfield_10010", FieldType.NUMBER);
        CustomField amountField = field(amount);
        when(amountField.getId()).thenReturn(amount.id());
        when(amountField.getName()).thenReturn("Amount");
        when(jira.customFields.getCustomFieldObjects()).thenReturn(List.of(amountField));
        Status wonStatus = status("Won");
        Status proposalStatus = status("Proposal");
        Issue deal = dated(10001L, "SALES-1", "2026-03-02T09:00:00Z");
        when(deal.getStatus()).thenReturn(wonStatus);
        when(deal.getCustomFieldValue(amountField)).thenReturn(1300.0);
        Issue lead = dated(10002L, "SALES-2", "2026-03-05T09:00:00Z");
        when(lead.getStatus()).thenReturn(proposalStatus);
        pages(deal, lead);
        ChangeHistory won = mock(ChangeHistory.class);
        when(won.getIssueId()).thenReturn(10001L);
        when(won.getTimePerformed()).thenReturn(Timestamp.from(Instant.parse("2026-03-20T16:45:00Z")));
        when(won.getAuthorKey()).thenReturn("alice");
        when(won.getChangeItemBeans()).thenReturn(List.of(
                new ChangeItemBean(ChangeItemBean.STATIC_FIELD, "status", "10101", "Proposal", "10103", "Won"),
                new ChangeItemBean(ChangeItemBean.CUSTOM_FIELD, "Amount", null, "1000", null, "1300")));
        when(jira.changeHistories.getChangeHistoriesForUser(List.of(deal, lead), alice)).thenReturn(List.of(won));

        IssueTable table = source.load(new IssueQuery(JQL, ref("alice"),
                Set.of(Column.KEY, Column.STATUS, amount), TOKYO, Set.of(Column.STATUS, amount)));

        ChangeTable history = table.history().orElseThrow();
        assertThat(history.tracked()).containsExactlyInAnyOrder(Column.STATUS, amount);
        assertThat(history.knownRows()).isEqualTo(2);
        assertThat(history.changeCount()).isEqualTo(2);
        // A day before the deal was won it was in Proposal at 1000; the lead never changed.
        IssueTable before = history.asOf(Instant.parse("2026-03-19T00:00:00Z"));
        assertThat(before.cell(Column.STATUS, 0)).isEqualTo("Proposal");
        assertThat(before.cell(amount, 0)).isEqualTo(Optional.of(new BigDecimal("1000")));
        assertThat(before.cell(Column.STATUS, 1)).isEqualTo("Proposal");
        assertThat(table.cell(Column.STATUS, 0)).isEqualTo("Won");
        verify(jira.changeHistories).getChangeHistoriesForUser(List.of(deal, lead), alice);
    }

    @Test
    void historiesAreReadOnceAPageAsTheAskingUser() throws SearchException {
        List<Issue> all = new ArrayList<>();
        for (int i = 1; i <= 501; i++) {
            all.add(dated(i, "SALES-" + i, "2026-03-02T09:00:00Z"));
        }
        when(jira.searchService.search(any(), any(), any()))
                .thenReturn(new SearchResults<>(all.subList(0, 500), 501, 500, 0))
                .thenReturn(new SearchResults<>(all.subList(500, 501), 501, 500, 500));
        when(jira.changeHistories.getChangeHistoriesForUser(any(), any())).thenReturn(List.of());

        // Only keys are loaded: this is about how often, and as whom, histories are read.
        IssueTable table = source.load(new IssueQuery(JQL, ref("alice"), Set.of(Column.KEY), TOKYO,
                Set.of(Column.STATUS)));

        verify(jira.changeHistories).getChangeHistoriesForUser(all.subList(0, 500), alice);
        verify(jira.changeHistories).getChangeHistoriesForUser(all.subList(500, 501), alice);
        verifyNoMoreInteractions(jira.changeHistories);
        assertThat(table.history().orElseThrow().knownRows()).isEqualTo(501);
    }

    @Test
    void aHistoryColumnWhoseChangesCannotBeToldApartFailsBeforeAnyIssueIsRead() {
        // Two custom fields named "Amount": Jira's history records both under that name.
        Column amount = Column.custom("customfield_10010", FieldType.NUMBER);
        CustomField amountField = field(amount);
        when(amountField.getId()).thenReturn(amount.id());
        when(amountField.getName()).thenReturn("Amount");
        CustomField other = mock(CustomField.class, "customfield_10099");
        when(other.getId()).thenReturn("customfield_10099");
        when(other.getName()).thenReturn("Amount");
        when(jira.customFields.getCustomFieldObjects()).thenReturn(List.of(amountField, other));

        assertThatThrownBy(() -> source.load(new IssueQuery(JQL, ref("alice"), Set.of(Column.KEY, amount), TOKYO,
                Set.of(amount))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("columns"));
        verifyNoInteractions(jira.searchService, jira.changeHistories);
    }

    @Test
    void aQueryOfCurrentValuesReadsNoHistory() throws SearchException {
        pages(dated(10001L, "SALES-1", "2026-03-02T09:00:00Z"));

        IssueTable table = source.load(new IssueQuery(JQL, ref("alice"), Set.of(Column.KEY), TOKYO));

        assertThat(table.history()).isEmpty();
        verifyNoInteractions(jira.changeHistories);
    }

    private void pages(Issue... issues) throws SearchException {
        when(jira.searchService.search(any(), any(), any()))
                .thenReturn(new SearchResults<>(List.of(issues), issues.length, 500, 0));
    }

    private CustomField field(Column column) {
        CustomField field = mock(CustomField.class, column.id());
        when(jira.customFields.getCustomFieldObject(column.id())).thenReturn(field);
        return field;
    }

    private static Option option(String value) {
        Option option = mock(Option.class, "option " + value);
        when(option.getValue()).thenReturn(value);
        return option;
    }

    private static String text(IssueTable table, Column column) {
        return table.codes(column).value(table.codes(column).code(0));
    }

    private static UserRef ref(String key) {
        return new UserRef(key, key);
    }

    private static Issue dated(long id, String key, String created) {
        Issue issue = mock(Issue.class, key);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse(created)));
        return issue;
    }

    private static Status status(String name) {
        Status status = mock(Status.class, name);
        when(status.getName()).thenReturn(name);
        return status;
    }

    private static List<Issue> issues(int count) {
        List<Issue> issues = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Issue issue = mock(Issue.class);
            when(issue.getKey()).thenReturn("SALES-" + i);
            issues.add(issue);
        }
        return issues;
    }
}
