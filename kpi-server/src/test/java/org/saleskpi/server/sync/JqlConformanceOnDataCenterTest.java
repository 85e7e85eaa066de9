package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.server.fakejira.FakeUser;
import org.saleskpi.server.jira.JiraKind;

/**
 * The conformance suite over a Data Center site: people by user key, the lower-case user name for older accounts
 * ({@code alice.adams}) and {@code JIRAUSER...} for newer ones, and by user name, which for the newer ones is not the
 * key ({@code farid.fahmy} for {@code JIRAUSER10107}).
 */
class JqlConformanceOnDataCenterTest extends JqlConformance {

    @Override
    JiraKind kind() {
        return JiraKind.DATA_CENTER;
    }

    @Override
    String id(FakeUser user) {
        return user.key();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("userNameQueries")
    void aUserNameThatIsNotTheKeyNamesTheUserAsInJira(String jql) {
        // Farid and Greta joined after Jira 8: their keys are JIRAUSER..., their names what people type.
        assertThat(rep(7).key()).isNotEqualToIgnoringCase(rep(7).name());
        assertThat(rep(8).key()).isNotEqualToIgnoringCase(rep(8).name());
        assertSameKeys(jql);
    }

    Stream<String> userNameQueries() {
        FakeUser farid = rep(7);
        FakeUser greta = rep(8);
        return Stream.of(
                "assignee = " + farid.name(),
                "assignee = " + farid.name().toUpperCase(),
                "assignee in (" + farid.name() + ", " + greta.name() + ")",
                "assignee != " + farid.name(),
                "NOT assignee in (" + greta.name() + ", " + rep(2).name() + ")",
                "reporter = " + greta.name() + " AND assignee is not EMPTY");
    }
}
