package org.saleskpi.server.issues;

import org.saleskpi.core.index.CustomField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.user.UserRef;

/**
 * A page of an issue's change groups in the shape of Jira's "Get changelogs"
 * ({@code GET /rest/api/2/issue/{issueIdOrKey}/changelog}, a page bean of {@code startAt, maxResults,
 * total, isLast, values}, each value a changelog {@code id, author, created, items}, each item a
 * {@code ChangeDetails} of {@code field, fieldtype, fieldId, from, fromString, to, toString}):
 * https://developer.atlassian.com/cloud/jira/platform/rest/v2/api-group-issues/#api-rest-api-2-issue-issueidorkey-changelog-get
 * (Jira Cloud; Data Center answers the same items inside {@code expand=changelog}, UNVERIFIED for a
 * changelog resource of its own). Where we differ: {@code id} is the group's number within the issue
 * (Jira's are global), {@code from}/{@code to} hold a name where Jira holds a status, resolution, type
 * or option id (the store keeps names), and {@code created} is written as the issue list writes its
 * instants. A change nobody signed (a command line import) has no {@code author}, as Jira leaves it
 * out for anonymous changes (UNVERIFIED).
 */
final class ChangelogJson {
    /** Core's column ids that Jira names otherwise in a changelog. */
    private static final Map<String, String> JIRA_IDS = Map.of(
            Column.ISSUE_TYPE.id(), "issuetype",
            Column.DUE.id(), "duedate");

    private ChangelogJson() {
    }

    static Map<String, Object> write(Changelog page, int startAt, int maxResults, Map<String, CustomField> fields,
            Function<String, UserRef> people) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("startAt", startAt);
        json.put("maxResults", maxResults);
        json.put("total", page.total());
        json.put("isLast", startAt + page.groups().size() >= page.total());
        json.put("values", page.groups().stream().map(group -> group(group, fields, people)).toList());
        return json;
    }

    private static Map<String, Object> group(ChangeGroup group, Map<String, CustomField> fields,
            Function<String, UserRef> people) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(group.number()));
        group.by().ifPresent(key -> json.put("author", user(people.apply(key))));
        json.put("created", group.at().toString());
        List<Map<String, Object>> items = group.changes().stream().map(change -> item(change, fields, people)).toList();
        json.put("items", items);
        return json;
    }

    private static Map<String, Object> user(UserRef user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", user.key());
        json.put("name", user.key());
        json.put("displayName", user.displayName());
        return json;
    }

    private static Map<String, Object> item(Change change, Map<String, CustomField> fields,
            Function<String, UserRef> people) {
        Optional<CustomField> custom = Optional.ofNullable(fields.get(change.field()));
        String fieldId = JIRA_IDS.getOrDefault(change.field(), change.field());
        Kind kind = custom.map(field -> Kind.of(field.type())).orElseGet(() -> Kind.ofSystem(change.field()));
        Map<String, Object> json = new LinkedHashMap<>();
        // A custom field is named by its name, a system field by its id, as in Jira.
        json.put("field", custom.map(CustomField::name).orElse(fieldId));
        json.put("fieldtype", custom.isPresent() ? "custom" : "jira");
        json.put("fieldId", fieldId);
        json.put("from", kind.id(change.from()));
        json.put("fromString", kind.text(change.from(), people));
        json.put("to", kind.id(change.to()));
        json.put("toString", kind.text(change.to(), people));
        return json;
    }

    /** How a field's values appear: with an identifier ({@code from}) or as text only, a person by name. */
    private enum Kind {
        NAMED, PERSON, TEXT;

        static Kind of(FieldType type) {
            return switch (type) {
                case USER -> PERSON;
                case OPTION, DATE -> NAMED;
                case NUMBER, TEXT -> TEXT;
            };
        }

        static Kind ofSystem(String field) {
            if (field.equals(Column.ASSIGNEE.id()) || field.equals(Column.REPORTER.id())) {
                return PERSON;
            }
            if (field.equals(IssueDiff.SUMMARY) || field.equals(IssueDiff.DESCRIPTION) || field.equals(IssueDiff.LABELS)) {
                return TEXT;
            }
            return NAMED;
        }

        String id(Optional<String> value) {
            return this == TEXT ? null : value.orElse(null);
        }

        String text(Optional<String> value, Function<String, UserRef> people) {
            return this == PERSON ? value.map(key -> people.apply(key).displayName()).orElse(null) : value.orElse(null);
        }
    }
}
