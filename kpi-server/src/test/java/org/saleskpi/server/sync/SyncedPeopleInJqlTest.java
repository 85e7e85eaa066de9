package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.server.auth.AuthSchema;
import org.saleskpi.server.auth.Users;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;

/**
 * People the sync brought from Jira, named in the server's JQL the way Jira's JQL names them: a Cloud account id
 * (also one holding a colon, which a local username cannot), a Data Center user key, the display name. The people,
 * created through {@link SyncPeople#over} on a real H2 store, and their deals:
 * <pre>
 * J-1  557058:f58131cb-b67d-43c7-b30d-6b58d40bd077  Jane Doe        (Cloud, older account id)
 * J-2  5b10ac8d82e05b22cc7d4ef5                     Max Mustermann  (Cloud)
 * J-3  JIRAUSER10100                                Kim Lee         (Data Center key)
 * J-4  jsmith                                       John Smith      (Data Center key of an older user)
 * J-5  unassigned
 * </pre>
 */
class SyncedPeopleInJqlTest {
    private static final String JANE = "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077";
    private static final String MAX = "5b10ac8d82e05b22cc7d4ef5";
    private IndexedIssueSource issues;
    private UserRef searcher;

    @BeforeEach
    void syncFourPeopleAndTheirDeals() {
        AoSession session = new EntityManagerSession(Database.H2_MEMORY.open());
        AuthSchema.migrate(session);
        HandClock clock = new HandClock(Instant.parse("2026-03-02T09:00:00Z"));
        Users users = new Users(session, clock);
        IssueStore store = new IssueStore(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        JiraUserNames names = new JiraUserNames(store);
        names.createSchema();
        SyncPeople people = SyncPeople.over(users, names);
        IssueIndex index = new IssueIndex();
        // Data Center gives a user's name and address beside the key; Kim's name is not her key (Jira 8 and later).
        index.upsert(List.of(deal("J-1", people.personFor(JANE, "Jane Doe")),
                deal("J-2", people.personFor(MAX, "Max Mustermann")),
                deal("J-3", people.personFor(new JiraPerson("JIRAUSER10100", Optional.of("kim.lee"),
                        Optional.of("Kim.Lee@example.com"), Optional.of("Kim Lee")))),
                deal("J-4", people.personFor(new JiraPerson("jsmith", Optional.of("jsmith"),
                        Optional.of("team@example.com"), Optional.of("John Smith")))),
                deal("J-5", null),
                deal("J-6", people.personFor(new JiraPerson("JIRAUSER10101", Optional.of("jdoe2"),
                        Optional.of("team@example.com"), Optional.of("Jane Doe 2"))))));
        issues = new IndexedIssueSource(index, (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()),
                clock, ZoneId.of("Europe/Berlin"), new PeopleInJql(users, names));
        String janeKey = people.personFor(JANE, "Jane Doe");
        searcher = new UserRef(janeKey, "Jane Doe");
    }

    @Test
    void aCloudAccountIdNamesItsPersonEvenWithAColon() {
        assertThat(keys("assignee = \"" + JANE + "\"")).containsExactly("J-1");
        assertThat(keys("assignee = " + MAX)).containsExactly("J-2");
        assertThat(keys("assignee in (\"" + JANE + "\", " + MAX + ")")).containsExactly("J-1", "J-2");
    }

    @Test
    void aDataCenterKeyNamesItsPersonInAnyCase() {
        assertThat(keys("assignee = JIRAUSER10100")).containsExactly("J-3");
        assertThat(keys("assignee = jirauser10100")).containsExactly("J-3");
        assertThat(keys("assignee = JSMITH")).containsExactly("J-4");
    }

    @Test
    void aDataCenterUserNameThatIsNotTheKeyNamesThePersonAsInJira() {
        assertThat(keys("assignee = kim.lee")).containsExactly("J-3");
        assertThat(keys("assignee = KIM.LEE")).containsExactly("J-3");
        assertThat(keys("assignee in (kim.lee, jdoe2)")).containsExactly("J-3", "J-6");
        assertThat(keys("assignee != kim.lee")).containsExactly("J-1", "J-2", "J-4", "J-6");
    }

    @Test
    void anAddressJiraGaveNamesThePersonAndAnAddressOfTwoIsAQuestion() {
        assertThat(keys("assignee = \"kim.lee@EXAMPLE.com\"")).containsExactly("J-3");
        assertThatThrownBy(() -> keys("assignee = \"team@example.com\""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The value 'team@example.com' for field 'assignee' names 2 users (jirauser10101, jsmith):"
                        + " use the username of the one you mean.");
    }

    @Test
    void theDisplayNameJiraGaveNamesThePersonToo() {
        assertThat(keys("assignee = \"jane doe\"")).containsExactly("J-1");
        assertThat(keys("assignee in (\"Kim Lee\", \"John Smith\")")).containsExactly("J-3", "J-4");
    }

    @Test
    void negationsSkipTheUnassignedAndCurrentUserIsTheSearchersPerson() {
        assertThat(keys("assignee != \"" + JANE + "\"")).containsExactly("J-2", "J-3", "J-4", "J-6");
        assertThat(keys("NOT assignee = \"" + JANE + "\"")).containsExactly("J-2", "J-3", "J-4", "J-6");
        assertThat(keys("assignee not in (" + MAX + ", JIRAUSER10100)")).containsExactly("J-1", "J-4", "J-6");
        assertThat(keys("assignee = currentUser()")).containsExactly("J-1");
        assertThat(keys("assignee is EMPTY")).containsExactly("J-5");
    }

    @Test
    void anIdNoSyncedPersonHasIsRefusedNotAnsweredEmpty() {
        assertThatThrownBy(() -> keys("assignee = \"557058:00000000-0000-0000-0000-000000000000\""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The value '557058:00000000-0000-0000-0000-000000000000' does not exist for the field"
                        + " 'assignee'.");
    }

    private List<String> keys(String jql) {
        return issues.search(jql + " ORDER BY key", searcher, 0, 100).issues().stream()
                .map(issue -> issue.record().key()).toList();
    }

    private static IndexedIssue deal(String key, String assignee) {
        return new IndexedIssue(IssueRecord.builder(key, "J").type("Deal").status("Open", StatusCategory.TO_DO)
                .assignee(assignee).created(Instant.parse("2026-02-01T10:00:00Z")).build(), key, "", Set.of());
    }
}
