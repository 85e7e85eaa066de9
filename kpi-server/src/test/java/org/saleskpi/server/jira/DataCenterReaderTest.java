package org.saleskpi.server.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.jira.ScriptedJira.Call;
import org.saleskpi.server.jira.ScriptedJira.Reply;

/** The Data Center reader against the public fixture files, served as a Data Center would serve them. */
class DataCenterReaderTest {
    private static final String PAT = "pat-secret-4711";

    private static JiraReader reader(ScriptedJira jira) {
        return JiraReader.open(new JiraSite(jira.uri(), JiraKind.DATA_CENTER, new JiraCredentials.Bearer(PAT)),
                new RecordedWaits().settings(2, 2));
    }

    @Test
    void pagesByIdRangesSoThatNoPageShiftsAndNoRequestPassesTheWindow() throws Exception {
        // Page one: the jrjc search page (8 of 15 issues, ids 10030..10075); page two: jira-ruby's empty page.
        try (ScriptedJira jira = ScriptedJira.start(call -> call.query().get("jql").contains("id >")
                ? Reply.json(ScriptedJira.fixture("jira-ruby/empty_issues.json"))
                : Reply.json(ScriptedJira.fixture("jrjc/search_many-issues.json")))) {
            JiraReader reader = reader(jira);

            IssuePage first = reader.page("project = TST", List.of("status", "customfield_10000"), null, 50);
            assertThat(first.issues()).extracting(JiraIssue::key)
                    .containsExactly("TST-13", "TST-12", "TST-11", "TST-10", "TST-9", "TST-8", "TST-7", "TST-6");
            assertThat(first.issues().get(0).id()).isEqualTo("10075");
            assertThat(first.issues().get(3).fields().get("customfield_10000").getAsDouble()).isEqualTo(1.457); // TST-10
            assertThat(first.last()).isFalse(); // 8 shown of 15

            IssuePage second = reader.page("project = TST", List.of("status", "customfield_10000"), first.nextCursor(), 50);
            assertThat(second.issues()).isEmpty();
            assertThat(second.last()).isTrue();
            assertThat(second.nextCursor()).isNull();

            List<Call> searches = jira.calls(DataCenterReader.SEARCH);
            assertThat(searches).hasSize(2);
            assertThat(searches.get(0).query()).containsEntry("jql", "(project = TST) ORDER BY id ASC")
                    .containsEntry("startAt", "0").containsEntry("maxResults", "50")
                    .containsEntry("fields", "status,customfield_10000").containsEntry("expand", "changelog");
            // The next range starts after the highest id seen (10075), again from startAt 0.
            assertThat(searches.get(1).query()).containsEntry("jql", "(project = TST) AND id > 10075 ORDER BY id ASC")
                    .containsEntry("startAt", "0");
            assertThat(searches.get(0).authorization()).isEqualTo("Bearer " + PAT);
        }
    }

    @Test
    void anEmbeddedChangelogCutOffIsReadWholeFromTheIssueWhenTheChangelogEndpointIsMissing() throws Exception {
        String issueWithChangelog = ScriptedJira.fixture("jrjc/issue_valid-5.0-with-changelog.json");
        JsonObject whole = JsonParser.parseString(issueWithChangelog).getAsJsonObject();
        // Derived from jrjc's search_issues1.json: its one issue carries the first history of four, total 4.
        JsonObject page = JsonParser.parseString(ScriptedJira.fixture("jrjc/search_issues1.json")).getAsJsonObject();
        JsonObject issue = page.getAsJsonArray("issues").get(0).getAsJsonObject();
        String id = issue.get("id").getAsString();
        JsonArray oneHistory = new JsonArray();
        oneHistory.add(whole.getAsJsonObject("changelog").getAsJsonArray("histories").get(0));
        JsonObject cut = new JsonObject();
        cut.addProperty("startAt", 0);
        cut.addProperty("maxResults", 1);
        cut.addProperty("total", 4);
        cut.add("histories", oneHistory);
        issue.add("changelog", cut);

        try (ScriptedJira jira = ScriptedJira.start(call -> {
            if (call.path().equals(DataCenterReader.SEARCH)) {
                return Reply.json(page.toString());
            }
            if (call.path().equals("/rest/api/2/issue/" + id + "/changelog")) {
                return Reply.status(404, "{\"errorMessages\":[\"null for uri\"],\"errors\":{}}");
            }
            if (call.path().equals("/rest/api/2/field")) { // the fixture's items name their fields only
                return Reply.json("[{\"id\":\"assignee\",\"name\":\"Assignee\",\"custom\":false},"
                        + "{\"id\":\"duedate\",\"name\":\"Due Date\",\"custom\":false},"
                        + "{\"id\":\"customfield_10001\",\"name\":\"Radio Field\",\"custom\":true}]");
            }
            return Reply.json(issueWithChangelog);
        })) {
            IssuePage read = reader(jira).page("project = TST", List.of("status"), null, 100);

            List<JiraChangeGroup> changelog = read.issues().get(0).changelog();
            assertThat(changelog).extracting(JiraChangeGroup::id).containsExactly("10000", "10001", "10002", "10003");
            // 2012-04-12T14:28:28.255+0200 is 12:28:28.255 UTC.
            assertThat(changelog.get(0).created()).isEqualTo(Instant.parse("2012-04-12T12:28:28.255Z"));
            assertThat(changelog.get(0).author().name()).isEqualTo("user1");
            JiraChangeItem assignee = changelog.get(1).items().get(0);
            assertThat(assignee).isEqualTo(new JiraChangeItem("assignee", "assignee", "jira", "user1", "User One", "user2", "User Two"));
            // A custom field named only by its name gets its id from the field list.
            assertThat(changelog.get(0).items()).extracting(JiraChangeItem::field, JiraChangeItem::fieldId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("duedate", "duedate"),
                            org.assertj.core.groups.Tuple.tuple("Radio Field", "customfield_10001"));
            assertThat(jira.calls("/rest/api/2/issue/" + id).get(0).query()).containsEntry("expand", "changelog");
        }
    }

