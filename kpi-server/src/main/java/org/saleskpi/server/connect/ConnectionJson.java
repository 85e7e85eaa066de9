package org.saleskpi.server.connect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connection as {@code /connections} answers it. The token is never in it: {@code "token"} says {@code "set"},
 * or {@code "unreadable"} when the sealed token does not open (the key changed), so the page can ask for it again.
 */
final class ConnectionJson {
    private final ConnectionStore store;
    private final ProfileDefaults defaults;

    ConnectionJson(ConnectionStore store, ProfileDefaults defaults) {
        this.store = store;
        this.defaults = defaults;
    }

    Map<String, Object> of(JiraConnection connection) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", connection.id());
        json.put("name", connection.name());
        json.put("url", connection.url().toString());
        json.put("kind", connection.kind().name());
        json.put("kindConfirmed", connection.kindConfirmed());
        json.put("detectedKind", connection.detectedKind().name());
        json.put("serverVersion", connection.serverVersion());
        json.put("email", connection.email().orElse(null));
        json.put("token", tokenState(connection.id()));
        json.put("sync", sync(connection.sync()));
        json.put("created", connection.created().toString());
        json.put("updated", connection.updated().toString());
        return json;
    }

    /** The settings as chosen ({@code jql} null, {@code fields} empty: the defaults), with the defaults of now. */
    Map<String, Object> sync(ConnectionSync sync) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jql", sync.jql().orElse(null));
        json.put("defaultJql", defaults.jql().orElse(null));
        json.put("fields", sync.fieldNames());
        json.put("defaultFields", defaults.fieldNames());
        json.put("intervalMinutes", sync.intervalMinutes());
        json.put("lookBackMinutes", sync.lookBackMinutes());
        json.put("enabled", sync.enabled());
        json.put("permissionMode", sync.permissionMode().name());
        return json;
    }

    private String tokenState(long id) {
        try {
            store.token(id);
            return "set";
        } catch (SecretBox.UnreadableSecretException e) {
            return "unreadable";
        }
    }
}
