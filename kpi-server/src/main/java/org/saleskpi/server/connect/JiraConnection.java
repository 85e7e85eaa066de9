package org.saleskpi.server.connect;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.server.jira.JiraKind;

/**
 * A Jira site an administrator connected, as stored. Its token is not part of it: the store hands it out sealed
 * only ({@link ConnectionStore#token}), so no record, log line or answer can carry it by accident.
 *
 * @param url the site's base URL, without a trailing slash
 * @param kind how the site is read (Cloud or Data Center)
 * @param kindConfirmed whether an administrator confirmed {@code kind}; nothing is synced before
 * @param detectedKind what the site's {@code serverInfo} said when it was last asked
 * @param serverVersion the site's version as {@code serverInfo} gave it
 * @param email the account's e-mail address (Cloud's Basic authentication); empty on Data Center
 */
public record JiraConnection(long id, String name, URI url, JiraKind kind, boolean kindConfirmed,
        JiraKind detectedKind, String serverVersion, Optional<String> email, ConnectionSync sync, Instant created,
        Instant updated) {
    public JiraConnection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detectedKind, "detectedKind");
        Objects.requireNonNull(serverVersion, "serverVersion");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    /** Whether the scheduler may run it: enabled, and its kind confirmed. */
    public boolean syncs() {
        return kindConfirmed && sync.enabled();
    }
}
