package org.saleskpi.server.connect.access;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.server.jira.JiraKind;

/** Port: where a connection's site is and the JQL its sync copies, as a user's own search repeats it. */
@FunctionalInterface
public interface ConnectionScope {

    /** The connection's site and JQL; empty when there is no such connection. */
    Optional<Scope> of(long connectionId);

    /** A site, its kind and the JQL of the issues the connection copies (no ORDER BY). */
    record Scope(URI baseUrl, JiraKind kind, String jql) {
        public Scope {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(jql, "jql");
        }
    }
}
