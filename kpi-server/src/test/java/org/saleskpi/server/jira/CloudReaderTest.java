package org.saleskpi.server.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.jira.ScriptedJira.Call;
import org.saleskpi.server.jira.ScriptedJira.Reply;

/**
 * The Cloud reader against the public fixture files: jira-cli's nextPageToken pages (PR 965) for the search,
 * the same issues answered by bulkfetch, and digitalservicebund's changelog page for the changelogs.
 */
class CloudReaderTest {
    private static final String TOKEN = "api-token-s3cr3t";

    /** The fixtures' issues carry keys only: the site answers bulkfetch with them plus an id, TEST-n -> 1000n. */
    private static final Map<String, JsonObject> ISSUES = new HashMap<>();

    static {
        for (String page : List.of("pr965_search_page1.json", "pr965_search_page2_mid.json", "pr965_search_page3.json")) {
            JsonObject o = JsonParser.parseString(ScriptedJira.fixture("jira-cli/" + page)).getAsJsonObject();
            for (JsonElement e : o.getAsJsonArray("issues")) {
                JsonObject issue = e.getAsJsonObject().deepCopy();
                String key = issue.get("key").getAsString();
                issue.addProperty("id", "1000" + key.substring("TEST-".length()));
                ISSUES.put(key, issue);
            }
        }
    }

    private static Reply search(Call call) {
        JsonObject body = call.json();
        String token = body.has("nextPageToken") ? body.get("nextPageToken").getAsString() : "";
        return Reply.json(ScriptedJira.fixture(switch (token) {
            case "" -> "jira-cli/pr965_search_page1.json";
            case "token-page-2" -> "jira-cli/pr965_search_page2_mid.json";
            case "token-page-3" -> "jira-cli/pr965_search_page3.json";
            default -> "jira-cli/pr965_search_empty.json";
        }));
    }

    private static Reply bulkIssues(Call call) {
        JsonArray issues = new JsonArray();
        for (JsonElement idOrKey : call.json().getAsJsonArray("issueIdsOrKeys")) {
            JsonObject issue = ISSUES.get(idOrKey.getAsString());
            if (issue != null) {
                issues.add(issue);
            }
        }
        JsonObject answer = new JsonObject();
        answer.add("issues", issues);
        answer.add("issueErrors", new JsonArray());
        return Reply.json(answer.toString());
    }

    /** TEST-3 (id 10003) has digitalservicebund's three histories; the others none. */
    private static Reply bulkChangelogs(Call call) {
        JsonObject page = JsonParser.parseString(
                ScriptedJira.fixture("digitalservicebund/jira-changelog-response-fixture.derived.json")).getAsJsonObject();
        JsonArray logs = new JsonArray();
        for (JsonElement id : call.json().getAsJsonArray("issueIdsOrKeys")) {
            if (id.getAsString().equals("10003")) {
                JsonObject log = new JsonObject();
                log.addProperty("issueId", "10003");
                log.add("changeHistories", page.getAsJsonArray("values"));
                logs.add(log);
            }
        }
        JsonObject answer = new JsonObject();
        answer.add("issueChangeLogs", logs);
        return Reply.json(answer.toString());
    }

    private static JiraReader reader(ScriptedJira jira) {
        return JiraReader.open(new JiraSite(jira.uri(), JiraKind.CLOUD, new JiraCredentials.Basic("ann@example.com", TOKEN)),
                new RecordedWaits().settings(4, 2));
    }

