package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.server.fakejira.FakeUser;
import org.saleskpi.server.jira.JiraKind;

/**
 * The conformance suite over a Data Center site: people by user key, the lower-case user name for older accounts
 * ({@code alice.adams}) and {@code JIRAUSER...} for newer ones.
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

    @Test
    void aUserNameThatIsNotTheKeyIsRefusedRatherThanAnsweredDifferently() {
        // Jira finds Farid by his user name; the sync keeps only his key (JIRAUSER...), so the subset cannot tell
        // whom the name means and says so instead of answering with other issues.
        FakeUser farid = rep(7);
        assertThat(farid.key()).isNotEqualToIgnoringCase(farid.name());
        String jql = "assignee = " + farid.name();
        assertThat(jira().evaluate(jql, syncUser().accountId())).isNotEmpty();
        assertThatThrownBy(() -> localKeys(jql)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The value '" + farid.name() + "' does not exist for the field 'assignee'.");
    }
}
