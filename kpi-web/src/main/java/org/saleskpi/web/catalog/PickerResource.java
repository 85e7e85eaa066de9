package org.saleskpi.web.catalog;

import com.google.gson.JsonArray;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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

    private final RestServices services;

    @Inject
    public PickerResource(RestServices services) {
        this.services = services;
    }

    @GET
    @Path("fields")
    public JsonArray fields() {
        Caller caller = Caller.of(services.access());
        return FieldPicker.list(services.catalog(), caller.user());
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
        return UserPicker.find(services.directory(), query, limit);
    }

    private static JsonArray texts(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
