package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.server.auth.AuthSchema;
import org.saleskpi.server.auth.Users;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;

/** Jira users become local people without a login, once each, on a real H2 store. */
class SyncPeopleTest {

    @Test
    void eachJiraUserIsOneLocalPersonWithJirasDisplayName() {
        AoSession session = new EntityManagerSession(Database.H2_MEMORY.open());
        AuthSchema.migrate(session);
        Users users = new Users(session, new HandClock(Instant.parse("2026-11-30T12:00:00Z")));
        users.create("admin", "correct-horse", "Administrator", true);

        JiraUserNames names = names();
        SyncPeople people = SyncPeople.over(users, names);
        String cloud = people.personFor("557058:f58131cb-b67d-43c7-b30d-6b58d40bd077", "Alice Adams");
        String again = SyncPeople.over(users, names).personFor("557058:f58131cb-b67d-43c7-b30d-6b58d40bd077",
                "Alice A.");
        String dc = people.personFor("JIRAUSER10105", null);
        String local = people.personFor("admin", "Jira Admin");

        // ':' is not a username character: it becomes '_'. Keys are lower-case usernames.
        assertThat(cloud).isEqualTo("557058_f58131cb-b67d-43c7-b30d-6b58d40bd077");
        assertThat(again).isEqualTo(cloud);
        assertThat(dc).isEqualTo("jirauser10105");
        // A Jira key that is a local username is that person: the local admin keeps their name and login.
        assertThat(local).isEqualTo("admin");
        assertThat(users.find(cloud).orElseThrow().displayName()).isEqualTo("Alice Adams");
        assertThat(users.find(cloud).orElseThrow().canSignIn()).isFalse();
        assertThat(users.find(dc).orElseThrow().displayName()).isEqualTo("JIRAUSER10105");
        assertThat(users.find("admin").orElseThrow().displayName()).isEqualTo("Administrator");
        assertThat(users.list()).hasSize(3);
    }

    @Test
    void aDataCenterUsersNameAndAddressAreKeptWithThePersonAndARenameReplacesTheName() {
        AoSession session = new EntityManagerSession(Database.H2_MEMORY.open());
        AuthSchema.migrate(session);
        Users users = new Users(session, new HandClock(Instant.parse("2026-11-30T12:00:00Z")));
        JiraUserNames names = names();
        SyncPeople people = SyncPeople.over(users, names);

        String farid = people.personFor(new JiraPerson("JIRAUSER10107", Optional.of("farid.fahmy"),
                Optional.of("farid.fahmy@example.com"), Optional.of("Farid Fahmy")));
        // A changelog item names him by key alone: what was kept stays.
        assertThat(people.personFor("JIRAUSER10107", "Farid Fahmy")).isEqualTo(farid);
        assertThat(farid).isEqualTo("jirauser10107");
        assertThat(names.of(farid)).isEqualTo(new JiraUserNames.Names(Optional.of("farid.fahmy"),
                Optional.of("farid.fahmy@example.com")));

        people.personFor(new JiraPerson("JIRAUSER10107", Optional.of("ffahmy"), Optional.empty(),
                Optional.of("Farid Fahmy")));
        assertThat(names.byName("farid.fahmy")).isEmpty();
        assertThat(names.byName("FFAHMY")).containsExactly(farid);
        assertThat(names.byEmail("Farid.Fahmy@example.com")).containsExactly(farid);
    }

    private static JiraUserNames names() {
        JiraUserNames names = new JiraUserNames(new IssueStore(Database.H2_MEMORY.openDataSource(), IssueSink.NONE));
        names.createSchema();
        return names;
    }
}
