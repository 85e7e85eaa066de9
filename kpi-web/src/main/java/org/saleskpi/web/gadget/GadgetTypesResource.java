package org.saleskpi.web.gadget;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.core.gadget.GroupingParam;
import org.saleskpi.core.gadget.Migration;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;

/**
 * {@code GET /gadgets/types}: every gadget type of {@link Gadgets} with its options schema and declared preference
 * migrations, from which the browser draws the options forms and migrates saved preferences. It names no one's data,
 * so it needs no profile. A literal path beside {@code /gadgets/{type}}: JAX-RS prefers the root resource with more
 * literal characters (Jakarta RESTful Web Services 3.1, section 3.7.2, step 1.f), so {@code types} never reaches
 * {@link GadgetResource}, whose own paths are {@code /gadgets/{type}/data} and {@code /validate}.
 * UNVERIFIED: that Jira 10.3 and 11.3's REST module orders the two roots so; no real Jira ran it.
 */
@Path("/gadgets/types")
@Produces(MediaType.APPLICATION_JSON)
public final class GadgetTypesResource {

    @GET
    public JsonObject types() {
        JsonArray types = new JsonArray();
        Gadgets.all().forEach(gadget -> types.add(json(gadget)));
        JsonObject json = new JsonObject();
        json.add("types", types);
        return json;
    }

    private static JsonObject json(Gadget gadget) {
        JsonObject json = new JsonObject();
        json.addProperty("key", gadget.key());
        json.addProperty("version", gadget.version());
        json.addProperty("category", gadget.category());
        json.addProperty("usesProfile", gadget.usesProfile());
        json.addProperty("titleKey", gadget.titleKey());
        json.addProperty("descriptionKey", gadget.descriptionKey());
        JsonArray options = new JsonArray();
        gadget.options().forEach(option -> options.add(json(option)));
        json.add("options", options);
        JsonArray migrations = new JsonArray();
        gadget.migrations().forEach(migration -> migrations.add(json(migration)));
        json.add("migrations", migrations);
        return json;
    }

    private static JsonObject json(OptionSpec option) {
        JsonObject json = new JsonObject();
        json.addProperty("name", option.name());
        json.addProperty("field", option.field());
        json.addProperty("kind", option.kind().key());
        json.addProperty("required", option.required());
        option.byDefault().ifPresent(value -> json.addProperty("default", value));
        option.min().ifPresent(min -> json.add("min", new JsonPrimitive(min)));
        option.max().ifPresent(max -> json.add("max", new JsonPrimitive(max)));
        if (!option.choices().isEmpty()) {
            JsonArray choices = new JsonArray();
            option.choices().forEach(choices::add);
            json.add("choices", choices);
        }
        if (option.kind() == OptionKind.GROUPING) {
            json.addProperty("none", option.none());
            // The groupings a form offers (field:<id> groupings come from the caller's fields).
            JsonArray groupings = new JsonArray();
            GroupingParam.offered(option).forEach(groupings::add);
            json.add("groupings", groupings);
        }
        option.applies().ifPresent(rule -> json.addProperty("applies", rule.key()));
        if (option.local()) {
            json.addProperty("local", true);
        }
        json.addProperty("since", option.since());
        return json;
    }

    private static JsonObject json(Migration migration) {
        JsonObject json = new JsonObject();
        json.addProperty("to", migration.to());
        json.add("rename", strings(migration.rename()));
        json.add("defaults", strings(migration.defaults()));
        JsonArray drop = new JsonArray();
        migration.drop().forEach(drop::add);
        json.add("drop", drop);
        return json;
    }

    private static JsonObject strings(Map<String, String> map) {
        JsonObject json = new JsonObject();
        map.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> json.addProperty(entry.getKey(), entry.getValue()));
        return json;
    }
}
