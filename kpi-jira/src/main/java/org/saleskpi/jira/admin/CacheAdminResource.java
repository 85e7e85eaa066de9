package org.saleskpi.jira.admin;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.jira.cache.CacheSettings;
import org.saleskpi.jira.cache.CacheSettingsStore;
import org.saleskpi.jira.cache.CacheStatus;
import org.saleskpi.jira.cache.CacheStatusNodes;
import org.saleskpi.jira.cache.CacheStatusReport;
import org.saleskpi.jira.cache.PluginSettingsCacheSettings;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.guard.Guardrails;
import org.saleskpi.web.json.JsonInput;

/**
 * The app's admin page's data, for Jira administrators only (401 signed out, 403 for anyone else):
 * <ul>
 * <li>{@code GET /admin/cache}: {@code {"status":{...},"nodes":[{...}],"staleAfterSeconds":n,"settings":{...},
 * "ranges":{field:{min,max}},"running":n,"overMaxIssues":bool}}, the status being this node's issue cache (the node
 * that answers: each node keeps its own; {@code node} null on a Jira without a cluster), {@code nodes} every node's
 * last report with its {@code state} (this, reporting, not-reporting, offline, unreadable; ADR 0031), this node first,
 * and {@code running} the computations holding a slot now on this node;
 * <li>{@code PUT /admin/cache} with the settings' five fields (all required): stores them for every node and
 * answers as GET. A missing field, a wrong type or a value out of range is a 400 naming each field; nothing is
 * stored then.
 * </ul>
 */
@Path("/admin/cache")
@Produces(MediaType.APPLICATION_JSON)
public final class CacheAdminResource {
    private static final List<PluginSettingsCacheSettings.Range> RANGES = List.of(
            PluginSettingsCacheSettings.MAX_ISSUES, PluginSettingsCacheSettings.POLL_SECONDS,
            PluginSettingsCacheSettings.MAX_CONCURRENT, PluginSettingsCacheSettings.REQUESTS_PER_MINUTE);

    private final RestServices services;
    private final CacheSettingsStore settings;
    private final CacheStatusNodes nodes;
    private final Guardrails guardrails;

    @Inject
    public CacheAdminResource(RestServices services, CacheSettingsStore settings, CacheStatusNodes nodes,
            Guardrails guardrails) {
        this.services = Objects.requireNonNull(services, "services");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.guardrails = Objects.requireNonNull(guardrails, "guardrails");
    }

    @GET
    public JsonObject get() {
        Caller.of(services.access()).requireSystemAdmin();
        return answer();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject put(JsonElement body) {
        Caller.of(services.access()).requireSystemAdmin();
        JsonInput input = JsonInput.of(body);
        Optional<Boolean> enabled = input.bool("enabled");
        if (enabled.isEmpty() && !input.has("enabled")) {
            required(input, "enabled");
        }
        long maxIssues = whole(input, PluginSettingsCacheSettings.MAX_ISSUES);
        long pollSeconds = whole(input, PluginSettingsCacheSettings.POLL_SECONDS);
        long maxConcurrent = whole(input, PluginSettingsCacheSettings.MAX_CONCURRENT);
        long requestsPerMinute = whole(input, PluginSettingsCacheSettings.REQUESTS_PER_MINUTE);
        input.done();
        settings.set(new CacheSettings(enabled.orElseThrow(), maxIssues, (int) pollSeconds, (int) maxConcurrent,
                (int) requestsPerMinute));
        return answer();
    }

    private JsonObject answer() {
        List<CacheStatusNodes.Row> rows = nodes.rows();
        CacheStatusReport mine = rows.get(0).report().orElseThrow();
        CacheStatus now = mine.status();
        CacheSettings current = settings.get();
        JsonObject json = new JsonObject();
        json.add("status", statusJson(mine));
        JsonArray all = new JsonArray();
        rows.forEach(row -> all.add(rowJson(row)));
        json.add("nodes", all);
        json.addProperty("staleAfterSeconds", nodes.staleAfter().toSeconds());
        json.add("settings", settingsJson(current));
        json.add("ranges", rangesJson());
        json.addProperty("running", guardrails.running());
        // The cache stops above the maximum (TOO_BIG); a lowered maximum shows here before the next build.
        json.addProperty("overMaxIssues", now.phase() == CacheStatus.Phase.TOO_BIG || now.issues() > current.maxIssues());
        return json;
    }

    /** A node's row: its state and, unless unreadable, its report. */
    private static JsonObject rowJson(CacheStatusNodes.Row row) {
        JsonObject json = row.report().map(CacheAdminResource::statusJson).orElseGet(JsonObject::new);
        json.addProperty("node", row.node().orElse(null));
        json.addProperty("state", row.state().key());
        json.addProperty("thisNode", row.state() == CacheStatusNodes.State.THIS);
        return json;
    }

    private static JsonObject statusJson(CacheStatusReport report) {
        CacheStatus status = report.status();
        JsonObject json = new JsonObject();
        json.addProperty("node", report.node().orElse(null));
        json.addProperty("published", report.published().toString());
        json.addProperty("lastPoll", report.lastPoll().map(Instant::toString).orElse(null));
        json.addProperty("lastCensus", report.lastCensus().map(Instant::toString).orElse(null));
        json.addProperty("phase", status.phase().key());
        json.addProperty("percent", status.percent());
        json.addProperty("issues", status.issues());
        json.addProperty("changes", status.changes());
        json.addProperty("bytes", status.bytes());
        json.addProperty("lastSync", status.lastSync().map(Object::toString).orElse(null));
        json.addProperty("fallbacks", status.fallbacks());
        json.addProperty("lastError", status.lastError().orElse(null));
        return json;
    }

    private static JsonObject settingsJson(CacheSettings settings) {
        JsonObject json = new JsonObject();
        json.addProperty("enabled", settings.enabled());
        json.addProperty("maxIssues", settings.maxIssues());
        json.addProperty("pollSeconds", settings.pollSeconds());
        json.addProperty("maxConcurrent", settings.maxConcurrent());
        json.addProperty("requestsPerMinute", settings.requestsPerMinute());
        return json;
    }

    /** Each whole-number setting's bounds, for the form's inputs and its messages. */
    private static JsonObject rangesJson() {
        JsonObject json = new JsonObject();
        for (PluginSettingsCacheSettings.Range range : RANGES) {
            JsonObject bounds = new JsonObject();
            bounds.addProperty("min", range.min());
            bounds.addProperty("max", range.max());
            json.add(range.field(), bounds);
        }
        return json;
    }

    /** A required whole number within its range; 0 (never stored: {@code done()} throws) when it is not. */
    private static long whole(JsonInput input, PluginSettingsCacheSettings.Range range) {
        Optional<Long> value = input.whole(range.field());
        if (value.isEmpty()) {
            // A value of the wrong type has its error already.
            if (!input.has(range.field())) {
                required(input, range.field());
            }
            return 0;
        }
        if (value.get() < range.min() || value.get() > range.max()) {
            input.reject(range.field(), "saleskpi.admin.cache.range",
                    "must be a whole number from " + range.min() + " to " + range.max());
            return 0;
        }
        return value.get();
    }

    private static void required(JsonInput input, String field) {
        input.reject(field, "saleskpi.error.required", "is required");
    }
}
