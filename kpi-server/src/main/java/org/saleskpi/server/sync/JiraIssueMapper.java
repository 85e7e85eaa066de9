package org.saleskpi.server.sync;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.server.issues.SyncedIssue;
import org.saleskpi.server.jira.JiraChangeGroup;
import org.saleskpi.server.jira.JiraChangeItem;
import org.saleskpi.server.jira.JiraIssue;
import org.saleskpi.server.jira.JiraUser;

/**
 * A Jira issue and its complete changelog as the store keeps them: the issue's current fields as an
 * {@link IndexedIssue}, and one {@link Change} per changelog item of a field the store keeps, values canonical as
 * core's history holds them (status, resolution, type and options by name, people by local user key, numbers as
 * plain decimals, dates as ISO dates in the site's zone). Items of fields the store does not keep (priority, links,
 * the key itself) are left out.
 *
 * <p>Shapes, from the public fixtures in ../shared/data/jira-fixtures (SOURCE.txt there names them): issue fields
 * by Jira id ({@code status.statusCategory.key} is new / indeterminate / done, people are {@code {accountId}} on
 * Cloud and {@code {key, name}} on Data Center, both with {@code emailAddress} where Jira shows it, kept with the
 * person), changelog items {@code {field, fieldtype, fieldId?, from, fromString, to, toString}} with status ids in
 * {@code from}/{@code to} and people's ids there too.
 */
public final class JiraIssueMapper {
    private final SyncFields fields;
    private final SyncPeople people;
    private final ZoneId siteZone;

