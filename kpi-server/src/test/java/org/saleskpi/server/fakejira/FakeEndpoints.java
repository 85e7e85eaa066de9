package org.saleskpi.server.fakejira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.server.fakejira.FakeJira.Answer;

/**
 * The REST endpoints of the fake, per kind. Sources of the behaviour imitated (UNVERIFIED where none):
 * <ul>
 * <li>Cloud {@code GET|POST /rest/api/{2,3}/search/jql}: {@code {issues, nextPageToken, isLast}}, no total;
 *   {@code nextPageToken} absent on the last page (JRACLOUD-92184); default maxResults 50, up to 5000 when
 *   only id/key are requested (Cloud REST docs, quoted in PipedreamHQ/pipedream#18437), else 100
 *   (UNVERIFIED, from this issue's design); default fields: id only (UNVERIFIED); unbounded JQL refused
 *   (the JexpEvaluateCtxJqlIssues docs: "The JQL query, required to be bounded"; wording UNVERIFIED).</li>
 * <li>Cloud {@code /rest/api/{2,3}/search}: 410 Gone since the enhanced search replaced it (Atlassian
 *   changelog CHANGE-2046; wording of the message UNVERIFIED).</li>
 * <li>Cloud {@code POST /rest/api/3/issue/bulkfetch}: at most 100 ids/keys; missing or hidden issues are
 *   left out, NOT listed in {@code issueErrors} (BulkIssueResults docs, jira_v3_openapi / jira.js).</li>
 * <li>Cloud {@code POST /rest/api/3/changelog/bulkfetch}: up to 1000 issues and 10 field ids, histories
 *   sorted by date then issue id, oldest first, {@code nextPageToken} null on the last page (jira.js
 *   getBulkChangelogs and BulkChangelogResponseBean docs); default and cap of maxResults UNVERIFIED (1000).</li>
 * <li>{@code GET /rest/api/{2,3}/issue/{id}/changelog}: page {@code {self, nextPage, maxResults, startAt,
 *   total, isLast, values}} oldest first (Cloud REST docs "Get changelogs", example response); on Data
 *   Center UNVERIFIED (pycontribs/jira#911: not in the 8.7.1 Server reference); the fake serves it there too.</li>
 * <li>Data Center {@code GET|POST /rest/api/2/search}: {@code {expand, startAt, maxResults, total, issues}}
 *   (jrjc fixtures); maxResults capped at 1000, 100 with changelog, and the 10 000-result window (all
 *   UNVERIFIED values, from this issue's design).</li>
 * <li>Data Center has no {@code /rest/api/3} (404) and says {@code deploymentType: "Server"} in serverInfo
 *   (TestPlanIt/testplanit#494, Jira 10.3.13).</li>
 * <li>Auth: Cloud Basic email:API token, Data Center Bearer personal access token; 401 otherwise. The
 *   401 body's wording is UNVERIFIED.</li>
 * </ul>
 */
final class FakeEndpoints {
    private static final Pattern API = Pattern.compile("^/rest/api/(2|3|latest)/(.+?)/?$");
    private static final Pattern ISSUE = Pattern.compile("^issue/([^/]+)$");
    private static final Pattern CHANGELOG = Pattern.compile("^issue/([^/]+)/changelog$");
    private static final Pattern SECURITY = Pattern.compile("^project/([^/]+)/securitylevel$");
    private static final Pattern SECURITY_SCHEME = Pattern.compile("^project/([^/]+)/issuesecuritylevelscheme$");
    static final int DC_WINDOW = 10_000;

    private final FakeJira jira;
    private final FakeSite site;
    private final JiraKind kind;

    FakeEndpoints(FakeJira jira) {
        this.jira = jira;
        this.site = jira.site();
        this.kind = jira.kind();
    }

