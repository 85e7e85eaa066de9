package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Api.json;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.server.RunningServer;

/**
 * Bad requests to the server's own endpoints, sent by the admin over HTTP: each is refused with a
 * 4xx naming the field at fault, writes nothing (users, roles, tokens, issues and imports are read
 * before and after), and shows no stack trace.
 */
class ValidationOverHttpTest {
    private static final String LONG = "n".repeat(256);
    /** The id of the first custom field a server defines, Amount here (checked in {@link #start}). */
    private static final String AMOUNT = "customfield_10000";
    private static RunningServer server;
    private static Api api;
    private static Client admin;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
        api = Api.of(server);
        admin = api.admin();
        api.user("val", "Val Valid");
        api.role("ACME", "val", "viewer");
        assertThat(api.defineSalesFields().get("Amount")).isEqualTo(AMOUNT);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** A request: method, path, body (null for none) and the field the refusal must name. */
    record Bad(String what, String method, String path, String contentType, String body, int status, String field) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Bad> badRequests() {
        return Stream.of(
                issue("issue: malformed JSON", "{\"key\":\"ACME-2\",\"fields\":{", null),
                issue("issue: key is a number", "{\"key\":12,\"fields\":" + fields() + "}", "key"),
                issue("issue: key not a Jira key", "{\"key\":\"acme one\",\"fields\":" + fields() + "}", "key"),
                issue("issue: fields is a list", "{\"key\":\"ACME-2\",\"fields\":[]}", "fields"),
                issue("issue: summary is a number", acme2("summary", 5), "fields.summary"),
                issue("issue: summary over 255", acme2("summary", LONG), "fields.summary"),
                issue("issue: unknown assignee", acme2("assignee", "ghost"), "fields.assignee"),
                issue("issue: created not a time", acme2("created", "yesterday"), "fields.created"),
                issue("issue: resolved before created", acme2("created", "2024-03-10T10:00:00Z",
                        "resolutiondate", "2024-03-01T10:00:00Z"), "fields.resolutiondate"),
                issue("issue: due date 30 February", acme2("duedate", "2024-02-30"), "fields.duedate"),
                issue("issue: unknown custom field", acme2("customfield_99999", 1), "fields.customfield_99999"),
                issue("issue: amount is text", acme2(AMOUNT, "lots"), "fields." + AMOUNT),
                issue("issue: label with a space", acme2("labels", new Api.Raw("[\"two words\"]")), "fields.labels[0]"),
                issue("issue: statusCategory unknown", acme2("statusCategory", "finished"), "fields.statusCategory"),
                issue("issue: project not the key's", acme2("project", "BETA"), "fields.project"),
                new Bad("issue: a list instead of an object", "POST", "/issues", "application/json", "[1,2]", 400, null),
                csv("import: empty body", "/imports?timeZone=UTC", "", "file"),
                csv("import: unknown time zone", "/imports?timeZone=Nowhere/City", "Issue key\nACME-9\n", "timeZone"),
                csv("import: broken date format", "/imports?dateFormat=" + Api.query("dd/MMM/yy 'at"),
                        "Issue key,Summary,Issue Type,Status,Created\nACME-9,x,Lead,Open,01/Mar/24 at\n", "dateFormat"),
                csv("import: project key not a key", "/imports?project=" + Api.query("no such project!"),
                        "Issue key\nACME-9\n", "project"),
                new Bad("import: JSON instead of CSV", "POST", "/imports", "application/json", "{}", 415, null),
                user("user: malformed JSON", "{\"username\":", null),
                user("user: username over 255", json("username", LONG, "password", Api.PASSWORD), "username"),
                user("user: username with a space", json("username", "two words", "password", Api.PASSWORD), "username"),
                user("user: password too short", json("username", "shorty", "password", "abc"), "password"),
                user("user: password a number", json("username", "numeric", "password", 12345678), "password"),
                user("user: globalAdmin a text", json("username", "texty", "password", Api.PASSWORD,
                        "globalAdmin", "yes"), "globalAdmin"),
                user("user: displayName over 255", json("username", "longname", "password", Api.PASSWORD,
                        "displayName", LONG), "displayName"),
                new Bad("user: taken username", "POST", "/users", "application/json",
                        json("username", "val", "password", Api.PASSWORD), 409, "username"),
                role("role: unknown role", "/projects/ACME/roles/val", json("role", "boss"), 400, "role"),
                role("role: role a number", "/projects/ACME/roles/val", json("role", 3), 400, "role"),
                role("role: malformed JSON", "/projects/ACME/roles/val", "{\"role\"", 400, null),
                role("role: bad project key", "/projects/1ACME/roles/val", json("role", "viewer"), 400, "projectKey"),
                role("role: unknown person", "/projects/ACME/roles/ghost", json("role", "viewer"), 404, null),
                session("session: malformed JSON", "{\"username\":\"val\"", null),
                session("session: username missing", json("password", Api.PASSWORD), "username"),
                session("session: password a number", json("username", "val", "password", 5), "password"),
                session("session: username over 255", json("username", LONG, "password", Api.PASSWORD), "username"),
                token("token: name missing", "{}", "name"),
                token("token: name over 255", json("name", LONG), "name"),
                token("token: name a list", json("name", new Api.Raw("[\"a\"]")), "name"),
                token("token: malformed JSON", "{\"name\":", null),
                new Bad("token: revoke an unknown id", "DELETE", "/tokens/not-a-number", null, null, 404, null),
                search("search: bad JQL", "jql=" + Api.query("project = "), "jql"),
                search("search: unknown JQL field", "jql=" + Api.query("colour = red"), "jql"),
                search("search: negative startAt", "startAt=-1", "startAt"),
                search("search: maxResults not a number", "maxResults=many", "maxResults"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedNamingTheFieldAndWritesNothing(Bad bad) {
        Map<String, Integer> before = state();

        Answer answer = send(bad);

        assertThat(answer.status()).as(answer.body()).isEqualTo(bad.status());
        if (bad.field() != null) {
            assertThat(answer.errorFields()).as(answer.body()).contains(bad.field());
        }
        answer.object().getAsJsonArray("errors").forEach(error -> {
            String message = error.getAsJsonObject().get("message").getAsString();
            assertThat(message).describedAs("a message for people").isNotBlank().doesNotEndWith("..")
                    .doesNotStartWith(bad.field() + " " + bad.field() + " ");
        });
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.");
        assertThat(state()).isEqualTo(before);
    }

    private static Answer send(Bad bad) {
        Client caller = bad.what().startsWith("session:") ? api.anonymous() : admin;
        switch (bad.method()) {
            case "GET":
                return caller.get(bad.path());
            case "PUT":
                return caller.put(bad.path(), bad.body());
            case "DELETE":
                return caller.delete(bad.path());
            default:
                return caller.postFile(bad.path(), bad.contentType(), bad.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What the requests could have written: how many issues, users, ACME members, tokens and imports. */
    private static Map<String, Integer> state() {
        return Map.of("issues", admin.get("/issues?jql=").number("total").intValue(),
                "users", admin.get("/users").array().size(),
                "members", admin.get("/projects/ACME/roles").array().size(),
                "tokens", admin.get("/tokens").array().size(),
                "imports", admin.get("/imports").array().size());
    }

    /** The fields of a valid lead of ACME, with these names and values added or replacing its own. */
    private static String fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("project", "ACME", "issuetype", "Lead",
                "status", "Open", "summary", "A lead"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i].toString(), namesAndValues[i + 1]);
        }
        return json(fields.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray());
    }

    /** {@code POST /issues} of ACME-2 with {@link #fields} changed so. */
    private static String acme2(Object... namesAndValues) {
        return json("key", "ACME-2", "fields", new Api.Raw(fields(namesAndValues)));
    }

    private static Bad issue(String what, String body, String field) {
        return new Bad(what, "POST", "/issues", "application/json", body, 400, field);
    }

    private static Bad csv(String what, String path, String body, String field) {
        return new Bad(what, "POST", path, "text/csv", body, 400, field);
    }

    private static Bad user(String what, String body, String field) {
        return new Bad(what, "POST", "/users", "application/json", body, 400, field);
    }

    private static Bad role(String what, String path, String body, int status, String field) {
        return new Bad(what, "PUT", path, "application/json", body, status, field);
    }

    private static Bad session(String what, String body, String field) {
        return new Bad(what, "POST", "/session", "application/json", body, 400, field);
    }

    private static Bad token(String what, String body, String field) {
        return new Bad(what, "POST", "/tokens", "application/json", body, 400, field);
    }

    private static Bad search(String what, String query, String field) {
        return new Bad(what, "GET", "/issues?" + query, null, null, 400, field);
    }

}
