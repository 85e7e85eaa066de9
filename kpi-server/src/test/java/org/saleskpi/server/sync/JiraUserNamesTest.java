package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.store.Database;

/** Synced people's Jira user names and addresses, kept beside the issues on each database. */
class JiraUserNamesTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void namesAndAddressesAreFoundIgnoringCaseAndSurviveARestart(Database database) {
        DataSource dataSource = database.openDataSource();
        JiraUserNames names = names(dataSource);
        names.record("jirauser10107", Optional.of("Farid.Fahmy"), Optional.of("farid@example.com"));
        names.record("jirauser10108", Optional.of("greta.gruber"), Optional.of("sales@example.com"));
        names.record("jirauser10109", Optional.empty(), Optional.of("Sales@Example.com"));
        names.record("jirauser10110", Optional.empty(), Optional.empty());

        JiraUserNames reopened = names(dataSource);
        assertThat(reopened.byName("farid.fahmy")).containsExactly("jirauser10107");
        assertThat(reopened.byName("FARID.FAHMY")).containsExactly("jirauser10107");
        assertThat(reopened.byEmail("sales@example.com")).containsExactly("jirauser10108", "jirauser10109");
        assertThat(reopened.byName("nobody")).isEmpty();
        assertThat(reopened.of("jirauser10107")).isEqualTo(new JiraUserNames.Names(Optional.of("Farid.Fahmy"),
                Optional.of("farid@example.com")));
        // Nothing given, nothing kept.
        assertThat(reopened.of("jirauser10110")).isEqualTo(new JiraUserNames.Names(Optional.empty(),
                Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aRenameReplacesTheNameAndAHiddenAddressKeepsTheLastOneSeen(Database database) {
        JiraUserNames names = names(database.openDataSource());
        names.record("jirauser10107", Optional.of("farid.fahmy"), Optional.of("farid@example.com"));
        names.record("jirauser10107", Optional.of("ffahmy"), Optional.empty());
        names.record("jirauser10107", Optional.empty(), Optional.of("f.fahmy@example.com"));

        assertThat(names.byName("farid.fahmy")).isEmpty();
        assertThat(names.byName("ffahmy")).containsExactly("jirauser10107");
        assertThat(names.byEmail("farid@example.com")).isEmpty();
        assertThat(names.of("jirauser10107")).isEqualTo(new JiraUserNames.Names(Optional.of("ffahmy"),
                Optional.of("f.fahmy@example.com")));
    }

    private static JiraUserNames names(DataSource dataSource) {
        JiraUserNames names = new JiraUserNames(new IssueStore(dataSource, IssueSink.NONE));
        names.createSchema();
        return names;
    }
}
