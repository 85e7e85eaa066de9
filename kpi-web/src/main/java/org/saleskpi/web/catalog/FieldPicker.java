package org.saleskpi.web.catalog;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Locale;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.user.UserRef;

/**
 * The field picker's answer, {@code [{"id","name","type"}]} with the type in lower case: shared by
 * {@code GET /fields} of the picker resource and of the server's custom field administration.
 */
public final class FieldPicker {
    private FieldPicker() {
    }

    public static JsonArray list(IssueCatalog catalog, UserRef user) {
        JsonArray fields = new JsonArray();
        for (IssueCatalog.FieldInfo field : catalog.fields(user)) {
            fields.add(json(field));
        }
        return fields;
    }

    public static JsonObject json(IssueCatalog.FieldInfo field) {
        JsonObject json = new JsonObject();
        json.addProperty("id", field.id());
        json.addProperty("name", field.name());
        json.addProperty("type", field.type().name().toLowerCase(Locale.ROOT));
        return json;
    }
}