    @Test
    void anEmbeddedChangelogCutOffIsPagedThroughTheChangelogEndpointWhereItExists() throws Exception {
        JsonObject page = JsonParser.parseString(ScriptedJira.fixture("jrjc/search_issues1.json")).getAsJsonObject();
        JsonObject issue = page.getAsJsonArray("issues").get(0).getAsJsonObject();
        JsonObject cut = new JsonObject();
        cut.addProperty("startAt", 0);
        cut.addProperty("maxResults", 0);
        cut.addProperty("total", 6);
        cut.add("histories", new JsonArray());
        issue.add("changelog", cut);
        try (ScriptedJira jira = ScriptedJira.start(call -> call.path().equals(DataCenterReader.SEARCH)
                ? Reply.json(page.toString())
                : Reply.json(ScriptedJira.fixture("digitalservicebund/jira-changelog-response-fixture.derived.json")))) {
            List<JiraChangeGroup> changelog = reader(jira).page("project = TST", List.of(), null, 100)
                    .issues().get(0).changelog();

            // The digitalservicebund page: three histories, To Do -> In Progress -> Done, isLast true.
            assertThat(changelog).extracting(JiraChangeGroup::id).containsExactly("70400", "70530", "70805");
            assertThat(changelog.get(2).items()).extracting(JiraChangeItem::toText).containsExactly("Done", "Done");
            assertThat(jira.calls()).hasSize(2);
        }
    }

    @Test
    void anAnswerThatIsNotJsonFailsThePageWithoutTheToken() throws Exception {
        try (ScriptedJira jira = ScriptedJira.start(call ->
                Reply.json(ScriptedJira.fixture("jrjc/search_issues-invalid-total.json")))) {
            assertThatThrownBy(() -> reader(jira).page("project = TST", List.of(), null, 10))
                    .isInstanceOf(JiraException.class)
                    .hasMessageContaining("/rest/api/2/search").hasMessageContaining("not valid JSON")
                    .hasMessageNotContaining(PAT);
            assertThat(jira.calls()).hasSize(1); // a broken answer is not retried
        }
    }

    @Test
    void theCensusReadsIdsOnlyByTheSameRanges() throws Exception {
        try (ScriptedJira jira = ScriptedJira.start(call -> call.query().get("jql").contains("id >")
                ? Reply.json(ScriptedJira.fixture("jira-ruby/empty_issues.json"))
                : Reply.json(ScriptedJira.fixture("jrjc/search_many-issues.json")))) {
            assertThat(reader(jira).ids("project = TST"))
                    .containsExactly("10075", "10074", "10073", "10072", "10071", "10070", "10040", "10030");
            assertThat(jira.calls()).extracting(c -> c.query().get("fields")).containsOnly("id");
            assertThat(jira.calls()).extracting(c -> c.query().get("jql"))
                    .containsExactly("(project = TST) ORDER BY id ASC", "(project = TST) AND id > 10075 ORDER BY id ASC");
        }
    }
}
