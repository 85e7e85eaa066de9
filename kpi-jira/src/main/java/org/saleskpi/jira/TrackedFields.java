package org.saleskpi.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Which tracked column a Jira change item is about. Jira records a system field's change under the field's id
 * ({@code status}, {@code assignee}) and a custom field's under its name, so custom columns are matched by the
 * current name of their {@code customfield_N} field. Items of any other field are not tracked.
 */
final class TrackedFields {
    /** The system fields whose change items Jira writes under these ids (ChangeItemBean's stub header). */
    private static final Map<Column, String> SYSTEM_IDS = Map.of(
            Column.STATUS, "status",
            Column.RESOLUTION, "resolution",
            Column.ASSIGNEE, "assignee",
            Column.REPORTER, "reporter",
            Column.DUE, "duedate",
            Column.ISSUE_TYPE, "issuetype");

    private final Map<String, Column> systemFields = new HashMap<>();
    private final Map<String, Column.Custom> customFieldsByName = new HashMap<>();
    private final Map<Column.Custom, String> names = new HashMap<>();

    private TrackedFields() {
    }

    /**
     * The tracked columns' fields. A custom field that does not exist, or whose name another custom field also has
     * (its changes could not be told apart), is a 400 on {@code columns}; a tracked column with no change items in
     * Jira (the key, the created date) simply gets none.
     */
    static TrackedFields of(Set<Column> tracked, CustomFieldManager customFields) {
        TrackedFields fields = new TrackedFields();
        List<CustomField> all = null;
        for (Column column : tracked) {
            if (column instanceof Column.Custom custom) {
                CustomField field = customFields.getCustomFieldObject(custom.fieldId());
                if (field == null) {
                    throw InvalidInputException.of("columns", "saleskpi.issues.column",
                            "Custom field " + custom.fieldId() + " does not exist.");
                }
                if (all == null) {
                    all = customFields.getCustomFieldObjects();
                }
                requireUniqueName(custom, field, all);
                fields.customFieldsByName.put(field.getName(), custom);
                fields.names.put(custom, field.getName());
            } else if (SYSTEM_IDS.containsKey(column)) {
                fields.systemFields.put(SYSTEM_IDS.get(column), column);
            }
        }
        return fields;
    }

    /** The tracked column this item changed, if any. */
    Optional<Column> column(ChangeItemBean item) {
        String field = item.getField();
        if (field == null) {
            return Optional.empty();
        }
        if (ChangeItemBean.CUSTOM_FIELD.equals(item.getFieldType())) {
            return Optional.ofNullable(customFieldsByName.get(field));
        }
        return Optional.ofNullable(systemFields.get(field));
    }

    /** How a column is named in messages: its id, and for a custom field also its name. */
    String describe(Column column) {
        String name = column instanceof Column.Custom custom ? names.get(custom) : null;
        return name == null ? column.id() : column.id() + " (" + name + ")";
    }

    private static void requireUniqueName(Column.Custom custom, CustomField field, List<CustomField> all) {
        List<String> others = new ArrayList<>();
        for (CustomField other : all) {
            if (field.getName().equals(other.getName()) && !custom.fieldId().equals(other.getId())) {
                others.add(other.getId());
            }
        }
        if (!others.isEmpty()) {
            throw InvalidInputException.of("columns", "saleskpi.issues.history.name",
                    "Custom field " + custom.fieldId() + " shares its name \"" + field.getName() + "\" with "
                            + String.join(", ", others) + ". Jira records custom field changes by name, so the"
                            + " history of this field cannot be read; rename one of them.");
        }
    }
}
