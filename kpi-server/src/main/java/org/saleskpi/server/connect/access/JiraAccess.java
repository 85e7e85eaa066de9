package org.saleskpi.server.connect.access;

import java.util.List;
import java.util.Optional;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.server.connect.ConnectionStore;
import org.saleskpi.server.connect.JiraConnection;
import org.saleskpi.server.connect.PermissionMode;
import org.saleskpi.server.jira.JiraKind;

/**
 * A local user's links to the per-user connections: linking and removing their own Jira token, and what they see
 * of each connection now and why ({@link TokenView.Reason}). Linking or removing a token forgets the user's
 * remembered answer, so the next request asks Jira with the new one.
 */
public final class JiraAccess {
    private final ConnectionStore connections;
    private final UserTokens tokens;
    private final CachedJiraIds ids;

    public JiraAccess(ConnectionStore connections, UserTokens tokens, CachedJiraIds ids) {
        this.connections = connections;
        this.tokens = tokens;
        this.ids = ids;
    }

    /** The user's link to each per-user connection, by connection name. */
    public List<Link> of(UserRef user) {
        return connections.list().stream()
                .filter(connection -> connection.sync().permissionMode() == PermissionMode.PER_USER)
                .map(connection -> link(connection, user))
                .toList();
    }

    /** The user's link to connection {@code id}; empty when there is no such connection. */
    public Optional<Link> of(long id, UserRef user) {
        return connections.get(id).map(connection -> link(connection, user));
    }

    /** The kind of connection {@code id}'s site; empty when there is no such connection. */
    public Optional<JiraKind> kind(long id) {
        return connections.get(id).map(JiraConnection::kind);
    }

    /**
     * Links the user's own token to connection {@code id} and tells what Jira shows them with it.
     *
     * @throws InvalidInputException (field {@code permissionMode}) when the connection's issues are not shown per user
     */
    public Optional<Link> link(long id, UserRef user, Optional<String> email, String token) {
        Optional<JiraConnection> connection = connections.get(id);
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        if (connection.get().sync().permissionMode() != PermissionMode.PER_USER) {
            throw InvalidInputException.of("permissionMode", "saleskpi.access.notPerUser",
                    "This connection shows its issues per project; it takes no personal Jira token.");
        }
        // Data Center reads a personal access token alone: an address sent with it is not kept.
        tokens.link(id, user.key(), connection.get().kind() == JiraKind.CLOUD ? email : Optional.empty(), token);
        ids.forget(id, user.key());
        return Optional.of(link(connection.get(), user));
    }

    /** Removes the user's token of connection {@code id}; false when none was linked. */
    public boolean unlink(long id, UserRef user) {
        boolean removed = tokens.unlink(id, user.key());
        ids.forget(id, user.key());
        return removed;
    }

    /** The users' answers from Jira, remembered: what the visibility policy asks too. */
    JiraIdsForUser ids() {
        return ids;
    }

    private Link link(JiraConnection connection, UserRef user) {
        Optional<UserTokens.LinkedToken> linked = tokens.linked(connection.id(), user.key());
        PermissionMode mode = connection.sync().permissionMode();
        // Jira is asked (or its remembered answer read) only when there is a token to ask with.
        TokenView.Reason reason = mode != PermissionMode.PER_USER || linked.isEmpty()
                ? TokenView.Reason.NOT_LINKED
                : ids.idsFor(connection.id(), user).reason();
        return new Link(connection.id(), connection.name(), connection.kind(), mode, linked, reason);
    }

    /**
     * A user's link to one connection.
     *
     * @param linked the token the user linked, if any (never the token itself)
     * @param reason what the user sees of the connection's issues now: all Jira shows them, or none and why
     */
    public record Link(long connectionId, String connectionName, JiraKind kind, PermissionMode permissionMode,
            Optional<UserTokens.LinkedToken> linked, TokenView.Reason reason) {
    }
}
