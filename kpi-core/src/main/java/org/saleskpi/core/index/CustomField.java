package org.saleskpi.core.index;

import java.util.Objects;
import org.saleskpi.core.issue.FieldType;

/** A custom field of the local store: stable id ({@code customfield_10010}), display name and type. */
public record CustomField(String id, String name, FieldType type) {
    public CustomField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!id.matches("customfield_\\d+")) {
            throw new IllegalArgumentException("custom field id must be customfield_<number>, was: " + id);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("custom field name must not be blank");
        }
    }
}
