package org.saleskpi.server.connect.access;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.VisibilityPolicy;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.server.connect.ConnectionStore;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.jira.JiraReader;
import org.saleskpi.server.jira.JiraSite;
import org.saleskpi.web.page.Messages;

/**
 * The server's part that decides who sees the copied Jira issues (ADR 0036), wired once: the users' token table, the
 * per-user answers remembered for {@link CachedJiraIds#DEFAULT_TTL}, the policy over the project roles, and the
 * REST resources.
 */
public final class PerUserAccess {
    private final PerUserConnections perUser;
    private final IssueIndex index;
    private final Function<JiraSite, JiraReader> readers;
    private final ConnectionStore connections;
    private final JiraAccess links;

    private PerUserAccess(PerUserConnections perUser, IssueIndex index, Function<JiraSite, JiraReader> readers,
            ConnectionStore connections, JiraAccess links) {
        this.perUser = perUser;
        this.index = index;
        this.readers = readers;
        this.connections = connections;
        this.links = links;
    }

    /**
     * Creates the token table when missing (after the connection table) and builds the part.
     *
     * @param scopes each connection's site and the JQL its sync copies, which a user's own search repeats
     * @param readers opens a reader of a site, with the user's credentials for their own search
     */
    public static PerUserAccess wire(DataSource dataSource, SecretBox secrets, ConnectionStore connections,
            IssueStore store, IssueIndex index, ConnectionScope scopes, Function<JiraSite, JiraReader> readers,
            Clock clock, Duration remembered) {
        UserTokens tokens = new UserTokens(dataSource, secrets, clock);
        tokens.createSchema();
        PerUserConnections perUser = new StoredPerUserConnections(connections, store, clock);
        CachedJiraIds ids = new CachedJiraIds(new TokenSearch(scopes, perUser, tokens, readers), clock, remembered);
        return new PerUserAccess(perUser, index, readers, connections, new JiraAccess(connections, tokens, ids));
    }

    /** {@code projects}, narrowed for the issues of per-user connections to what Jira shows each user. */
    public VisibilityPolicy over(VisibilityPolicy projects) {
        return new PerUserVisibility(projects, index, perUser, links.ids());
    }

    /** The users' links to the per-user connections. */
    public JiraAccess links() {
        return links;
    }

    /** The resources of users' tokens and of the site's security levels, under the REST base. */
    public List<Object> resources(AdminSites sites, AccessPolicy access, ClassLoader texts) {
        Messages.Cache messages = new Messages.Cache(texts);
        return List.of(new MyTokenResource(links, access, messages), new JiraAccessResource(links, access, messages),
                new SecurityLevelsResource(connections, sites, readers, access, messages));
    }
}
