package org.saleskpi.core.jql;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexColumns;
import org.saleskpi.core.index.IndexField;
import org.saleskpi.core.index.SystemField;

/** The field names a query may use: the system fields of {@link SystemField} with their Jira aliases, and custom fields. */
final class JqlFields {
    private static final Pattern CF = Pattern.compile("cf\\[(\\d+)]", Pattern.CASE_INSENSITIVE);

    private JqlFields() {
    }

    /** The system field a name stands for, or empty when the name is not one. */
    static Optional<SystemField> system(Clause.FieldName name) {
        return SystemField.named(name.text());
    }

    /** The index column of a system or custom field; an unknown name is the query's error. */
    static IndexField column(Clause.FieldName name, IndexColumns columns) {
        Optional<SystemField> system = system(name);
        if (system.isPresent()) {
            return system.get().column(columns);
        }
        return columns.column(custom(name, columns));
    }

    /** A custom field by {@code cf[10010]}, id or name; an unknown name is the query's error. */
    static CustomField custom(Clause.FieldName name, IndexColumns columns) {
        return columns.field(idOrName(name)).orElseThrow(() -> JqlError.unknownField(name.text()));
    }

    /** Whether the field's values are people: assignee, reporter or a user-picker custom field of {@code fields}. */
    static boolean holdsUsers(Clause.FieldName name, List<CustomField> fields) {
        Optional<SystemField> system = system(name);
        if (system.isPresent()) {
            return system.get().holdsUsers();
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
