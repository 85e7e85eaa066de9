package org.saleskpi.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saleskpi.core.jql.JqlPeople.Person;

/** JQL user values on the cache name people as Jira's JQL does: by username first, else by Jira's user search. */
class JiraJqlPeopleTest {
    private final JiraMocks jira = new JiraMocks();
    private final JiraJqlPeople people = new JiraJqlPeople(jira.users, jira.userSearch);

    @Test
    void aUsernameIsOneLookup() {
        ApplicationUser alice = jira.user("JIRAUSER10100", "Alice Abe");
        when(alice.getUsername()).thenReturn("alice");
        when(jira.users.getUserByName("alice")).thenReturn(alice);

        assertThat(people.candidates("alice"))
                .containsExactly(new Person("JIRAUSER10100", "alice", "Alice Abe", Optional.empty()));
        verify(jira.userSearch, never()).findUsers(any(), any());
    }

    @Test
    void otherwiseJirasUserSearchGivesTheCandidatesActiveOrNot() {
        ApplicationUser bob = jira.user("JIRAUSER10200", "Bob Bee");
        ApplicationUser bobby = jira.user("JIRAUSER10300", null);
        when(jira.userSearch.findUsers(eq("Bob Bee"), any())).thenReturn(List.of(bob, bobby));

        assertThat(people.candidates("Bob Bee")).containsExactly(
                new Person("JIRAUSER10200", "JIRAUSER10200", "Bob Bee", Optional.empty()),
                new Person("JIRAUSER10300", "JIRAUSER10300", "JIRAUSER10300", Optional.empty()));
        ArgumentCaptor<UserSearchParams> params = ArgumentCaptor.forClass(UserSearchParams.class);
        verify(jira.userSearch).findUsers(eq("Bob Bee"), params.capture());
        assertThat(params.getValue().includeActive()).isTrue();
        assertThat(params.getValue().includeInactive()).isTrue();
        assertThat(params.getValue().getMaxResults()).isEqualTo(JiraJqlPeople.MAX_CANDIDATES);
    }

    @Test
    void nobodyIsNoCandidate() {
        assertThat(people.candidates("nobody")).isEmpty();
    }
}
