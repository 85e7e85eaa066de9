package org.saleskpi.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.user.UserRef;

class JiraDirectoryTest {
    private final JiraMocks jira = new JiraMocks();
    private final JiraDirectory directory = new JiraDirectory(jira.imports());

    @Test
    void findsPeopleByTheirStableKeyWithTheirDisplayName() {
        jira.user("JIRAUSER10100", "Bob Brown");

        assertThat(directory.find("JIRAUSER10100")).contains(new UserRef("JIRAUSER10100", "Bob Brown"));
        assertThat(directory.find("nobody")).isEmpty();
    }

    @Test
    void searchFindsAUserByUsernameOnce() {
        ApplicationUser bob = jira.user("JIRAUSER10100", "Bob Brown");
        when(jira.users.getUserByName("bob")).thenReturn(bob);

        assertThat(directory.search(" bob ", 10)).containsExactly(new UserRef("JIRAUSER10100", "Bob Brown"));
    }

    @Test
    void aUserWhoseKeyIsTheirUsernameIsListedOnce() {
        ApplicationUser alice = jira.user("alice", "Alice Abe");
        when(jira.users.getUserByName("alice")).thenReturn(alice);

        assertThat(directory.search("alice", 10)).extracting(UserRef::key).containsExactly("alice");
    }

    @Test
    void noTextOrNoRoomAsksJiraNothing() {
        assertThat(directory.search("", 10)).isEmpty();
        assertThat(directory.search("bob", 0)).isEmpty();
        verifyNoInteractions(jira.users);
    }

    @Test
    void aUserWithoutDisplayNameShowsTheirKey() {
        jira.user("JIRAUSER10300", null);

        assertThat(directory.find("JIRAUSER10300")).contains(new UserRef("JIRAUSER10300", "JIRAUSER10300"));
    }
}