    JiraIssueMapper(SyncFields fields, SyncPeople people, ZoneId siteZone) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.people = Objects.requireNonNull(people, "people");
        this.siteZone = Objects.requireNonNull(siteZone, "siteZone");
    }

    /** The issue with its history; a change group Jira sent twice counts once. */
    public SyncedIssue map(JiraIssue jira) {
        JsonObject json = jira.fields();
        Optional<String> resolution = name(json, "resolution");
        Instant created = JiraTime.instant(text(json, "created").orElseThrow(() -> missing(jira, "created")));
        String project = object(json, "project").flatMap(p -> text(p, "key"))
                .orElseThrow(() -> missing(jira, "project"));
        IssueRecord.Builder record = IssueRecord.builder(jira.key(), project)
                .type(name(json, "issuetype").orElseThrow(() -> missing(jira, "issuetype")))
                .status(name(json, "status").orElseThrow(() -> missing(jira, "status")), category(json, resolution))
                .resolution(resolution.orElse(null))
                .assignee(person(json.get("assignee")).orElse(null))
                .reporter(person(json.get("reporter")).orElse(null))
                .created(created)
                .updated(text(json, "updated").map(JiraTime::instant).orElse(created))
                .resolved(text(json, "resolutiondate").map(JiraTime::instant).orElse(null))
                .due(text(json, "duedate").flatMap(date -> JiraTime.date(date, siteZone)).orElse(null));
        fields.custom().forEach(entry -> value(json.get(entry.getKey()), entry.getValue().local().type())
                .ifPresent(value -> record.field(entry.getValue().local().id(), value)));
        Set<String> labels = new LinkedHashSet<>();
        array(json, "labels").forEach(label -> textOf(label).ifPresent(labels::add));
        IndexedIssue issue = new IndexedIssue(record.build(), text(json, "summary").orElse(""),
                description(json.get("description")), labels);
        return new SyncedIssue(jira.id(), issue, IssueHistory.of(jira.key(), created, changes(jira.changelog())));
    }

    private List<Change> changes(List<JiraChangeGroup> changelog) {
        List<Change> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JiraChangeGroup group : changelog) {
            if (group.id() != null && !seen.add(group.id())) {
                continue;
            }
            Optional<String> by = Optional.ofNullable(group.author()).flatMap(this::person);
            for (JiraChangeItem item : group.items()) {
                change(item, group.created(), by).ifPresent(changes::add);
            }
        }
        return changes;
    }

    private Optional<Change> change(JiraChangeItem item, Instant at, Optional<String> by) {
        boolean custom = "custom".equalsIgnoreCase(item.fieldType())
                || (item.fieldId() != null && item.fieldId().startsWith("customfield_"));
        if (custom) {
            return fields.item(item.fieldId(), item.field()).map(copied -> new Change(at, copied.local().id(),
                    itemValue(item.from(), item.fromString(), copied.local().type()),
                    itemValue(item.to(), item.toText(), copied.local().type()), by));
        }
        String field = item.fieldId() != null ? item.fieldId() : item.field();
        return switch (field == null ? "" : field) {
            case "status" -> strings(Column.STATUS.id(), item, at, by);
            case "resolution" -> strings(Column.RESOLUTION.id(), item, at, by);
            case "issuetype" -> strings(Column.ISSUE_TYPE.id(), item, at, by);
            case "summary", "description" -> strings(field, item, at, by);
            case "assignee", "reporter" -> Optional.of(new Change(at, field,
                    itemValue(item.from(), item.fromString(), FieldType.USER),
                    itemValue(item.to(), item.toText(), FieldType.USER), by));
            case "duedate" -> Optional.of(new Change(at, Column.DUE.id(),
                    itemValue(item.from(), item.fromString(), FieldType.DATE),
                    itemValue(item.to(), item.toText(), FieldType.DATE), by));
            // Labels sorted and space-separated, as the store records a labels change of its own.
            case "labels" -> Optional.of(new Change(at, "labels", labels(item.fromString()), labels(item.toText()),
                    by));
            default -> Optional.empty();
        };
    }

    private static Optional<Change> strings(String field, JiraChangeItem item, Instant at, Optional<String> by) {
        return Optional.of(new Change(at, field, present(item.fromString()), present(item.toText()), by));
    }

    /** One side of an item as the local type holds it: ids for people and dates, display text for the rest. */
    private Optional<String> itemValue(String raw, String display, FieldType type) {
        return switch (type) {
            case USER -> present(raw).map(id -> people.personFor(id, display));
            case DATE -> present(raw).flatMap(date -> JiraTime.date(date, siteZone))
                    .or(() -> present(display).flatMap(date -> JiraTime.date(date, siteZone)))
                    .map(Object::toString)
                    .or(() -> present(raw).or(() -> present(display)));
            case NUMBER -> present(display).or(() -> present(raw))
                    .map(number -> number(number).map(BigDecimal::toPlainString).orElse(number));
            case OPTION, TEXT -> present(display);
        };
    }

    private static Optional<String> labels(String text) {
        return present(text).map(value -> String.join(" ", new TreeSet<>(List.of(value.strip().split("\\s+")))));
    }

    /** A current custom field value as the local type holds it; empty for no value or one that does not fit. */
    private Optional<FieldValue> value(JsonElement json, FieldType type) {
        if (json == null || json.isJsonNull()) {
            return Optional.empty();
        }
        if (json.isJsonArray()) {
            JsonArray values = json.getAsJsonArray();
            if (type == FieldType.TEXT) {
                List<String> texts = new ArrayList<>();
                values.forEach(value -> textOf(value).ifPresent(texts::add));
                return texts.isEmpty() ? Optional.empty() : Optional.of(FieldValue.text(String.join(", ", texts)));
            }
            return values.isEmpty() ? Optional.empty() : value(values.get(0), type);
        }
        return switch (type) {
            case NUMBER -> textOf(json).flatMap(JiraIssueMapper::number).map(FieldValue::number);
            case DATE -> textOf(json).flatMap(date -> JiraTime.date(date, siteZone)).map(FieldValue::date);
            case OPTION -> textOf(json).map(FieldValue::option);
            case USER -> person(json).map(FieldValue::user);
            case TEXT -> textOf(json).map(FieldValue::text);
        };
    }

    /** A plain decimal without trailing zeros: Jira sends numbers as doubles ({@code 1200.0}). */
    private static Optional<BigDecimal> number(String text) {
        try {
            BigDecimal number = new BigDecimal(text.strip()).stripTrailingZeros();
            return Optional.of(number.scale() < 0 ? number.setScale(0) : number);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<String> person(JsonElement json) {
        if (json == null || !json.isJsonObject()) {
            return Optional.empty();
        }
        JsonObject user = json.getAsJsonObject();
        return text(user, "accountId").or(() -> text(user, "key")).or(() -> text(user, "name"))
                .map(id -> people.personFor(new JiraPerson(id, text(user, "name"), text(user, "emailAddress"),
                        text(user, "displayName"))));
    }

    private Optional<String> person(JiraUser user) {
        return Optional.ofNullable(user.accountId()).or(() -> Optional.ofNullable(user.key()))
                .or(() -> Optional.ofNullable(user.name())).filter(id -> !id.isBlank())
                .map(id -> people.personFor(new JiraPerson(id, Optional.ofNullable(user.name()),
                        Optional.ofNullable(user.emailAddress()), Optional.ofNullable(user.displayName()))));
    }

    /** The category Jira gives the status; without one (Jira before 6), done when resolved, else to do. */
    private static StatusCategory category(JsonObject json, Optional<String> resolution) {
        Optional<String> key = object(json, "status").flatMap(status -> object(status, "statusCategory"))
                .flatMap(category -> text(category, "key"));
        if (key.isPresent()) {
            for (StatusCategory category : StatusCategory.values()) {
                if (category.jiraKey().equals(key.get())) {
                    return category;
                }
            }
        }
        return resolution.isPresent() ? StatusCategory.DONE : StatusCategory.TO_DO;
    }

    /**
     * The description as text: API v2 sends a string, API v3 (Cloud's bulk fetch) an Atlassian Document Format
     * tree, whose text nodes are joined, a paragraph per line.
     */
    private static String description(JsonElement json) {
        if (json == null || json.isJsonNull()) {
            return "";
        }
        if (json.isJsonPrimitive()) {
            return json.getAsString();
        }
        StringBuilder text = new StringBuilder();
        documentText(json, text);
        return text.toString().strip();
    }

    private static void documentText(JsonElement node, StringBuilder text) {
        if (node.isJsonArray()) {
            node.getAsJsonArray().forEach(child -> documentText(child, text));
        } else if (node.isJsonObject()) {
            JsonObject object = node.getAsJsonObject();
            text(object, "text").ifPresent(text::append);
            if (object.has("content")) {
                documentText(object.get("content"), text);
            }
            if (text(object, "type").filter(type -> type.equals("paragraph") || type.equals("heading")).isPresent()) {
                text.append('\n');
            }
        }
    }

    /** The text of a value: a primitive as it is, an option by {@code value}, a named thing by {@code name}. */
    private static Optional<String> textOf(JsonElement json) {
        if (json == null || json.isJsonNull()) {
            return Optional.empty();
        }
        if (json.isJsonPrimitive()) {
            return present(json.getAsString());
        }
        if (json.isJsonObject()) {
            JsonObject object = json.getAsJsonObject();
            return text(object, "value").or(() -> text(object, "name")).or(() -> text(object, "displayName"));
        }
        return Optional.empty();
    }

    private static Optional<String> name(JsonObject json, String field) {
        return object(json, field).flatMap(value -> text(value, "name"));
    }

    private static Optional<JsonObject> object(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonObject() ? Optional.of(value.getAsJsonObject()) : Optional.empty();
    }

    private static JsonArray array(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
    }

    private static Optional<String> text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonPrimitive() ? present(value.getAsString()) : Optional.empty();
    }

    private static Optional<String> present(String text) {
        return Optional.ofNullable(text).filter(value -> !value.isBlank());
    }

    private static IllegalArgumentException missing(JiraIssue jira, String field) {
        return new IllegalArgumentException("Jira issue " + jira.key() + " came without its " + field);
    }
}
