package org.saleskpi.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.user.ApplicationUser;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saleskpi.core.user.UserRef;

class JiraDirectoryTest {
    private final JiraMocks jira = new JiraMocks();
    private final JiraDirectory directory = new JiraDirectory(jira.userSearch, jira.users, jira.timeZones);

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

    @Test
    void aPersonsSearchZoneIsTheirJiraTimeZone() {
        ApplicationUser bob = jira.user("JIRAUSER10100", "Bob Brown");
        when(jira.timeZones.getTimeZoneforUser(bob)).thenReturn(TimeZone.getTimeZone("Asia/Tokyo"));
        when(jira.timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));

        assertThat(directory.searchZone(new UserRef("JIRAUSER10100", "Bob Brown"))).contains(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void withoutAZoneOfTheirOwnOrAJiraUserThePersonGetsTheDefaultUserTimeZone() {
        jira.user("JIRAUSER10100", "Bob Brown");
        when(jira.timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("America/New_York"));

        assertThat(directory.searchZone(new UserRef("JIRAUSER10100", "Bob Brown")))
                .contains(ZoneId.of("America/New_York"));
        assertThat(directory.searchZone(new UserRef("gone", "Gone"))).contains(ZoneId.of("America/New_York"));
        assertThat(directory.searchZone(null)).contains(ZoneId.of("America/New_York"));
    }
}