    @Test
    void readsIdsByTokenThenDetailsAndChangelogsInBulk() throws Exception {
        try (ScriptedJira jira = ScriptedJira.start(call -> switch (call.path()) {
            case CloudReader.SEARCH -> search(call);
            case CloudReader.BULK_ISSUES -> bulkIssues(call);
            case CloudReader.BULK_CHANGELOGS -> bulkChangelogs(call);
            default -> Reply.status(404, "{}");
        })) {
            JiraReader reader = reader(jira);
            List<JiraIssue> all = new ArrayList<>();
            List<String> cursors = new ArrayList<>();
            String cursor = null;
            IssuePage page;
            do {
                page = reader.page("project = TEST", List.of("status", "assignee"), cursor, 2);
                all.addAll(page.issues());
                cursor = page.nextCursor();
                cursors.add(cursor);
            } while (!page.last());

            assertThat(all).extracting(JiraIssue::key).containsExactly("TEST-1", "TEST-2", "TEST-3", "TEST-4");
            assertThat(all).extracting(JiraIssue::id).containsExactly("10001", "10002", "10003", "10004");
            assertThat(all.get(2).fields().getAsJsonObject("status").get("name").getAsString()).isEqualTo("Done");
            assertThat(all.get(2).changelog()).extracting(JiraChangeGroup::id).containsExactly("70400", "70530", "70805");
            assertThat(all.get(0).changelog()).isEmpty();
            assertThat(cursors.get(cursors.size() - 1)).isNull();

            List<Call> searches = jira.calls(CloudReader.SEARCH);
            assertThat(searches).hasSize(3);
            JsonObject first = searches.get(0).json();
            assertThat(first.get("jql").getAsString()).isEqualTo("(project = TEST) ORDER BY created ASC, id ASC");
            assertThat(first.getAsJsonArray("fields").toString()).isEqualTo("[\"id\"]");
            assertThat(first.has("nextPageToken")).isFalse();
            assertThat(searches.get(1).json().get("nextPageToken").getAsString()).isEqualTo("token-page-2");
            assertThat(searches.get(2).json().get("nextPageToken").getAsString()).isEqualTo("token-page-3");
            JsonObject bulk = jira.calls(CloudReader.BULK_ISSUES).get(0).json();
            // created is added: it places each issue for the cursor.
            assertThat(bulk.getAsJsonArray("fields").toString()).isEqualTo("[\"status\",\"assignee\",\"created\"]");
            // Basic base64("ann@example.com:" + TOKEN), never the token in clear.
            assertThat(searches.get(0).authorization()).isEqualTo(new JiraCredentials.Basic("ann@example.com", TOKEN).authorization())
                    .doesNotContain(TOKEN);
        }
    }

    @Test
    void withoutTheChangelogBulkFetchEachIssuesChangelogIsPaged() throws Exception {
        try (ScriptedJira jira = ScriptedJira.start(call -> {
            if (call.path().equals(CloudReader.SEARCH)) {
                return Reply.json(ScriptedJira.fixture("jira-cli/pr965_search_page2.json")); // TEST-3 alone, isLast
            }
            if (call.path().equals(CloudReader.BULK_ISSUES)) {
                return bulkIssues(call);
            }
            if (call.path().equals("/rest/api/3/issue/10003/changelog")) {
                return Reply.json(ScriptedJira.fixture("digitalservicebund/jira-changelog-response-fixture.derived.json"));
            }
            return Reply.status(404, "{\"errorMessages\":[\"not here\"],\"errors\":{}}");
        })) {
            IssuePage page = reader(jira).page("project = TEST", List.of("status"), null, 50);

            assertThat(page.last()).isTrue();
            assertThat(page.issues()).hasSize(1);
            List<JiraChangeGroup> changelog = page.issues().get(0).changelog();
            assertThat(changelog).extracting(JiraChangeGroup::id).containsExactly("70400", "70530", "70805");
            JiraChangeItem status = changelog.get(1).items().get(0);
            assertThat(status).isEqualTo(new JiraChangeItem("status", "status", "jira", "10123", "To Do", "10124", "In Progress"));
            assertThat(changelog.get(1).author().timeZone()).isEqualTo("Europe/Berlin");
            assertThat(jira.calls("/rest/api/3/issue/10003/changelog").get(0).query())
                    .containsEntry("startAt", "0").containsEntry("maxResults", "100");
        }
    }

    @Test
    void anEmptyLastPageEndsThePassWithoutAnyBulkFetch() throws Exception {
        try (ScriptedJira jira = ScriptedJira.start(call ->
                Reply.json(ScriptedJira.fixture("jira-cli/pr965_search_empty.json")))) {
            IssuePage page = reader(jira).page("project = TEST", List.of("status"), null, 50);
            assertThat(page.issues()).isEmpty();
            assertThat(page.last()).isTrue();
            assertThat(jira.calls()).extracting(Call::path).containsExactly(CloudReader.SEARCH);
        }
    }

    @Test
    void theCensusAsksForIdsOnlyFiveThousandAPage() throws Exception {
        try (ScriptedJira jira = ScriptedJira.start(CloudReaderTest::search)) {
            // The fixtures carry keys only, which the census then reports.
            assertThat(reader(jira).ids("project = TEST")).containsExactly("TEST-1", "TEST-2", "TEST-3", "TEST-4");
            assertThat(jira.calls()).allSatisfy(c -> {
                assertThat(c.json().get("maxResults").getAsInt()).isEqualTo(5000);
                assertThat(c.json().get("jql").getAsString()).isEqualTo("(project = TEST)");
            });
        }
    }
}
