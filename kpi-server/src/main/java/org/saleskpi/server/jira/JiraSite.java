package org.saleskpi.server.jira;

import java.net.URI;
import java.util.Objects;

/** A Jira site a connection reads: where it is, which kind, and the credentials (hidden by toString). */
public record JiraSite(URI baseUrl, JiraKind kind, JiraCredentials credentials) {
    public JiraSite {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(credentials, "credentials");
    }
}
