package org.saleskpi.server.connect;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.kpi.ProfileIssues;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.jira.JiraAuthException;
import org.saleskpi.server.jira.JiraException;
import org.saleskpi.server.jira.JiraField;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.server.jira.JiraReader;
import org.saleskpi.server.jira.JiraSite;
import org.saleskpi.server.sync.JiraSync;
import org.saleskpi.server.sync.SyncScheduler;
import org.saleskpi.server.sync.SyncStatus;
import org.saleskpi.web.Caller;
import org.saleskpi.web.error.ErrorBody;
import org.saleskpi.web.json.JsonInput;

/**
 * {@code /connections}: the Jira sites the server copies issues from, for global administrators only. A site is
 * created from its URL and credentials, which are checked against the site before anything is stored; its kind
 * (Cloud or Data Center) is detected and then confirmed with {@code PUT}; {@code PUT /{id}/sync} says what to copy
 * and how often. Tokens go in and never come out.
 */
@Path("/connections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ConnectionsResource {
    /** Atlassian API tokens are about 200 characters, Data Center PATs about 44; this leaves room. */
    static final int MAX_TOKEN = 2048;
    /** More fields than this is a sign of a mistake: a KPI profile reads about ten. */
    static final int MAX_FIELDS = 200;
    private static final List<String> KINDS = List.of(JiraKind.CLOUD.name(), JiraKind.DATA_CENTER.name());
    private static final List<String> MODES = List.of(PermissionMode.PER_USER.name(),
            PermissionMode.PROJECT_MAPPING.name());

    private final ConnectionStore store;
    private final SiteProbe probe;
    private final Function<JiraSite, JiraReader> readers;
    private final ProfileDefaults defaults;
    private final ConnectionJson json;
    private final IssueStore issues;
    private final SyncedConnections synced;
    private final JiraSync sync;
    private final SyncScheduler scheduler;
    private final AccessPolicy access;

    /**
     * @param readers opens a reader on a site, for the checks made while an administrator waits (short timeouts)
     */
    public ConnectionsResource(ConnectionStore store, Function<JiraSite, JiraReader> readers, ProfileDefaults defaults,
            IssueStore issues, SyncedConnections synced, JiraSync sync, SyncScheduler scheduler, AccessPolicy access) {
        this.store = store;
        this.probe = new SiteProbe(readers);
        this.readers = readers;
        this.defaults = defaults;
        this.json = new ConnectionJson(store, defaults);
        this.issues = issues;
        this.synced = synced;
        this.sync = sync;
        this.scheduler = scheduler;
        this.access = access;
    }

    @GET
    public List<Map<String, Object>> list() {
        Caller.of(access).requireSystemAdmin();
        return store.list().stream().map(json::of).toList();
    }

    @GET
    @Path("/{id}")
    public Map<String, Object> get(@PathParam("id") long id) {
        Caller.of(access).requireSystemAdmin();
        return json.of(connection(id));
    }

    /**
     * {@code {name, url, email?, token, kind?}}: asks the site what it is, checks the token, stores the connection
     * with its kind not yet confirmed (nothing syncs before {@code PUT} confirms it). 201 with {@code detectedKind}.
     */
    @POST
    public Response create(JsonElement body, @Context HttpHeaders headers) {
        Caller.of(access).requireSystemAdmin();
        ConnectionTexts texts = ConnectionTexts.of(headers);
        JsonInput input = JsonInput.of(body);
        String name = input.requiredText("name", JsonInput.MAX_TEXT).strip();
        Optional<URI> url = url(input, input.requiredText("url", SiteUrl.MAX_LENGTH), texts);
        Optional<String> email = email(input, texts);
        String token = input.requiredText("token", MAX_TOKEN).strip();
        Optional<JiraKind> kind = input.oneOf("kind", KINDS).map(JiraKind::valueOf);
        input.done();
        if (store.list().stream().anyMatch(c -> c.name().equals(name))) {
            return nameTaken(name, texts);
        }
        Optional<SiteProbe.Probed> probed = probe.probe(url.orElseThrow(), kind, email, token, input, texts);
        input.done();
        SiteProbe.Probed site = probed.orElseThrow();
        JiraConnection draft = new JiraConnection(0, name, url.get(), site.kind(), false, site.info().kind(),
                site.info().version(), site.kind() == JiraKind.CLOUD ? email : Optional.empty(),
                ConnectionSync.defaults(), Instant.EPOCH, Instant.EPOCH);
        try {
            JiraConnection created = store.create(draft, token);
            return Response.status(201).location(URI.create("connections/" + created.id())).entity(json.of(created))
                    .build();
        } catch (ConnectionStore.NameTakenException e) {
            return nameTaken(name, texts);
        }
    }

    /**
     * {@code {name?, url?, email?, token?, kind?}}: what is sent changes, the rest stays. Sending {@code kind}
     * confirms it. A new URL, e-mail address, token or kind is checked against the site first.
     */
    @PUT
    @Path("/{id}")
    public Response edit(@PathParam("id") long id, JsonElement body, @Context HttpHeaders headers) {
        Caller.of(access).requireSystemAdmin();
        ConnectionTexts texts = ConnectionTexts.of(headers);
        JiraConnection current = connection(id);
        JsonInput input = JsonInput.of(body);
        String name = input.has("name") ? input.requiredText("name", JsonInput.MAX_TEXT).strip() : current.name();
        Optional<URI> url = input.has("url") ? url(input, input.requiredText("url", SiteUrl.MAX_LENGTH), texts)
                : Optional.of(current.url());
        Optional<String> email = input.sent("email") ? email(input, texts) : current.email();
        Optional<String> newToken = input.has("token") ? Optional.of(input.requiredText("token", MAX_TOKEN).strip())
                : Optional.empty();
        Optional<JiraKind> kind = input.oneOf("kind", KINDS).map(JiraKind::valueOf);
        input.done();
        if (!name.equals(current.name()) && store.list().stream().anyMatch(c -> c.name().equals(name))) {
            return nameTaken(name, texts);
        }
        JiraKind chosen = kind.orElse(current.kind());
        boolean siteChanged = !url.get().equals(current.url()) || !email.equals(current.email())
                || newToken.isPresent() || chosen != current.kind();
        JiraKind detected = current.detectedKind();
        String version = current.serverVersion();
        if (siteChanged) {
            String token = newToken.orElseGet(() -> storedToken(current, input, texts));
            input.done();
            SiteProbe.Probed site = probe.probe(url.get(), Optional.of(chosen), email, token, input, texts)
                    .orElse(null);
            input.done();
            detected = site.info().kind();
            version = site.info().version();
        }
        JiraConnection edited = new JiraConnection(id, name, url.get(), chosen,
                current.kindConfirmed() || kind.isPresent(), detected, version, email, current.sync(),
                current.created(), current.updated());
        try {
            return Response.ok(json.of(store.update(edited, newToken).orElseThrow(() -> notFound(id)))).build();
        } catch (ConnectionStore.NameTakenException e) {
            return nameTaken(name, texts);
        }
    }

    /**
     * Removes the connection and its token. Its synced issues stay unless {@code removeIssues=true} (the page asks
     * first): then they are deleted too. Answers how many issues were removed.
     */
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("removeIssues") boolean removeIssues,
            @Context HttpHeaders headers) {
        Caller.of(access).requireSystemAdmin();
        connection(id);
        if (sync.running(id)) {
            // A run under way would write pages after the issues were removed.
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.message(
                    ConnectionTexts.key("deleteRunning"), ConnectionTexts.of(headers).text("deleteRunning")))
                    .build();
        }
        int removed = removeIssues ? issues.deleteIssues(issues.jiraIds(id).values()) : 0;
        store.delete(id);
        sync.forget(id);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("removedIssues", removed);
        return Response.ok(answer).build();
    }

    /**
     * Queues a run now (202), unless the connection cannot sync yet (409, saying why). {@code queued} is false when a
     * run was queued or running already: that run is the one asked for.
     */
    @POST
    @Path("/{id}/sync-now")
    public Response syncNow(@PathParam("id") long id) {
        Caller.of(access).requireSystemAdmin();
        Optional<String> blocked = synced.blocked(connection(id));
        if (blocked.isPresent()) {
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.message(
                    "saleskpi.connection.syncNow.blocked", blocked.get())).build();
        }
        boolean queued = scheduler.syncNow(id);
        Map<String, Object> answer = status(id, sync.status(id));
        answer.put("queued", queued);
        return Response.accepted(answer).build();
    }

    /**
     * The sync's progress: {@code phase}, {@code issues} and {@code pages} of the current (or last) pass, {@code rate}
     * in issues per second, {@code etaSeconds} when it can be told, {@code lastError}, {@code lastFinished}, whether a
     * run is under way, and {@code blocked} when the connection cannot sync yet.
     */
    @GET
    @Path("/{id}/status")
    public Map<String, Object> status(@PathParam("id") long id) {
        Caller.of(access).requireSystemAdmin();
        JiraConnection connection = connection(id);
        Map<String, Object> answer = status(id, sync.status(id));
        answer.put("blocked", synced.blocked(connection).orElse(null));
        return answer;
    }

    private Map<String, Object> status(long id, SyncStatus status) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("phase", status.phase().name());
        answer.put("running", sync.running(id));
        answer.put("issues", status.issues());
        answer.put("pages", status.pages());
        answer.put("rate", status.rate());
        answer.put("etaSeconds", status.eta().map(Duration::toSeconds).orElse(null));
        answer.put("lastError", status.lastError().orElse(null));
        answer.put("lastFinished", status.lastFinished().map(Instant::toString).orElse(null));
        return answer;
    }

    /**
     * {@code {jql?, fields?, intervalMinutes?, lookBackMinutes?, enabled?, permissionMode?}}: what is sent changes,
     * the rest stays. A null or blank {@code jql} and an empty {@code fields} mean the KPI profiles' scopes and
     * fields. Field names are checked against the site's {@code /rest/api/2/field}; a JQL against a search of it.
     */
    @PUT
    @Path("/{id}/sync")
    public Map<String, Object> sync(@PathParam("id") long id, JsonElement body, @Context HttpHeaders headers) {
        Caller.of(access).requireSystemAdmin();
        ConnectionTexts texts = ConnectionTexts.of(headers);
        JiraConnection current = connection(id);
        ConnectionSync was = current.sync();
        JsonInput input = JsonInput.of(body);
        Optional<String> jql = input.sent("jql") ? input.text("jql", ProfileIssues.MAX_JQL).map(String::strip)
                .filter(text -> !text.isEmpty()) : was.jql();
        List<String> fieldNames = input.sent("fields") ? input.texts("fields", JsonInput.MAX_TEXT) : was.fieldNames();
        int interval = minutes(input, "intervalMinutes", 1, texts).orElse(was.intervalMinutes());
        int lookBack = minutes(input, "lookBackMinutes", 0, texts).orElse(was.lookBackMinutes());
        boolean enabled = input.bool("enabled").orElse(was.enabled());
        PermissionMode mode = input.oneOf("permissionMode", MODES).map(PermissionMode::valueOf)
                .orElse(was.permissionMode());
        if (fieldNames.size() > MAX_FIELDS) {
            texts.reject(input, "fields", "fieldsTooMany", MAX_FIELDS);
        }
        if (jql.isPresent() && !JqlText.withoutOrderBy(jql.get()).equals(jql.get())) {
            texts.reject(input, "jql", "jqlOrderBy");
        }
        if (enabled && !current.kindConfirmed()) {
            texts.reject(input, "enabled", "kindUnconfirmed");
        }
        if (enabled && jql.isEmpty() && defaults.jql().isEmpty()) {
            texts.reject(input, "jql", "jqlNoDefault");
        }
        input.done();
        List<String> resolved = fieldNames;
        boolean jqlChanged = jql.isPresent() && !jql.equals(was.jql());
        if (!fieldNames.isEmpty() && !fieldNames.equals(was.fieldNames()) || jqlChanged) {
            JiraSite site = site(current, input, texts);
            input.done();
            JiraReader reader = readers.apply(site);
            resolved = fieldNames.isEmpty() ? fieldNames : fieldNames(reader, fieldNames, input, texts);
            if (jqlChanged) {
                checkJql(reader, jql.get(), input, texts);
            }
            input.done();
        }
        ConnectionSync sync = new ConnectionSync(jql, resolved, interval, lookBack, enabled, mode);
        JiraConnection changed = new JiraConnection(id, current.name(), current.url(), current.kind(),
                current.kindConfirmed(), current.detectedKind(), current.serverVersion(), current.email(), sync,
                current.created(), current.updated());
        return json.of(store.update(changed, Optional.empty()).orElseThrow(() -> notFound(id)));
    }

    /** The site's fields for the field picker, by name: {@code [{id, name, custom, type}]}. */
    @GET
    @Path("/{id}/fields")
    public List<Map<String, Object>> fields(@PathParam("id") long id, @Context HttpHeaders headers) {
        Caller.of(access).requireSystemAdmin();
        ConnectionTexts texts = ConnectionTexts.of(headers);
        JiraConnection current = connection(id);
        JsonInput errors = JsonInput.of(new JsonObject());
        JiraSite site = site(current, errors, texts);
        errors.done();
        List<JiraField> fields;
        try {
            fields = readers.apply(site).fields();
        } catch (JiraException | JsonParseException e) {
            throw texts.error(e instanceof JiraAuthException ? "token" : "url", "fieldsUnreadable",
                    sentence(e.getMessage()));
        }
        return fields.stream().sorted(Comparator.comparing(JiraField::name, String.CASE_INSENSITIVE_ORDER))
                .map(field -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("id", field.id());
                    item.put("name", field.name());
                    item.put("custom", field.custom());
                    item.put("type", field.schemaType());
                    return item;
                }).toList();
    }

    private JiraConnection connection(long id) {
        return store.get(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no connection " + id + ".");
    }

    private static Response nameTaken(String name, ConnectionTexts texts) {
        return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(List.of(
                new FieldError("name", ConnectionTexts.key("nameTaken"), texts.text("nameTaken", name))))).build();
    }

    private static Optional<URI> url(JsonInput input, String text, ConnectionTexts texts) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        SiteUrl.Result parsed = SiteUrl.parse(text);
        if (parsed.url().isEmpty()) {
            texts.reject(input, "url", parsed.key(), parsed.detail());
        }
        return parsed.url();
    }

    private static Optional<String> email(JsonInput input, ConnectionTexts texts) {
        Optional<String> email = input.text("email", JsonInput.MAX_TEXT).map(String::strip).filter(e -> !e.isEmpty());
        if (email.isPresent() && !email.get().matches("[^@\\s]+@[^@\\s]+")) {
            texts.reject(input, "email", "emailInvalid");
        }
        return email;
    }

    private static Optional<Integer> minutes(JsonInput input, String field, int least, ConnectionTexts texts) {
        Optional<Long> value = input.whole(field);
        if (value.isPresent() && (value.get() < least || value.get() > ConnectionSync.MAX_MINUTES)) {
            texts.reject(input, field, "minutesRange", field, least, ConnectionSync.MAX_MINUTES);
            return Optional.empty();
        }
        return value.map(Long::intValue);
    }

    private String storedToken(JiraConnection connection, JsonInput input, ConnectionTexts texts) {
        try {
            return store.token(connection.id());
        } catch (SecretBox.UnreadableSecretException e) {
            texts.reject(input, "token", "tokenUnreadable");
            return "";
        }
    }

    private JiraSite site(JiraConnection connection, JsonInput input, ConnectionTexts texts) {
        try {
            return store.site(connection);
        } catch (SecretBox.UnreadableSecretException e) {
            texts.reject(input, "token", "tokenUnreadable");
            return null;
        }
    }

    /** The names as the site spells them; names it does not know make one error on {@code fields}. */
    private static List<String> fieldNames(JiraReader reader, List<String> names, JsonInput input,
            ConnectionTexts texts) {
        List<JiraField> site;
        try {
            site = reader.fields();
        } catch (JiraException | JsonParseException e) {
            texts.reject(input, "fields", "fieldsUnchecked", sentence(e.getMessage()));
            return names;
        }
        List<String> resolved = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            String wanted = name.strip();
            Optional<JiraField> exact = site.stream().filter(f -> f.name().equals(wanted)).findFirst();
            List<JiraField> folded = site.stream()
                    .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))).toList();
            Optional<JiraField> found = exact.or(() -> folded.size() == 1 ? Optional.of(folded.get(0))
                    : Optional.empty());
            if (found.isEmpty()) {
                unknown.add(wanted);
            } else if (!resolved.contains(found.get().name())) {
                resolved.add(found.get().name());
            }
        }
        if (!unknown.isEmpty()) {
            texts.reject(input, "fields", "fieldsUnknown", String.join(", ", unknown));
        }
        return resolved;
    }

    /** A message to go inside a sentence: without its closing period (the error adds one). */
    static String sentence(String message) {
        return message == null ? "" : message.strip().replaceAll("[.\\s]+$", "");
    }

    /** A search for one issue of {@code jql}: Jira answers 400 with its reasons when it cannot run it. */
    private static void checkJql(JiraReader reader, String jql, JsonInput input, ConnectionTexts texts) {
        try {
            reader.page(jql, List.of(), null, 1);
        } catch (JiraAuthException e) {
            texts.reject(input, "jql", "jqlTokenRefused", e.status());
        } catch (JiraException e) {
            texts.reject(input, "jql", "jqlRefused", sentence(e.getMessage()));
        }
    }
}
