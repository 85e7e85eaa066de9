package org.saleskpi.server.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.jira.JiraField;

/**
 * The fields a sync copies: every system field the store keeps, and the custom fields the connection names, each a
 * local custom field registered as the CSV import registers one (a local field of the same name is reused, with its
 * type). Jira field id to local field, and by name for Data Center changelogs that name a custom field only by its
 * name.
 */
final class SyncFields {
    /** The system fields an issue is stored with, by Jira id. */
    static final List<String> SYSTEM = List.of("project", "issuetype", "status", "resolution", "assignee", "reporter",
            "created", "updated", "resolutiondate", "duedate", "summary", "description", "labels");

    private final Map<String, Copied> byJiraId;
    private final Map<String, Copied> byName;

    private SyncFields(Map<String, Copied> byJiraId) {
        this.byJiraId = Map.copyOf(byJiraId);
        Map<String, Copied> names = new LinkedHashMap<>();
        byJiraId.values().forEach(copied -> names.putIfAbsent(lower(copied.jira().name()), copied));
        this.byName = Map.copyOf(names);
    }

    /**
     * Resolves {@code names} against the site's fields (exact name first, then ignoring case) and registers each
     * custom one in {@code store}. Names of system fields are accepted and need nothing: they are always copied.
     *
     * @throws IllegalArgumentException naming the first name the site has no field for
     */
    static SyncFields resolve(List<String> names, List<JiraField> siteFields, IssueStore store) {
        Map<String, Copied> copied = new LinkedHashMap<>();
        for (String name : names) {
            JiraField field = find(name, siteFields).orElseThrow(() -> new IllegalArgumentException(
                    "the Jira site has no field named '" + name + "'"));
            if (!field.custom() || copied.containsKey(field.id())) {
                continue;
            }
            CustomField local = store.field(field.name())
                    .orElseGet(() -> store.defineField(field.name(), typeOf(field)));
            copied.put(field.id(), new Copied(field, local));
        }
        return new SyncFields(copied);
    }

    /** The Jira field ids a page asks for: the system ones, then the copied custom ones. */
    List<String> jiraIds() {
        List<String> ids = new ArrayList<>(SYSTEM);
        ids.addAll(byJiraId.keySet().stream().sorted().toList());
        return ids;
    }

    Set<Map.Entry<String, Copied>> custom() {
        return byJiraId.entrySet();
    }

    /** The copied field a changelog item names: by Jira id (Cloud sends it), else by name (older Data Center). */
    Optional<Copied> item(String fieldId, String name) {
        if (fieldId != null && byJiraId.containsKey(fieldId)) {
            return Optional.of(byJiraId.get(fieldId));
        }
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(lower(name)));
    }

    /** The local type a Jira field's values are kept as, from its schema (GET /rest/api/2/field). */
    static FieldType typeOf(JiraField field) {
        String type = field.schemaType() == null ? "" : field.schemaType();
        String custom = field.schemaCustom() == null ? "" : field.schemaCustom();
        return switch (type) {
            case "number" -> FieldType.NUMBER;
            case "date", "datetime" -> FieldType.DATE;
            case "option", "option-with-child" -> FieldType.OPTION;
            // Jira before 7 types a select list or radio buttons "string"; its custom type tells them apart.
            case "string" -> custom.endsWith(":select") || custom.endsWith(":radiobuttons")
                    ? FieldType.OPTION : FieldType.TEXT;
            case "user" -> FieldType.USER;
            // A multi-select keeps its first option, as the CSV import keeps the first of a repeated column.
            case "array" -> custom.endsWith(":multiselect") || custom.endsWith(":multicheckboxes")
                    ? FieldType.OPTION : FieldType.TEXT;
            default -> FieldType.TEXT;
        };
    }

    private static Optional<JiraField> find(String name, List<JiraField> siteFields) {
        return siteFields.stream().filter(field -> field.name().equals(name)).findFirst()
                .or(() -> siteFields.stream().filter(field -> field.name().equalsIgnoreCase(name.strip())).findFirst());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A Jira custom field and the local field its values go to. */
    record Copied(JiraField jira, CustomField local) {
    }
}
