package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.server.fakejira.JiraFixtures;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.issues.SyncedIssue;
import org.saleskpi.server.jira.JiraChangeGroup;
import org.saleskpi.server.jira.JiraChangeItem;
import org.saleskpi.server.jira.JiraField;
import org.saleskpi.server.jira.JiraIssue;
import org.saleskpi.server.jira.JiraUser;
import org.saleskpi.store.Database;

/**
 * Public Jira answers (the fixtures in ../shared/data/jira-fixtures, see SOURCE.txt there) mapped to what the store
 * keeps.
 */
class JiraIssueMapperTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<JiraField> HST_FIELDS = List.of(
            new JiraField("customfield_10000", "Text Field", true, "string",
                    "com.atlassian.jira.plugin.system.customfieldtypes:textfield"),
            new JiraField("customfield_10001", "Date Field", true, "datetime",
                    "com.atlassian.jira.plugin.system.customfieldtypes:datetime"),
            new JiraField("customfield_10002", "Radio Field", true, "string",
                    "com.atlassian.jira.plugin.system.customfieldtypes:radiobuttons"),
            new JiraField("status", "Status", false, "status", null));

    private IssueStore store;
    /** Jira id and display name of every person the mapper asked for, and the key it was given. */
    private final Map<String, String> asked = new ConcurrentHashMap<>();
    /** Everything Jira gave about a person, each time the mapper asked. */
    private final List<JiraPerson> given = new CopyOnWriteArrayList<>();
    private final SyncPeople people = person -> {
        asked.put(person.id(), String.valueOf(person.displayName().orElse(null)));
        given.add(person);
        return "p-" + person.id();
    };

    @BeforeEach
    void openStore() {
        store = new IssueStore(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        store.createSchema();
    }

    @Test
    void aDataCenterIssueWithItsChangelogBecomesTheStoredIssueAndItsChanges() throws IOException {
        // A local field named like a Jira one is reused, whatever its local id.
        CustomField text = store.defineField("Text Field", FieldType.TEXT);
        SyncFields fields = SyncFields.resolve(List.of("Date Field", "radio field", "Text Field", "Status"), HST_FIELDS,
                store);
        CustomField date = store.field("Date Field").orElseThrow();
        CustomField radio = store.field("Radio Field").orElseThrow();
        assertThat(date.type()).isEqualTo(FieldType.DATE);
        assertThat(radio.type()).isEqualTo(FieldType.OPTION);
        assertThat(fields.jiraIds()).endsWith("customfield_10000", "customfield_10001", "customfield_10002");

        JsonObject json = read("jrjc/issue_valid-5.0-with-changelog.json");
        SyncedIssue synced = new JiraIssueMapper(fields, people, BERLIN)
                .map(issue(json, json.getAsJsonObject("changelog").getAsJsonArray("histories")));

        assertThat(synced.jiraId()).isEqualTo("10000");
        IssueRecord expected = IssueRecord.builder("HST-1", "HST")
                .type("New Feature")
                // Jira 5 sends no status category: unresolved is "to do".
                .status("Open", StatusCategory.TO_DO)
                .assignee("p-user2")
                .reporter("p-user1")
                .created(Instant.parse("2012-04-12T12:27:37.672Z"))
                .updated(Instant.parse("2012-04-12T12:30:09.688Z"))
                .due(LocalDate.of(2012, 4, 13))
                .field(text.id(), FieldValue.text("Modified text field value"))
                // 2012-04-12T14:26:00.000+0200 is the 12th in Berlin.
                .field(date.id(), FieldValue.date(LocalDate.of(2012, 4, 12)))
                .field(radio.id(), FieldValue.option("Two"))
                .build();
        assertThat(synced.issue().record()).isEqualTo(expected);
        assertThat(synced.issue().summary()).isEqualTo("Simple history test - modified");
        assertThat(synced.issue().description()).isEqualTo("Modified Description");
        assertThat(synced.issue().labels()).isEmpty();

        Instant first = Instant.parse("2012-04-12T12:28:28.255Z");
        Instant second = Instant.parse("2012-04-12T12:28:44.079Z");
        Instant third = Instant.parse("2012-04-12T12:30:09.690Z");
        // History 10003 repeats 10001 at the same instant without an author: a change of its own, by nobody.
        // Priority is not kept, so history 10002 gives 7 changes of its 8 items.
        assertThat(synced.history().changes()).containsExactly(
                Change.of(first, "due", null, "2012-04-12", "p-user1"),
                Change.of(first, radio.id(), null, "One", "p-user1"),
                Change.of(second, "assignee", "p-user1", "p-user2", "p-user1"),
                Change.of(second, "assignee", "p-user1", "p-user2", null),
                Change.of(third, "summary", "Simple history test", "Simple history test - modified", "p-user2"),
                Change.of(third, "issue_type", "Bug", "New Feature", "p-user2"),
                Change.of(third, "description", "Initial Description", "Modified Description", "p-user2"),
                Change.of(third, date.id(), "2012-04-11", "2012-04-12", "p-user2"),
                Change.of(third, "due", "2012-04-12", "2012-04-13", "p-user2"),
                Change.of(third, radio.id(), "One", "Two", "p-user2"),
                Change.of(third, text.id(), "Initial text field value", "Modified text field value", "p-user2"));
        assertThat(synced.history().created()).isEqualTo(Instant.parse("2012-04-12T12:27:37.672Z"));
        assertThat(asked).containsEntry("user1", "User One").containsEntry("user2", "User Two");
        // The fixture's people come with their user name and address (jrjc: name, emailAddress), kept for JQL.
        assertThat(given).contains(new JiraPerson("user2", Optional.of("user2"),
                Optional.of("usertwo@local.domain"), Optional.of("User Two")));
    }

    @Test
    void aCloudIssueWithItsChangelogPageKeepsStatusResolutionAndWhoChangedThem() throws IOException {
        SyncFields fields = SyncFields.resolve(List.of(), List.of(), store);
        JsonObject search = read("digitalservicebund/jira-jql-query-response-fixture.derived.json");
        JsonObject changelog = read("digitalservicebund/jira-changelog-response-fixture.derived.json");
        JsonObject first = search.getAsJsonArray("issues").get(0).getAsJsonObject();

        SyncedIssue synced = new JiraIssueMapper(fields, people, BERLIN).map(issue(first, changelog.getAsJsonArray("values")));

        IssueRecord record = synced.issue().record();
        assertThat(record.key()).isEqualTo("ISSUE-1");
        assertThat(record.status()).isEqualTo("Done");
        assertThat(record.statusCategory()).isEqualTo(StatusCategory.DONE);
        assertThat(record.resolution()).contains("Done");
        assertThat(record.assignee()).contains("p-hidden");
        assertThat(record.resolved()).contains(Instant.parse("2023-11-07T08:46:08.298Z"));
        assertThat(record.created()).isEqualTo(Instant.parse("2023-11-02T09:02:34.255Z"));
        assertThat(synced.issue().description()).isEmpty();
        // The first history changes a custom field the sync does not copy: left out.
        assertThat(synced.history().changes()).containsExactly(
                Change.of(Instant.parse("2023-11-03T08:58:19.762Z"), "status", "To Do", "In Progress", "p-hidden"),
                Change.of(Instant.parse("2023-11-07T08:46:08.367Z"), "resolution", null, "Done", "p-hidden"),
                Change.of(Instant.parse("2023-11-07T08:46:08.367Z"), "status", "In Progress", "Done", "p-hidden"));
    }

    @Test
    void aChangeGroupSentTwiceCountsOnceAndNumbersAndPeopleFieldsAreCanonical() {
        JiraField amount = new JiraField("customfield_10100", "Amount", true, "number", null);
        JiraField owner = new JiraField("customfield_10101", "Owner", true, "user", null);
        JiraField stage = new JiraField("customfield_10102", "Deal stage", true, "option", null);
        SyncFields fields = SyncFields.resolve(List.of("Amount", "Owner", "Deal stage"), List.of(amount, owner, stage),
                store);
        JsonObject json = JsonParser.parseString("""
                {"project": {"key": "SALES"}, "issuetype": {"name": "Deal"},
                 "status": {"name": "Negotiation", "statusCategory": {"key": "indeterminate"}},
                 "created": "2026-11-30T14:05:12.000+0100", "updated": "2026-12-01T09:00:00.000+0100",
                 "summary": "Acme", "labels": ["q4", "renewal"],
                 "description": {"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "text",
                     "text": "Two "}, {"type": "text", "text": "seats"}]}]},
                 "customfield_10100": 1200.0, "customfield_10101": {"accountId": "5b10ac8d82e05b22cc7d4ef5",
                     "displayName": "Anna Rep"}, "customfield_10102": {"value": "Commit", "id": "3"}}
                """).getAsJsonObject();
        JiraUser anna = new JiraUser("5b10ac8d82e05b22cc7d4ef5", null, null, "Anna Rep", null);
        JiraChangeGroup revised = new JiraChangeGroup("20001", anna, Instant.parse("2026-12-01T08:00:00Z"), List.of(
                new JiraChangeItem("Amount", "customfield_10100", "custom", null, "1000", null, "1200.0"),
                new JiraChangeItem("Owner", "customfield_10101", "custom", null, null, "5b10ac8d82e05b22cc7d4ef5",
                        "Anna Rep"),
                new JiraChangeItem("labels", "labels", "jira", null, "renewal", null, "renewal q4"),
                new JiraChangeItem("priority", "priority", "jira", "3", "Medium", "2", "High")));

        SyncedIssue synced = new JiraIssueMapper(fields, people, ZoneId.of("UTC")).map(
                new JiraIssue("30001", "SALES-9", json, List.of(revised, revised)));

        CustomField local = store.field("Amount").orElseThrow();
        assertThat(synced.issue().record().field(local.id())).contains(FieldValue.number(new java.math.BigDecimal("1200")));
        assertThat(synced.issue().record().field(store.field("Owner").orElseThrow().id()))
                .contains(FieldValue.user("p-5b10ac8d82e05b22cc7d4ef5"));
        assertThat(synced.issue().record().field(store.field("Deal stage").orElseThrow().id()))
                .contains(FieldValue.option("Commit"));
        assertThat(synced.issue().record().statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(synced.issue().record().updated()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(synced.issue().labels()).isEqualTo(Set.of("q4", "renewal"));
        assertThat(synced.issue().description()).isEqualTo("Two seats");
        Instant at = Instant.parse("2026-12-01T08:00:00Z");
        assertThat(synced.history().changes()).containsExactly(
                Change.of(at, local.id(), "1000", "1200", "p-5b10ac8d82e05b22cc7d4ef5"),
                Change.of(at, store.field("Owner").orElseThrow().id(), null, "p-5b10ac8d82e05b22cc7d4ef5",
                        "p-5b10ac8d82e05b22cc7d4ef5"),
                Change.of(at, "labels", "renewal", "q4 renewal", "p-5b10ac8d82e05b22cc7d4ef5"));
    }

    @Test
    void aFieldNameTheSiteDoesNotHaveIsNamedInTheError() {
        assertThatThrownBy(() -> SyncFields.resolve(List.of("Forecast"), HST_FIELDS, store))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Forecast'");
        assertThat(store.fields()).isEmpty();
    }

    static JsonObject read(String fixture) {
        return JsonParser.parseString(JiraFixtures.text(fixture)).getAsJsonObject();
    }

    /** The issue as the reader hands it over: fields, and the histories read here independently of the client. */
    static JiraIssue issue(JsonObject json, JsonArray histories) {
        List<JiraChangeGroup> groups = new ArrayList<>();
        for (JsonElement element : histories) {
            JsonObject history = element.getAsJsonObject();
            JiraUser author = null;
            if (history.has("author")) {
                JsonObject user = history.getAsJsonObject("author");
                author = new JiraUser(text(user, "accountId"), text(user, "key"), text(user, "name"),
                        text(user, "displayName"), null);
            }
            List<JiraChangeItem> items = new ArrayList<>();
            for (JsonElement itemElement : history.getAsJsonArray("items")) {
                JsonObject item = itemElement.getAsJsonObject();
                items.add(new JiraChangeItem(text(item, "field"), text(item, "fieldId"), text(item, "fieldtype"),
                        text(item, "from"), text(item, "fromString"), text(item, "to"), text(item, "toString")));
            }
            groups.add(new JiraChangeGroup(text(history, "id"), author,
                    java.time.OffsetDateTime.parse(text(history, "created"),
                            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant(),
                    items));
        }
        return new JiraIssue(text(json, "id"), text(json, "key"), json.getAsJsonObject("fields"), groups);
    }

    private static String text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
