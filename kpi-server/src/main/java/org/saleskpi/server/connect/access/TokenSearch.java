package org.saleskpi.server.connect.access;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.server.jira.JiraAuthException;
import org.saleskpi.server.jira.JiraCredentials;
import org.saleskpi.server.jira.JiraException;
import org.saleskpi.server.jira.JiraProject;
import org.saleskpi.server.jira.JiraReader;
import org.saleskpi.server.jira.JiraSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link JiraIdsForUser} asking Jira itself: the connection's own JQL, run with the user's linked token as an id-only
 * search ({@link JiraReader#ids}), so Jira applies that user's browse permissions and issue security levels. Jira
 * refusing the token (401/403) means the user sees none of the connection's issues until they link a new one; any
 * other failure shows none this time, and is logged without the token.
 *
 * <p>Jira refuses with 400 a JQL that names a value the user cannot see, and a project the user may not browse is
 * such a value ("Non-existing data directly referenced in the JQL query", support.atlassian.com/jira/kb/
 * how-to-handle-http-400-bad-request-errors-on-jira-search-rest-api-endpoint; that Cloud's search/jql answers a
 * project without Browse the same way is UNVERIFIED). The connection's JQL, written for the sync account, then fails
 * for a user who lacks one of its projects. The search is then made again over the projects of the copied issues
 * that the user may browse ({@code GET /rest/api/2/project} lists "all projects which are visible for the currently
 * logged in user": docs.atlassian.com/software/jira/docs/api/REST/latest/#api/2/project): wider than the
 * connection's JQL, which is harmless, since only ids of copied issues count.
 */
public final class TokenSearch implements JiraIdsForUser {
    private static final Logger LOG = LoggerFactory.getLogger(TokenSearch.class);

    private final ConnectionScope scopes;
    private final PerUserConnections copied;
    private final UserTokens tokens;
    private final Function<JiraSite, JiraReader> readers;

    public TokenSearch(ConnectionScope scopes, PerUserConnections copied, UserTokens tokens,
            Function<JiraSite, JiraReader> readers) {
        this.scopes = scopes;
        this.copied = copied;
        this.tokens = tokens;
        this.readers = readers;
    }

    @Override
    public TokenView idsFor(long connectionId, UserRef user) {
        Optional<ConnectionScope.Scope> scope = scopes.of(connectionId);
        if (scope.isEmpty()) {
            return new TokenView.NotLinked();
        }
        Optional<JiraCredentials> credentials;
        try {
            credentials = tokens.credentials(connectionId, user.key(), scope.get().kind());
        } catch (SecretBox.UnreadableSecretException e) {
            // The stored token cannot be opened (key replaced, row changed): the user must link it again.
            LOG.warn("The Jira token of user {} for connection {} cannot be read: {}", user.key(), connectionId,
                    e.getMessage());
            return new TokenView.Refused();
        }
        if (credentials.isEmpty()) {
            return new TokenView.NotLinked();
        }
        JiraSite site = new JiraSite(scope.get().baseUrl(), scope.get().kind(), credentials.get());
        JiraReader reader = readers.apply(site);
        try {
            try {
                return new TokenView.Seen(reader.ids(scope.get().jql()));
            } catch (JiraAuthException e) {
                throw e;
            } catch (JiraException e) {
                if (e.status() != 400) {
                    throw e;
                }
                return new TokenView.Seen(inBrowsableProjects(connectionId, reader));
            }
        } catch (JiraAuthException e) {
            return new TokenView.Refused();
        } catch (JiraException e) {
            // JiraException messages hold the status, path and Jira's error text only, never a secret.
            LOG.warn("Jira did not answer the search of user {} on connection {}: {} {} {}", user.key(), connectionId,
                    e.status(), e.endpoint(), e.getMessage());
            return new TokenView.Unreachable();
        }
    }

    /** The ids of every issue the user sees in the projects of the connection's copied issues they may browse. */
    private Set<String> inBrowsableProjects(long connectionId, JiraReader reader) {
        Set<String> projects = new TreeSet<>(copied.projectsOf(connectionId));
        projects.retainAll(reader.projects().stream().map(JiraProject::key).toList());
        if (projects.isEmpty()) {
            return Set.of();
        }
        return reader.ids(projects.stream().map(key -> '"' + key + '"')
                .collect(Collectors.joining(", ", "project in (", ")")));
    }
}
