package org.saleskpi.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saleskpi.core.user.UserRef;

class JiraDirectoryTest {
    private final JiraMocks jira = new JiraMocks();
    private final JiraDirectory directory = new JiraDirectory(jira.userSearch, jira.users);

    @Test
    void findsPeopleByTheirStableKeyWithTheirDisplayName() {
        jira.user("JIRAUSER10100", "Bob Brown");

        assertThat(directory.find("JIRAUSER10100")).contains(new UserRef("JIRAUSER10100", "Bob Brown"));
        assertThat(directory.find("nobody")).isEmpty();
    }

    @Test
    void searchAsksJirasUserSearchForActiveUsersWithTheTrimmedTextAndTheLimit() {
        ApplicationUser bob = active(jira.user("JIRAUSER10100", "Bob Brown"));
        ApplicationUser bea = active(jira.user("JIRAUSER10200", "Bea Best"));
        ArgumentCaptor<UserSearchParams> params = ArgumentCaptor.forClass(UserSearchParams.class);
        when(jira.userSearch.findUsers(eq("b"), params.capture())).thenReturn(List.of(bob, bea));

        assertThat(directory.search(" b ", 7)).containsExactly(new UserRef("JIRAUSER10100", "Bob Brown"),
                new UserRef("JIRAUSER10200", "Bea Best"));
        assertThat(params.getValue().getMaxResults()).isEqualTo(7);
        assertThat(params.getValue().includeActive()).isTrue();
        assertThat(params.getValue().includeInactive()).isFalse();
    }

    @Test
    void inactiveUsersAndRepeatsAreDroppedAndTheLimitHolds() {
        ApplicationUser gone = jira.user("JIRAUSER10300", "Gina Gone");
        ApplicationUser bob = active(jira.user("JIRAUSER10100", "Bob Brown"));
        ApplicationUser bea = active(jira.user("JIRAUSER10200", "Bea Best"));
        when(jira.userSearch.findUsers(eq("b"), any())).thenReturn(List.of(gone, bob, bob, bea));

        assertThat(directory.search("b", 10)).extracting(UserRef::key)
                .containsExactly("JIRAUSER10100", "JIRAUSER10200");
        assertThat(directory.search("b", 1)).extracting(UserRef::key).containsExactly("JIRAUSER10100");
    }

    @Test
    void largeLimitsAreCutToAScreenful() {
        directory.search("b", 5000);

        ArgumentCaptor<UserSearchParams> params = ArgumentCaptor.forClass(UserSearchParams.class);
        verify(jira.userSearch).findUsers(eq("b"), params.capture());
        assertThat(params.getValue().getMaxResults()).isEqualTo(JiraDirectory.MAX_RESULTS);
    }

    @Test
    void noTextOrNoRoomAsksJiraNothing() {
        assertThat(directory.search("", 10)).isEmpty();
        assertThat(directory.search("  ", 10)).isEmpty();
        assertThat(directory.search("bob", 0)).isEmpty();
        verifyNoInteractions(jira.userSearch);
    }

    @Test
    void aUserWithoutDisplayNameShowsTheirKey() {
        jira.user("JIRAUSER10300", null);

        assertThat(directory.find("JIRAUSER10300")).contains(new UserRef("JIRAUSER10300", "JIRAUSER10300"));
    }

    private static ApplicationUser active(ApplicationUser user) {
        when(user.isActive()).thenReturn(true);
        return user;
    }
}