    Answer answer(HttpServletRequest request) {
        Matcher api = API.matcher(request.getRequestURI());
        if (!api.matches() || kind == JiraKind.DATA_CENTER && api.group(1).equals("3")) {
            return notFound(request);
        }
        String version = api.group(1).equals("latest") ? "2" : api.group(1);
        String path = api.group(2);
        String method = request.getMethod();
        FakeJson json = new FakeJson(site, kind, request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
        if (path.equals("serverInfo") && method.equals("GET")) {
            return Answer.json(200, serverInfo(json));
        }
        Optional<FakeUser> user = authenticate(request);
        if (user.isEmpty()) {
            return Answer.json(401, FakeJson.errors("You are not authenticated. Authentication required to perform this operation."))
                    .header("WWW-Authenticate", kind == JiraKind.CLOUD ? "Basic realm=\"protected-area\"" : "Bearer");
        }
        String me = user.get().accountId();
        try {
            JsonObject body = method.equals("POST") ? body(request) : null;
            if (method.equals("GET") && path.equals("myself")) {
                return Answer.json(200, json.myself(me));
            }
            if (method.equals("GET") && path.equals("field")) {
                return Answer.json(200, FakeJira.array(site.fields().stream().map(json::field).toList()));
            }
            if (method.equals("GET") && path.equals("project")) {
                return Answer.json(200, FakeJira.array(site.projects().stream()
                        .filter(p -> site.visibleProjects(me).contains(p.key())).map(json::project).toList()));
            }
            Matcher security = SECURITY.matcher(path);
            if (method.equals("GET") && security.matches()) {
                return securityLevels(json, me, security.group(1));
            }
            Matcher scheme = SECURITY_SCHEME.matcher(path);
            if (method.equals("GET") && scheme.matches()) {
                return securityScheme(json, me, scheme.group(1));
            }
            if (path.equals("search") && (method.equals("GET") || method.equals("POST"))) {
                return kind == JiraKind.CLOUD ? gone() : dataCenterSearch(json, me, request, body, version);
            }
            if (path.equals("search/jql") && kind == JiraKind.CLOUD && (method.equals("GET") || method.equals("POST"))) {
                return cloudSearch(json, me, request, body, version);
            }
            if (path.equals("issue/bulkfetch") && kind == JiraKind.CLOUD && method.equals("POST")) {
                return bulkFetch(json, me, body, version);
            }
            if (path.equals("changelog/bulkfetch") && kind == JiraKind.CLOUD && method.equals("POST")) {
                return changelogBulkFetch(json, me, body);
            }
            Matcher changelog = CHANGELOG.matcher(path);
            if (method.equals("GET") && changelog.matches()) {
                return changelogPage(json, me, changelog.group(1), request, version);
            }
            Matcher issue = ISSUE.matcher(path);
            if (method.equals("GET") && issue.matches()) {
                return singleIssue(json, me, issue.group(1), request, version);
            }
            return notFound(request);
        } catch (FakeJqlException e) {
            return Answer.json(400, FakeJson.queryErrors(e.getMessage()));
        } catch (BadRequest e) {
            return Answer.json(400, FakeJson.errors(e.getMessage()));
        }
    }

    /** A request Jira refuses with 400 and this message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private Optional<FakeUser> authenticate(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        if (kind == JiraKind.CLOUD && header.startsWith("Basic ")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String email = decoded.substring(0, colon);
            String token = decoded.substring(colon + 1);
            return site.userOfToken(token).filter(u -> u.email().equalsIgnoreCase(email))
                    .filter(u -> !jira.faults().expired(token));
        }
        if (kind == JiraKind.DATA_CENTER && header.startsWith("Bearer ")) {
            String token = header.substring(7).trim();
            return site.userOfToken(token).filter(u -> !jira.faults().expired(token));
        }
        return Optional.empty();
    }

    private JsonObject serverInfo(FakeJson json) {
        JsonObject info = new JsonObject();
        boolean cloud = kind == JiraKind.CLOUD;
        info.addProperty("baseUrl", jira.uri().toString());
        info.addProperty("version", cloud ? "1001.0.0-SNAPSHOT" : "10.3.13");
        JsonArray numbers = new JsonArray();
        (cloud ? List.of(1001, 0, 0) : List.of(10, 3, 13)).forEach(numbers::add);
        info.add("versionNumbers", numbers);
        info.addProperty("deploymentType", cloud ? "Cloud" : "Server");
        info.addProperty("buildNumber", cloud ? 100_300 : 10_030_013);
        info.addProperty("buildDate", json.timestamp(site.now().minusSeconds(86_400L * 30)));
        info.addProperty("serverTime", json.timestamp(site.now()));
        info.addProperty("scmInfo", "0e8f1c4b5d3a7f2e9c6b1a0d4e7f2c9b8a5d3e1f");
        info.addProperty("serverTitle", "Fake Jira");
        return info;
    }

    private Answer securityLevels(FakeJson json, String me, String projectKeyOrId) {
        Optional<FakeProject> project = site.projects().stream()
                .filter(p -> p.key().equalsIgnoreCase(projectKeyOrId) || p.id().equals(projectKeyOrId))
                .filter(p -> site.visibleProjects(me).contains(p.key())).findFirst();
        if (project.isEmpty()) {
            return Answer.json(404, FakeJson.errors("No project could be found with key '" + projectKeyOrId + "'."));
        }
        JsonArray levels = new JsonArray();
        if (project.get().securityLevelId() != null) {
            levels.add(json.securityLevel(project.get()));
        }
        JsonObject answer = new JsonObject();
        answer.add("levels", levels);
        return Answer.json(200, answer);
    }

    /**
     * {@code GET /rest/api/2/project/{projectKeyOrId}/issuesecuritylevelscheme}: the project's issue
     * security scheme, for Jira administrators only (Cloud REST docs, "Get project issue security scheme":
     * Administer Jira permission). UNVERIFIED: the 403 wording for others, and that a project without a
     * scheme answers 404 (the fake's choice, as the client reads it).
     */
    private Answer securityScheme(FakeJson json, String me, String projectKeyOrId) {
        if (!site.administers(me)) {
            return Answer.json(403, FakeJson.errors("You do not have the permission to see the specified project's issue security scheme."));
        }
        Optional<FakeProject> project = site.projects().stream()
                .filter(p -> p.key().equalsIgnoreCase(projectKeyOrId) || p.id().equals(projectKeyOrId)).findFirst();
        if (project.isEmpty()) {
            return Answer.json(404, FakeJson.errors("No project could be found with key '" + projectKeyOrId + "'."));
        }
        if (project.get().securityLevelId() == null) {
            return Answer.json(404, FakeJson.errors("The project does not use an issue security scheme."));
        }
        JsonObject scheme = new JsonObject();
        long id = 10_000 + project.get().securityLevelId() % 1000;
        scheme.addProperty("self", jira.uri() + "/rest/api/2/issuesecurityschemes/" + id);
        scheme.addProperty("id", id);
        scheme.addProperty("name", project.get().name() + " security");
        scheme.addProperty("description", "Who may see which " + project.get().name().toLowerCase(Locale.ROOT));
        scheme.addProperty("defaultSecurityLevelId", project.get().securityLevelId());
        JsonArray levels = new JsonArray();
        levels.add(json.securityLevel(project.get()));
        scheme.add("levels", levels);
        return Answer.json(200, scheme);
    }

    private Answer gone() {
        return Answer.json(410, FakeJson.errors("The requested API has been removed. Please migrate to the /rest/api/3/search/jql API."
                + " A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046"));
    }

    private Answer cloudSearch(FakeJson json, String me, HttpServletRequest request, JsonObject body, String version) {
        String jql = body != null ? text(body, "jql") : request.getParameter("jql");
        String token = body != null ? text(body, "nextPageToken") : request.getParameter("nextPageToken");
        int maxResults = body != null ? integer(body, "maxResults", 50) : integer(request.getParameter("maxResults"), "maxResults", 50);
        List<String> requested = body != null ? strings(body, "fields") : parameters(request, "fields");
        Set<String> expand = body != null ? expand(body.get("expand")) : expand(request.getParameterValues("expand"));
        if (jql == null || jql.isBlank() || jql.trim().toUpperCase(Locale.ROOT).startsWith("ORDER BY")) {
            throw new BadRequest("Unbounded JQL queries are not allowed here. Please add a search restriction to your query.");
        }
        Collection<String> fields = fields(requested, List.of("id"));
        boolean changelog = expand.contains("changelog");
        List<FakeIssue> hits = jira.searches.run(jql, me);
        int offset = token == null || token.isEmpty() ? 0 : offset(token, jql);
        int max = Math.min(Math.max(maxResults, 1), fields.isEmpty() && !changelog ? 5000 : 100);
        List<FakeIssue> page = hits.subList(Math.min(offset, hits.size()), Math.min(offset + max, hits.size()));
        JsonObject answer = new JsonObject();
        int cut = jira.faults().changelogCut();
        answer.add("issues", FakeJira.array(page.stream().map(i -> json.issue(i, fields, changelog, cut, version)).toList()));
        boolean last = offset + max >= hits.size();
        if (!last) {
            answer.addProperty("nextPageToken", token(offset + max, jql));
        }
        answer.addProperty("isLast", last);
        explain(json, answer, expand);
        shiftIfDue(page);
        return Answer.json(200, answer);
    }

    private Answer dataCenterSearch(FakeJson json, String me, HttpServletRequest request, JsonObject body, String version) {
        String jql = body != null ? text(body, "jql") : request.getParameter("jql");
        int startAt = body != null ? integer(body, "startAt", 0) : integer(request.getParameter("startAt"), "startAt", 0);
        int maxResults = body != null ? integer(body, "maxResults", 50) : integer(request.getParameter("maxResults"), "maxResults", 50);
        List<String> requested = body != null ? strings(body, "fields") : parameters(request, "fields");
        Set<String> expand = body != null ? expand(body.get("expand")) : expand(request.getParameterValues("expand"));
        if (startAt < 0) {
            throw new BadRequest("The 'startAt' parameter must not be negative.");
        }
        if (startAt >= DC_WINDOW) {
            throw new BadRequest("The search window is limited to " + DC_WINDOW + " results: 'startAt' " + startAt
                    + " is beyond it. Narrow the query (for example with 'id > N') instead.");
        }
        Collection<String> fields = fields(requested, null);
        boolean changelog = expand.contains("changelog");
        List<FakeIssue> hits = jira.searches.run(jql == null ? "" : jql, me);
        int max = Math.min(Math.max(maxResults, 0), Math.min(changelog ? 100 : 1000, DC_WINDOW - startAt));
        List<FakeIssue> page = hits.subList(Math.min(startAt, hits.size()), Math.min(startAt + max, hits.size()));
        JsonObject answer = new JsonObject();
        answer.addProperty("expand", "schema,names");
        answer.addProperty("startAt", startAt);
        answer.addProperty("maxResults", max);
        answer.addProperty("total", hits.size());
        int cut = jira.faults().changelogCut();
        answer.add("issues", FakeJira.array(page.stream().map(i -> json.issue(i, fields, changelog, cut, version)).toList()));
        explain(json, answer, expand);
        shiftIfDue(page);
        return Answer.json(200, answer);
    }

    /** {@code expand=names,schema} on a search: the fields' names and schemas beside the issues (jrjc fixtures). */
    private static void explain(FakeJson json, JsonObject answer, Set<String> expand) {
        if (expand.contains("names")) {
            answer.add("names", json.names());
        }
        if (expand.contains("schema")) {
            answer.add("schema", json.schemas());
        }
    }

    private void shiftIfDue(List<FakeIssue> page) {
        if (jira.faults().shiftDue() && !page.isEmpty()) {
            site.moveInBefore(page.get(0));
        }
    }

    private Answer bulkFetch(FakeJson json, String me, JsonObject body, String version) {
        List<String> ids = strings(body, "issueIdsOrKeys");
        if (ids.isEmpty() || ids.size() > 100) {
            throw new BadRequest("'issueIdsOrKeys' must hold between 1 and 100 issue ids or keys.");
        }
        Collection<String> fields = fields(strings(body, "fields"), null);
        boolean changelog = expand(body.get("expand")).contains("changelog");
        Map<String, FakeIssue> found = new LinkedHashMap<>();
        for (String idOrKey : ids) {
            site.issue(idOrKey).filter(issue -> site.canSee(me, issue)).ifPresent(issue -> found.putIfAbsent(issue.id(), issue));
        }
        int cut = jira.faults().changelogCut();
        JsonObject answer = new JsonObject();
        answer.addProperty("expand", "schema,names");
        answer.add("issues", FakeJira.array(found.values().stream().map(i -> json.issue(i, fields, changelog, cut, version)).toList()));
        answer.add("issueErrors", new JsonArray());
        return Answer.json(200, answer);
    }

    private Answer changelogBulkFetch(FakeJson json, String me, JsonObject body) {
        List<String> ids = strings(body, "issueIdsOrKeys");
        if (ids.isEmpty() || ids.size() > 1000) {
            throw new BadRequest("'issueIdsOrKeys' must hold between 1 and 1000 issue ids or keys.");
        }
        List<String> fieldIds = strings(body, "fieldIds");
        if (fieldIds.size() > 10) {
            throw new BadRequest("'fieldIds' may hold at most 10 field ids.");
        }
        int max = Math.min(Math.max(integer(body, "maxResults", 1000), 1), 1000);
        String token = text(body, "nextPageToken");
        record Entry(FakeIssue issue, FakeChangeGroup group) {
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String idOrKey : ids) {
            Optional<FakeIssue> issue = site.issue(idOrKey).filter(i -> site.canSee(me, i));
            if (issue.isEmpty() || !seen.add(issue.get().id())) {
                continue;
            }
            for (FakeChangeGroup group : issue.get().changelog()) {
                List<FakeChangeItem> items = fieldIds.isEmpty() ? group.items()
                        : group.items().stream().filter(item -> fieldIds.contains(item.fieldId())).toList();
                if (!items.isEmpty()) {
                    entries.add(new Entry(issue.get(), new FakeChangeGroup(group.id(), group.authorAccountId(), group.created(), items)));
                }
            }
        }
        entries.sort(java.util.Comparator.comparing((Entry e) -> e.group().created()).thenComparingLong(e -> e.issue().numericId()));
        String scope = String.join(",", ids) + "|" + String.join(",", fieldIds);
        int offset = token == null || token.isEmpty() ? 0 : offset(token, scope);
        List<Entry> page = entries.subList(Math.min(offset, entries.size()), Math.min(offset + max, entries.size()));
        Map<String, JsonArray> byIssue = new LinkedHashMap<>();
        for (Entry entry : page) {
            byIssue.computeIfAbsent(entry.issue().id(), id -> new JsonArray()).add(json.history(entry.group()));
        }
        JsonArray logs = new JsonArray();
        byIssue.forEach((issueId, histories) -> {
            JsonObject log = new JsonObject();
            log.addProperty("issueId", issueId);
            log.add("changeHistories", histories);
            logs.add(log);
        });
        JsonObject answer = new JsonObject();
        answer.add("issueChangeLogs", logs);
        if (offset + max < entries.size()) {
            answer.addProperty("nextPageToken", token(offset + max, scope));
        }
        return Answer.json(200, answer);
    }

    private Answer changelogPage(FakeJson json, String me, String idOrKey, HttpServletRequest request, String version) {
        Optional<FakeIssue> issue = site.issue(idOrKey).filter(i -> site.canSee(me, i));
        if (issue.isEmpty()) {
            return Answer.json(404, FakeJson.errors("Issue does not exist or you do not have permission to see it."));
        }
        int startAt = Math.max(0, integer(request.getParameter("startAt"), "startAt", 0));
        int max = Math.min(Math.max(integer(request.getParameter("maxResults"), "maxResults", 100), 1), 100);
        List<FakeChangeGroup> all = issue.get().changelog();
        List<FakeChangeGroup> values = all.subList(Math.min(startAt, all.size()), Math.min(startAt + max, all.size()));
        String self = jira.uri() + "/rest/api/" + version + "/issue/" + issue.get().key() + "/changelog";
        boolean last = startAt + max >= all.size();
        JsonObject answer = new JsonObject();
        answer.addProperty("self", self + "?startAt=" + startAt + "&maxResults=" + max);
        if (!last) {
            answer.addProperty("nextPage", self + "?startAt=" + (startAt + max) + "&maxResults=" + max);
        }
        answer.addProperty("maxResults", max);
        answer.addProperty("startAt", startAt);
        answer.addProperty("total", all.size());
        answer.addProperty("isLast", last);
        answer.add("values", FakeJira.array(values.stream().map(json::history).toList()));
        return Answer.json(200, answer);
    }

    /**
     * {@code GET /rest/api/2/issue/{id}}: Cloud embeds at most the newest 100 histories
     * (pycontribs/jira#911); Data Center embeds all of them (UNVERIFIED; estuary/connectors#2523 links
     * JRASERVER-60107, out-of-memory errors from loading whole changelogs, which suggests no cut).
     */
    private Answer singleIssue(FakeJson json, String me, String idOrKey, HttpServletRequest request, String version) {
        Optional<FakeIssue> issue = site.issue(idOrKey).filter(i -> site.canSee(me, i));
        if (issue.isEmpty()) {
            return Answer.json(404, FakeJson.errors("Issue does not exist or you do not have permission to see it."));
        }
        Collection<String> fields = fields(parameters(request, "fields"), null);
        boolean changelog = expand(request.getParameterValues("expand")).contains("changelog");
        int cut = kind == JiraKind.CLOUD ? jira.faults().changelogCut() : Integer.MAX_VALUE;
        return Answer.json(200, json.issue(issue.get(), fields, changelog, cut, version));
    }

    private Answer notFound(HttpServletRequest request) {
        return Answer.json(404, FakeJson.errors("null for uri: " + jira.uri() + request.getRequestURI()));
    }

    // ---- request parsing ----

    private static JsonObject body(HttpServletRequest request) {
        try {
            String text = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            JsonElement body = FakeJira.parse(text);
            if (!body.isJsonObject()) {
                throw new BadRequest("Invalid request payload. Refer to the REST API documentation and try again.");
            }
            return body.getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new BadRequest("Invalid request payload. Refer to the REST API documentation and try again.");
        }
    }

    /**
     * Requested fields: null for every field, an empty set for none (only id and key, which every issue
     * carries). Accepts "*all", "*navigable", ids, "-id" exclusions, comma-separated or repeated.
     */
    private static Collection<String> fields(List<String> requested, List<String> defaults) {
        List<String> names = new ArrayList<>();
        for (String entry : requested.isEmpty() && defaults != null ? defaults : requested) {
            Arrays.stream(entry.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        if (names.isEmpty()) {
            return null;
        }
        Set<String> fields = new LinkedHashSet<>();
        boolean all = false;
        for (String name : names) {
            if (name.equals("*all") || name.equals("*navigable")) {
                all = true;
            } else if (!name.startsWith("-") && !name.equals("id") && !name.equals("key")) {
                fields.add(name);
            }
        }
        if (all) {
            FakeSchema.FIELDS.forEach(f -> fields.add(f.id()));
        }
        names.stream().filter(n -> n.startsWith("-")).forEach(n -> fields.remove(n.substring(1)));
        return fields;
    }

    private static Set<String> expand(JsonElement expand) {
        if (expand == null || expand.isJsonNull()) {
            return Set.of();
        }
        if (expand.isJsonArray()) {
            Set<String> values = new LinkedHashSet<>();
            expand.getAsJsonArray().forEach(e -> values.addAll(expand(new String[] {e.getAsString()})));
            return values;
        }
        return expand(new String[] {expand.getAsString()});
    }

    private static Set<String> expand(String[] values) {
        Set<String> expand = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                Arrays.stream(value.split(",")).map(String::trim).forEach(expand::add);
            }
        }
        return expand;
    }

    private static List<String> parameters(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    private static String text(JsonObject body, String name) {
        JsonElement value = body.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static List<String> strings(JsonObject body, String name) {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            return List.of();
        }
        if (!value.isJsonArray()) {
            throw new BadRequest("'" + name + "' must be a list.");
        }
        List<String> strings = new ArrayList<>();
        value.getAsJsonArray().forEach(e -> strings.add(e.getAsString()));
        return strings;
    }

    private static int integer(JsonObject body, String name, int fallback) {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            return fallback;
        }
        try {
            return value.getAsInt();
        } catch (NumberFormatException | UnsupportedOperationException e) {
            throw new BadRequest("'" + name + "' must be a number.");
        }
    }

    private static int integer(String value, String name, int fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + name + "' must be a number.");
        }
    }

    /** An opaque page token: the offset, bound to the query it pages (UNVERIFIED what Jira's tokens hold). */
    private static String token(int offset, String scope) {
        String text = offset + ":" + Integer.toHexString(scope.hashCode());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token, String scope) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
            if (parts.length == 2 && parts[1].equals(Integer.toHexString(scope.hashCode()))) {
                return Integer.parseInt(parts[0]);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new BadRequest("The provided next page token is invalid or expired.");
    }
}
