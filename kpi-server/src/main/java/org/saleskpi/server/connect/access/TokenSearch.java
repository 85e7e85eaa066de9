package org.saleskpi.server.connect.access;

import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.server.jira.JiraAuthException;
import org.saleskpi.server.jira.JiraCredentials;
import org.saleskpi.server.jira.JiraException;
import org.saleskpi.server.jira.JiraReader;
import org.saleskpi.server.jira.JiraSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link JiraIdsForUser} asking Jira itself: the connection's own JQL, run with the user's linked token as an id-only
 * search ({@link JiraReader#ids}), so Jira applies that user's browse permissions and issue security levels. Jira
 * refusing the token (401/403) means the user sees none of the connection's issues until they link a new one; any
 * other failure shows none this time, and is logged without the token.
 */
public final class TokenSearch implements JiraIdsForUser {
    private static final Logger LOG = LoggerFactory.getLogger(TokenSearch.class);

    private final ConnectionScope scopes;
    private final UserTokens tokens;
    private final Function<JiraSite, JiraReader> readers;

    public TokenSearch(ConnectionScope scopes, UserTokens tokens, Function<JiraSite, JiraReader> readers) {
        this.scopes = scopes;
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
        try {
            return new TokenView.Seen(readers.apply(site).ids(scope.get().jql()));
        } catch (JiraAuthException e) {
            return new TokenView.Refused();
        } catch (JiraException e) {
            // JiraException messages hold the status, path and Jira's error text only, never a secret.
            LOG.warn("Jira did not answer the search of user {} on connection {}: {} {} {}", user.key(), connectionId,
                    e.status(), e.endpoint(), e.getMessage());
            return new TokenView.Unreachable();
        }
    }
}
