package org.saleskpi.core.issue;

import java.util.List;
import java.util.Objects;
import org.saleskpi.core.user.UserRef;

/**
 * Port: the names a host's issues use, for the pickers of the KPI profile and gadget forms. Jira
 * implements it over its field, status and issue type managers; the server over its issue store.
 * Each list holds only what {@code user} may see.
 */
public interface IssueCatalog {

    /** Custom fields the engine can read, by stable id. */
    List<FieldInfo> fields(UserRef user);

    List<String> statuses(UserRef user);

    List<String> issueTypes(UserRef user);

    /** Project keys the user may browse. */
    List<String> projects(UserRef user);

    /** A custom field as pickers show it: stable id ({@code customfield_10010}), name and type. */
    record FieldInfo(String id, String name, FieldType type) {
        public FieldInfo {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }
}
