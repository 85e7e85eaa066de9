package org.saleskpi.server.jql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.server.issues.CustomField;
import org.saleskpi.server.issues.IndexColumns;

/** The field names a query may use: the system fields with their Jira aliases, and custom fields. */
final class JqlFields {
    private static final Pattern CF = Pattern.compile("cf\\[(\\d+)]", Pattern.CASE_INSENSITIVE);
    /** Every accepted system field name, lower case, to its canonical name. */
    private static final Map<String, String> SYSTEM = Map.ofEntries(
            Map.entry("project", "project"),
            Map.entry("issuetype", "issuetype"),
            Map.entry("type", "issuetype"),
            Map.entry("status", "status"),
            Map.entry("statuscategory", "statuscategory"),
            Map.entry("assignee", "assignee"),
            Map.entry("reporter", "reporter"),
            Map.entry("resolution", "resolution"),
            Map.entry("created", "created"),
            Map.entry("createddate", "created"),
            Map.entry("updated", "updated"),
            Map.entry("updateddate", "updated"),
            Map.entry("resolved", "resolved"),
            Map.entry("resolutiondate", "resolved"),
            Map.entry("duedate", "duedate"),
            Map.entry("due", "duedate"),
            Map.entry("labels", "labels"),
            Map.entry("key", "key"),
            Map.entry("issuekey", "key"),
            Map.entry("summary", "summary"),
            Map.entry("description", "description"),
            Map.entry("text", "text"));

    private JqlFields() {
    }

    /** The canonical name of a system field, or empty when the name is not one. */
    static Optional<String> system(Clause.FieldName name) {
        return Optional.ofNullable(SYSTEM.get(name.text().toLowerCase(Locale.ROOT)));
    }

    /** A custom field by {@code cf[10010]}, id or name; an unknown name is the query's error. */
    static CustomField custom(Clause.FieldName name, IndexColumns columns) {
        return columns.field(idOrName(name)).orElseThrow(() -> JqlError.unknownField(name.text()));
    }

    /** Whether the field's values are people: assignee, reporter or a user-picker custom field of {@code fields}. */
    static boolean holdsUsers(Clause.FieldName name, List<CustomField> fields) {
        Optional<String> system = system(name);
        if (system.isPresent()) {
            return system.get().equals("assignee") || system.get().equals("reporter");
        }
        String idOrName = idOrName(name);
        // The same lookup as IndexColumns.field: an id in any case, else a name ignoring case.
        return fields.stream().filter(f -> f.id().equalsIgnoreCase(idOrName)).findFirst()
                .or(() -> fields.stream().filter(f -> f.name().equalsIgnoreCase(idOrName)).findFirst())
                .map(field -> field.type() == FieldType.USER).orElse(false);
    }

    private static String idOrName(Clause.FieldName name) {
        Matcher cf = CF.matcher(name.text());
        return cf.matches() ? "customfield_" + cf.group(1) : name.text();
    }
}
