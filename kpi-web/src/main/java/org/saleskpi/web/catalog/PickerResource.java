package org.saleskpi.web.catalog;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;

/**
 * What the profile and gadget forms offer to pick, as the signed-in caller may see it:
 * {@code GET /fields} ({@code [{"id","name","type"}]}, type lower-case), {@code GET /statuses},
 * {@code GET /issuetypes} and {@code GET /projects} (arrays of names or keys), and
 * {@code GET /users?query=&limit=} ({@code [{"key","displayName"}]}, limit 1..100, default 20).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class PickerResource {
    public static final int DEFAULT_USERS = 20;
    public static final int MAX_USERS = 100;

    private final RestServices services;

    public PickerResource(RestServices services) {
        this.services = services;
    }

    @GET
    @Path("fields")
    public JsonArray fields() {
        Caller caller = Caller.of(services.access());
        JsonArray fields = new JsonArray();
        for (IssueCatalog.FieldInfo field : services.catalog().fields(caller.user())) {
            JsonObject json = new JsonObject();
            json.addProperty("id", field.id());
            json.addProperty("name", field.name());
            json.addProperty("type", field.type().name().toLowerCase(Locale.ROOT));
            fields.add(json);
        }
        return fields;
    }

    @GET
    @Path("statuses")
    public JsonArray statuses() {
        Caller caller = Caller.of(services.access());
        return texts(services.catalog().statuses(caller.user()));
    }

    @GET
    @Path("issuetypes")
    public JsonArray issueTypes() {
        Caller caller = Caller.of(services.access());
        return texts(services.catalog().issueTypes(caller.user()));
    }

    @GET
    @Path("projects")
    public JsonArray projects() {
        Caller caller = Caller.of(services.access());
        return texts(services.catalog().projects(caller.user()).stream()
                .filter(p -> caller.canBrowse(p) || caller.isSystemAdmin()).toList());
    }

    @GET
    @Path("users")
    public JsonArray users(@QueryParam("query") String query, @QueryParam("limit") String limit) {
        Caller.of(services.access());
        int max = DEFAULT_USERS;
        if (limit != null && !limit.isBlank()) {
            try {
                max = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1 || max > MAX_USERS) {
                throw InvalidInputException.of("limit", "saleskpi.users.limit.invalid",
                        "limit must be a whole number from 1 to " + MAX_USERS + ".");
            }
        }
        String text = query == null ? "" : query.trim();
        if (text.length() > 255) {
            throw InvalidInputException.of("query", "saleskpi.error.tooLong", "query must be at most 255 characters.");
        }
        JsonArray users = new JsonArray();
        for (UserRef user : services.directory().search(text, max)) {
            JsonObject json = new JsonObject();
            json.addProperty("key", user.key());
            json.addProperty("displayName", user.displayName());
            users.add(json);
        }
        return users;
    }

    private static JsonArray texts(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
