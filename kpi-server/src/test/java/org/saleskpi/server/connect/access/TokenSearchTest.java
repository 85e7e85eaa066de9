package org.saleskpi.server.connect.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.connect.ConnectionStore;
import org.saleskpi.server.connect.ConnectionSync;
import org.saleskpi.server.connect.JiraConnection;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.server.jira.IssuePage;
import org.saleskpi.server.jira.JiraAuthException;
import org.saleskpi.server.jira.JiraCredentials;
import org.saleskpi.server.jira.JiraException;
import org.saleskpi.server.jira.JiraField;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.server.jira.JiraProject;
import org.saleskpi.server.jira.JiraReader;
import org.saleskpi.server.jira.JiraSite;
import org.saleskpi.server.jira.JiraTraffic;
import org.saleskpi.server.jira.JiraUser;
import org.saleskpi.server.jira.ServerInfo;
import org.saleskpi.store.Database;

/** The user's own token, the connection's JQL and site: what the id-only search is made of, and what its faults mean. */
class TokenSearchTest {
    private static final Instant NOW = Instant.parse("2026-12-05T09:30:00Z");
    private static final SecretBox BOX = SecretBox.load(Path.of("target"),
            Map.of(SecretBox.KEY_VARIABLE, "q83vEjRWeJASNFZ4kKvN7wEjRWeJq83vEjRWeJASNFY="));
    private static final UserRef ANN = new UserRef("ann", "Ann");
    private static final URI SITE = URI.create("https://acme.atlassian.net");

    private final DataSource dataSource = Database.H2_MEMORY.openDataSource();
    private final ConnectionStore connections = new ConnectionStore(dataSource, BOX, Clock.fixed(NOW, ZoneOffset.UTC));
    private final UserTokens tokens = new UserTokens(dataSource, BOX, Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<String> asked = new ArrayList<>();
    private RuntimeException fault;
    private long cloud;

    TokenSearchTest() {
        connections.createSchema();
        tokens.createSchema();
        cloud = connections.create(new JiraConnection(0, "Acme", SITE, JiraKind.CLOUD, true, JiraKind.CLOUD,
                "1001.0.0", Optional.of("sync@acme.com"), ConnectionSync.defaults(), NOW, NOW), "admin-token").id();
    }

    private final TokenSearch search = new TokenSearch(
            id -> id == cloud ? Optional.of(new ConnectionScope.Scope(SITE, JiraKind.CLOUD, "project in (DEAL, PART)"))
                    : Optional.empty(),
            new PerUserConnections() {
                @Override
                public Set<Long> perUser() {
                    return Set.of(cloud);
                }

                @Override
                public Map<String, String> keysByJiraId(long connectionId) {
                    return Map.of("10001", "DEAL-1", "10002", "PART-7", "10003", "DEAL-2");
                }
            }, tokens, this::reader);

    @Test
    void theConnectionsJqlRunsWithTheUsersOwnCredentials() {
        tokens.link(cloud, "ann", Optional.of("ann@acme.com"), "ann-api-token");

        assertThat(search.idsFor(cloud, ANN)).isEqualTo(new TokenView.Seen(Set.of("10001", "10002")));
        assertThat(asked).containsExactly(SITE + " " + new JiraCredentials.Basic("ann@acme.com", "ann-api-token")
                .authorization() + " project in (DEAL, PART)");
    }

    @Test
    void withoutATokenJiraIsNotAsked() {
        assertThat(search.idsFor(cloud, ANN)).isEqualTo(new TokenView.NotLinked());
        assertThat(search.idsFor(cloud + 1, ANN)).isEqualTo(new TokenView.NotLinked());
        assertThat(asked).isEmpty();
    }

    @Test
    void aRefusedTokenAndAJiraThatDoesNotAnswerShowNothingAndSayWhy() {
        tokens.link(cloud, "ann", Optional.of("ann@acme.com"), "ann-api-token");

        fault = new JiraAuthException(401, "/rest/api/3/search/jql", "Unauthorized");
        assertThat(search.idsFor(cloud, ANN)).isEqualTo(new TokenView.Refused());
        fault = new JiraException(503, "/rest/api/3/search/jql", "Service Unavailable");
        assertThat(search.idsFor(cloud, ANN)).isEqualTo(new TokenView.Unreachable());
    }

    /**
     * The connection's JQL names PART, which Ann may not browse: Jira refuses it with 400, and the search is made again
     * over the copied issues' projects she may browse (DEAL; CRM holds no copied issue).
     */
    @Test
    void aScopeNamingAProjectTheUserMayNotBrowseIsSearchedAgainOverTheProjectsTheyMay() {
        tokens.link(cloud, "ann", Optional.of("ann@acme.com"), "ann-api-token");
        refuseScope = true;

        assertThat(search.idsFor(cloud, ANN)).isEqualTo(new TokenView.Seen(Set.of("10001", "10002")));
        assertThat(asked).hasSize(1).allMatch(question -> question.endsWith(" project in (\"DEAL\")"));
    }

    private boolean refuseScope;

    private JiraReader reader(JiraSite site) {
        return new JiraReader() {
            @Override
            public Set<String> ids(String jql) {
                if (fault != null) {
                    throw fault;
                }
                if (refuseScope && jql.contains("PART")) {
                    throw new JiraException(400, "/rest/api/3/search/jql",
                            "The value 'PART' does not exist for the field 'project'.");
                }
                asked.add(site.baseUrl() + " " + site.credentials().authorization() + " " + jql);
                return Set.of("10001", "10002");
            }

            @Override
            public ServerInfo serverInfo() {
                throw new AssertionError("not asked");
            }

            @Override
            public JiraUser myself() {
                throw new AssertionError("not asked");
            }

            @Override
            public List<JiraField> fields() {
                throw new AssertionError("not asked");
            }

            @Override
            public List<JiraProject> projects() {
                return List.of(new JiraProject("10000", "DEAL", "Deals"), new JiraProject("10005", "CRM", "CRM"));
            }

            @Override
            public IssuePage page(String jql, List<String> fieldIds, String cursor, int pageSize) {
                throw new AssertionError("not asked");
            }

            @Override
            public List<JiraProject> projectsWithIssueSecurity() {
                throw new AssertionError("not asked");
            }

            @Override
            public JiraTraffic traffic() {
                throw new AssertionError("not asked");
            }
        };
    }
}
