package org.saleskpi.jira.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.validation.InvalidInputException;

/** The cache's search runs Jira's override-security twins as no user, never the viewer's search. */
class SearchServiceSystemSearchTest {
    private static final Pattern ID_IN = Pattern.compile("id in \\(([0-9, ]+)\\)");

    private final SearchService searchService = mock(SearchService.class);
    private final Map<String, Query> parsed = new HashMap<>();
    private final List<PagerFilter<?>> pagers = new ArrayList<>();
    /** Jira's issues by id, 1 to 1200. */
    private final Map<Long, Issue> jira = new HashMap<>();
    private SearchServiceSystemSearch search;

    @BeforeEach
    void setUp() throws SearchException {
        for (long id = 1; id <= 1200; id++) {
            Issue issue = mock(Issue.class);
            when(issue.getId()).thenReturn(id);
            jira.put(id, issue);
        }
        MessageSet none = messages();
        when(searchService.parseQuery(isNull(), anyString())).thenAnswer(call -> {
            Query query = mock(Query.class);
            parsed.put(call.getArgument(1), query);
            return new SearchService.ParseResult(query, none);
        });
        // Answers "id in (...)" with those of the ids Jira has, in reverse (Jira's own order), anything else with
        // the page of all issues in id order.
        when(searchService.searchOverrideSecurity(isNull(), any(), any())).thenAnswer(call -> {
            String jql = jqlOf(call.getArgument(1));
            PagerFilter<?> pager = call.getArgument(2);
            pagers.add(pager);
            List<Issue> matches = new ArrayList<>();
            Matcher ids = ID_IN.matcher(jql);
            if (ids.matches()) {
                for (String id : ids.group(1).split(", ")) {
                    Issue issue = jira.get(Long.parseLong(id));
                    if (issue != null) {
                        matches.add(0, issue);
                    }
                }
            } else {
                for (long id = 1; id <= jira.size(); id++) {
                    matches.add(jira.get(id));
                }
            }
            int from = Math.min(pager.getStart(), matches.size());
            int to = Math.min(from + pager.getMax(), matches.size());
            return new SearchResults<>(matches.subList(from, to), matches.size(), pager.getMax(), from);
        });
        search = new SearchServiceSystemSearch(searchService);
    }

    @Test
    void idsArePagesOfTheOverrideSearchInAStableOrderWithoutTheQuerysOwnOrder() throws SearchException {
        assertThat(search.ids("project = SALES ORDER BY created DESC", 1000, 500))
                .hasSize(200).first().isEqualTo(1001L);

        assertThat(parsed).containsOnlyKeys("project = SALES ORDER BY id ASC");
        assertThat(pagers).extracting(PagerFilter::getStart).containsExactly(1000);
        assertThat(pagers).extracting(PagerFilter::getMax).containsExactly(500);
        verify(searchService, never()).search(any(), any(), any());
        verify(searchService, never()).validateQuery(any(), any());
    }

    @Test
    void issuesAreReadByIdInBatchesOf500InTheAskedOrderWithoutThoseJiraLacks() {
        List<Long> asked = new ArrayList<>();
        for (long id = 1100; id >= 1; id -= 2) {
            asked.add(id);
        }
        asked.add(1, 99_999L);

        List<Issue> issues = search.issues(asked);

        // 551 ids asked: 550 Jira has (1100, 1098, ..., 2) and 99999 it does not; two searches of 500 and 51 ids.
        assertThat(issues).hasSize(550);
        assertThat(issues.get(0).getId()).isEqualTo(1100L);
        assertThat(issues.get(1).getId()).isEqualTo(1098L);
        assertThat(issues.get(549).getId()).isEqualTo(2L);
        assertThat(pagers).extracting(PagerFilter::getMax).containsExactly(500, 51);
        assertThat(parsed.keySet()).allMatch(jql -> ID_IN.matcher(jql).matches());
    }

    @Test
    void noIdsAskNothingOfJira() {
        assertThat(search.issues(List.of())).isEmpty();
        assertThat(search.ids("project = SALES", 0, 0)).isEmpty();
        verify(searchService, never()).parseQuery(any(), anyString());
    }

    @Test
    void countsWithTheOverrideCount() throws SearchException {
        when(searchService.searchCountOverrideSecurity(isNull(), any())).thenReturn(1200L);

        assertThat(search.count("project = SALES")).isEqualTo(1200L);

        verify(searchService).searchCountOverrideSecurity(isNull(), eq(parsed.get("project = SALES")));
        verify(searchService, never()).searchCount(any(), any());
    }

    @Test
    void jqlJiraCannotParseIsJirasErrorOnTheJqlField() {
        MessageSet errors = messages("Field 'amout' does not exist.");
        when(searchService.parseQuery(isNull(), eq("amout > 5"))).thenReturn(new SearchService.ParseResult(null, errors));

        assertThatThrownBy(() -> search.count("amout > 5")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("jql");
                            assertThat(error.message()).isEqualTo("Field 'amout' does not exist.");
                        }));
    }

    @Test
    void aFailingSearchIsNamedAsTheCachesSearch() throws SearchException {
        when(searchService.searchCountOverrideSecurity(isNull(), any())).thenThrow(new SearchException("index closed"));

        assertThatThrownBy(() -> search.count("project = SALES")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Jira's count for the issue cache failed: index closed");
    }

    @Test
    void theJqlOfSomeIdsListsThemInOrder() {
        assertThat(SystemSearch.idIn(List.of(10002L, 10001L))).isEqualTo("id in (10002, 10001)");
    }

    private String jqlOf(Query query) {
        return parsed.entrySet().stream().filter(e -> e.getValue() == query).findFirst().orElseThrow().getKey();
    }

    private static MessageSet messages(String... errors) {
        MessageSet set = mock(MessageSet.class);
        when(set.hasAnyErrors()).thenReturn(errors.length > 0);
        when(set.getErrorMessages()).thenReturn(new LinkedHashSet<>(List.of(errors)));
        return set;
    }
}
