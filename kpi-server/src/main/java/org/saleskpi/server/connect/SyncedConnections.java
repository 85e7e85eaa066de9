package org.saleskpi.server.connect;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.saleskpi.server.sync.SyncConnections;
import org.saleskpi.server.sync.SyncSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections as the sync reads them: settings built at every call from the stored row, so an edit counts from
 * the next run on. A connection gives no settings while its kind is unconfirmed, while it has no JQL (none written
 * and no KPI profile to take a scope from), or while its token does not open.
 */
public final class SyncedConnections implements SyncConnections {
    private static final Logger LOG = LoggerFactory.getLogger(SyncedConnections.class);

    private final ConnectionStore store;
    private final ProfileDefaults defaults;

    public SyncedConnections(ConnectionStore store, ProfileDefaults defaults) {
        this.store = store;
        this.defaults = defaults;
    }

    @Override
    public List<SyncSettings> enabled() {
        return store.list().stream().filter(JiraConnection::syncs).flatMap(c -> settings(c).stream()).toList();
    }

    @Override
    public Optional<SyncSettings> get(long id) {
        return store.get(id).flatMap(this::settings);
    }

    /** Why the connection cannot be synced now, or empty when it can: for the page and the sync-now answer. */
    Optional<String> blocked(JiraConnection connection) {
        if (!connection.kindConfirmed()) {
            return Optional.of("Confirm the site's kind first.");
        }
        if (connection.sync().jql().isEmpty() && defaults.jql().isEmpty()) {
            return Optional.of("Write the JQL of the issues to copy: there is no KPI profile to take a scope from.");
        }
        try {
            store.token(connection.id());
        } catch (SecretBox.UnreadableSecretException e) {
            return Optional.of("Enter the token again: the stored one cannot be read with the server's key.");
        }
        return Optional.empty();
    }

    private Optional<SyncSettings> settings(JiraConnection connection) {
        if (!connection.kindConfirmed()) {
            return Optional.empty();
        }
        ConnectionSync sync = connection.sync();
        Optional<String> jql = sync.jql().or(defaults::jql);
        if (jql.isEmpty()) {
            return Optional.empty();
        }
        List<String> fields = sync.fieldNames().isEmpty() ? defaults.fieldNames() : sync.fieldNames();
        try {
            return Optional.of(new SyncSettings(connection.id(), store.site(connection), jql.get(), fields,
                    Duration.ofMinutes(sync.intervalMinutes()), Duration.ofMinutes(sync.lookBackMinutes()),
                    // Issue security levels are of use only where each viewer's own token decides what they see.
                    sync.permissionMode() == PermissionMode.PER_USER));
        } catch (SecretBox.UnreadableSecretException e) {
            LOG.warn("Connection {} is not synced: {}", connection.id(), e.getMessage());
            return Optional.empty();
        }
    }
}
