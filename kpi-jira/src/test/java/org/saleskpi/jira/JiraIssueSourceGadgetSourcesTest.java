package org.saleskpi.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.jira.bridge.SearchServiceIssueSearch;

/** Gadget sources (filter-, project-, jql-) turned into JQL as the asking user. */
class JiraIssueSourceGadgetSourcesTest {
    private static final UserRef ALICE = new UserRef("alice", "Alice Abe");

    private final JiraMocks jira = new JiraMocks();
    private final ApplicationUser alice = jira.user("alice", "Alice Abe");
    private final JiraIssueSource source =
            new JiraIssueSource(new SearchServiceIssueSearch(jira.searchService), jira.customFields, jira.filters,
                    jira.projects, jira.permissions, jira.users, jira.histories(ZoneOffset.UTC), ZoneOffset.UTC);

    @Test
    void aSavedFilterIsLoadedAsTheAskingUserAndGivesItsJql() {
        Query query = mock(Query.class);
        ArgumentCaptor<JiraServiceContext> context = ArgumentCaptor.forClass(JiraServiceContext.class);
        when(jira.filters.getFilter(context.capture(), eq(10100L))).thenReturn(new SearchRequest(query));
        when(jira.searchService.getJqlString(query)).thenReturn("project = SALES AND status = Won");

        assertThat(source.jql("filter-10100", ALICE)).isEqualTo("project = SALES AND status = Won");
        assertThat(context.getValue().getLoggedInApplicationUser()).isSameAs(alice);
    }

    @Test
    void aFiltersSortOrderIsDroppedSoItCanBeComposedWithTheScope() {
        Query query = mock(Query.class);
        when(jira.filters.getFilter(any(), eq(10300L))).thenReturn(new SearchRequest(query));
        when(jira.searchService.getJqlString(query)).thenReturn("status = Won ORDER BY created DESC");

        assertThat(source.jql("filter-10300", ALICE)).isEqualTo("status = Won");
    }

    @Test
    void aFilterNotSharedWithTheUserIsA400OnJqlWithJirasWords() {
        when(jira.filters.getFilter(any(), eq(10200L))).thenAnswer(call -> {
            JiraServiceContext context = call.getArgument(0);
            context.getErrorCollection().addErrorMessage("The selected filter is not available to you.");
            return null;
        });

        assertThatThrownBy(() -> source.jql("filter-10200", ALICE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("jql",
                                "The selected filter is not available to you.")));
        verifyNoInteractions(jira.searchService);
    }

    @Test
    void aMissingFilterWithoutJirasMessageIsStillA400OnJql() {
        when(jira.filters.getFilter(any(), anyLong())).thenReturn(null);

        assertThatThrownBy(() -> source.jql("filter-404", ALICE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("jql"));
    }

    @Test
    void aProjectTheUserMayBrowseBecomesItsKey() {
        Project sales = mock(Project.class);
        when(sales.getKey()).thenReturn("SALES");
        when(jira.projects.getProjectObj(10000L)).thenReturn(sales);
        when(jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sales, alice)).thenReturn(true);

        assertThat(source.jql("project-10000", ALICE)).isEqualTo("project = SALES");
    }

    @Test
    void aHiddenProjectAnswersExactlyAsAMissingOne() {
        Project secret = mock(Project.class);
        when(secret.getKey()).thenReturn("SECRET");
        when(jira.projects.getProjectObj(10001L)).thenReturn(secret);
        when(jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, secret, alice)).thenReturn(false);

        InvalidInputException hidden = catchInvalid("project-10001");
        InvalidInputException missing = catchInvalid("project-10002");

        assertThat(hidden.errors()).extracting(FieldError::field).containsExactly("jql");
        assertThat(hidden.errors().get(0).message()).doesNotContain("SECRET")
                .isEqualTo(missing.errors().get(0).message().replace("10002", "10001"));
        verify(jira.permissions).hasPermission(ProjectPermissions.BROWSE_PROJECTS, secret, alice);
    }

    @Test
    void jqlSourcesAndPlainJqlStayJqlWithoutAskingJira() {
        assertThat(source.jql("jql-status = Won", ALICE)).isEqualTo("status = Won");
        assertThat(source.jql("status = Won", ALICE)).isEqualTo("status = Won");
        verifyNoInteractions(jira.filters, jira.projects, jira.permissions);
    }

    @Test
    void aSourceForAUserJiraDoesNotKnowIsRefusedBeforeAskingJira() {
        assertThatThrownBy(() -> source.jql("filter-10100", new UserRef("ghost", "Ghost")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("user"));
        verifyNoInteractions(jira.filters);
    }

    private InvalidInputException catchInvalid(String gadgetSource) {
        try {
            source.jql(gadgetSource, ALICE);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError(gadgetSource + " was accepted");
    }
}
