package org.saleskpi.jira.cache;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every node's {@link CacheStatusReport}, kept in SAL's global plugin settings so that each node reads what the others
 * wrote (ADR 0031). Each report is JSON text under {@code org.saleskpi.cache.node.<hash of the node id>}, written only
 * by its own node; {@code org.saleskpi.cache.nodes} lists the node ids (a JSON array, {@code null} for a Jira without
 * a cluster), since plugin settings cannot list their keys. Two nodes adding themselves at the same moment can lose
 * one entry of the list: each node checks the list at every publication and adds itself again.
 *
 * <p>SAL's PluginSettings (3.0.0 javadoc): keys of up to 100 characters, String values of up to 99 000. The hashed
 * key keeps any node id under the first; the last error is cut to keep a report far under the second.
 */
public final class CacheStatusBoard {
    static final String NODES = "org.saleskpi.cache.nodes";
    static final String NODE = "org.saleskpi.cache.node.";
    /** Characters of the last error kept in a report. */
    static final int ERROR_LENGTH = 1_000;

    private final PluginSettingsFactory factory;

    public CacheStatusBoard(PluginSettingsFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * One node's place on the board.
     *
     * @param node the node's id, as listed (empty: a Jira without a cluster)
     * @param report its last report; empty when none is stored or it cannot be read (a hand edit, another version)
     */
    public record Entry(Optional<String> node, Optional<CacheStatusReport> report) {
    }

    /** Stores {@code report} as its node's, and lists the node if the list lacks it. */
    public void publish(CacheStatusReport report) {
        PluginSettings stored = factory.createGlobalSettings();
        stored.put(key(report.node()), json(report).toString());
        Set<Optional<String>> nodes = nodes(stored);
        if (nodes.add(report.node())) {
            write(stored, nodes);
        }
    }

    /** Every listed node with its report, in the list's order. */
    public List<Entry> read() {
        PluginSettings stored = factory.createGlobalSettings();
        List<Entry> entries = new ArrayList<>();
        for (Optional<String> node : nodes(stored)) {
            entries.add(new Entry(node, stored.get(key(node)) instanceof String text ? parse(node, text)
                    : Optional.empty()));
        }
        return entries;
    }

    /** Removes a node's report and its line in the list. */
    public void forget(Optional<String> node) {
        PluginSettings stored = factory.createGlobalSettings();
        stored.remove(key(node));
        Set<Optional<String>> nodes = nodes(stored);
        if (nodes.remove(node)) {
            write(stored, nodes);
        }
    }

    /** The listed nodes; an unreadable list reads as empty (each node lists itself again when it next publishes). */
    private static Set<Optional<String>> nodes(PluginSettings stored) {
        Set<Optional<String>> nodes = new LinkedHashSet<>();
        if (stored.get(NODES) instanceof String text) {
            try {
                if (JsonParser.parseString(text) instanceof JsonArray list) {
                    for (JsonElement id : list) {
                        if (id.isJsonNull()) {
                            nodes.add(Optional.empty());
                        } else if (id.isJsonPrimitive() && id.getAsJsonPrimitive().isString()) {
                            nodes.add(Optional.of(id.getAsString()));
                        }
                    }
                }
            } catch (RuntimeException e) {
                return new LinkedHashSet<>();
            }
        }
        return nodes;
    }

    private static void write(PluginSettings stored, Set<Optional<String>> nodes) {
        JsonArray list = new JsonArray();
        nodes.forEach(node -> list.add(node.<JsonElement>map(JsonPrimitive::new)
                .orElse(JsonNull.INSTANCE)));
        stored.put(NODES, list.toString());
    }

    /** The settings key of a node's report: a hash, so that any id Jira allows fits SAL's key length. */
    static String key(Optional<String> node) {
        if (node.isEmpty()) {
            return NODE + "-";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(node.get().getBytes(StandardCharsets.UTF_8));
            return NODE + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static JsonObject json(CacheStatusReport report) {
        CacheStatus status = report.status();
        JsonObject json = new JsonObject();
        json.addProperty("node", report.node().orElse(null));
        json.addProperty("published", report.published().toString());
        json.addProperty("phase", status.phase().key());
        json.addProperty("percent", status.percent());
        json.addProperty("issues", status.issues());
        json.addProperty("changes", status.changes());
        json.addProperty("bytes", status.bytes());
        json.addProperty("lastSync", status.lastSync().map(Instant::toString).orElse(null));
        json.addProperty("lastPoll", report.lastPoll().map(Instant::toString).orElse(null));
        json.addProperty("lastCensus", report.lastCensus().map(Instant::toString).orElse(null));
        json.addProperty("fallbacks", status.fallbacks());
        json.addProperty("lastError", status.lastError()
                .map(error -> error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error).orElse(null));
        return json;
    }

    /** A stored report, or empty when any field is missing or of the wrong kind, or it names another node. */
    static Optional<CacheStatusReport> parse(Optional<String> node, String text) {
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            Optional<String> named = optional(json, "node");
            if (!named.equals(node)) {
                return Optional.empty();
            }
            CacheStatus status = new CacheStatus(node.orElse(""), phase(json.get("phase").getAsString()),
                    json.get("percent").getAsInt(), json.get("issues").getAsLong(), json.get("changes").getAsLong(),
                    json.get("bytes").getAsLong(), optional(json, "lastSync").map(Instant::parse),
                    json.get("fallbacks").getAsLong(), optional(json, "lastError"));
            return Optional.of(new CacheStatusReport(node, status, optional(json, "lastPoll").map(Instant::parse),
                    optional(json, "lastCensus").map(Instant::parse), Instant.parse(json.get("published")
                    .getAsString())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> optional(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null) {
            throw new IllegalArgumentException("no " + field);
        }
        return value.isJsonNull() ? Optional.empty() : Optional.of(value.getAsString());
    }

    private static CacheStatus.Phase phase(String key) {
        return CacheStatus.Phase.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
