package org.saleskpi.web.gadget;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saleskpi.core.gadget.GadgetData;
import org.saleskpi.core.gadget.GadgetNotFoundException;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.guard.Guarded;
import org.saleskpi.web.json.NodeJson;
import org.saleskpi.web.profile.Profiles;

/**
 * The dashboard gadgets' data, for every type of {@link Gadgets}; the options are query parameters named by each
 * type's schema ({@code GET /gadgets/types}), read and checked by core's {@code GadgetInput}.
 *
 * <ul>
 * <li>{@code GET /gadgets/{type}/data?profile=&...}: the dataset as JSON, computed from the
 * profile's issues the caller may browse. Values are numbers, or null beside an
 * {@code ...AbsentReason}; periods are {@code {"from","to"}} with {@code to} excluded.
 * <li>{@code GET /gadgets/{type}/validate?profile=&...}: checks the options, including the JQL,
 * without computing: 200 with {@code {"errors":[]}} when they are fine, 400 with the usual error
 * body naming each wrong parameter when not (as {@code data} would answer).
 * </ul>
 * Types that take extra JQL also take {@code narrow}, the standalone dashboard page's JQL narrowing (ADR 0057): it is
 * ANDed with the profile's scope and the gadget's own {@code jql}, and a 400 names {@code narrow} when it cannot be read.
 * An unknown type is 404, as is a profile (or goal) the caller may not see.
 */
@Path("/gadgets/{type}")
@Produces(MediaType.APPLICATION_JSON)
public final class GadgetResource {
    private final RestServices services;
    private final GadgetData gadgets;

    @Inject
    public GadgetResource(RestServices services) {
        this.services = services;
        this.gadgets = new GadgetData(services.access(), services.issues(), services.catalog(), services.directory(),
                services.profiles(), services.goals(), services.quotas(), services.clock(), services.selections(),
                services.checkIns());
    }

    @GET
    @Path("data")
    @Guarded
    public JsonObject data(@PathParam("type") String type, @Context UriInfo uri) {
        Caller caller = Caller.of(services.access());
        known(type);
        Map<String, List<String>> parameters = parameters(uri);
        KpiProfile profile = profile(caller, parameters);
        try {
            return NodeJson.of(gadgets.data(type, caller.user(), profile, parameters)).getAsJsonObject();
        } catch (GadgetNotFoundException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    @GET
    @Path("validate")
    public JsonObject validate(@PathParam("type") String type, @Context UriInfo uri) {
        Caller caller = Caller.of(services.access());
        known(type);
        Map<String, List<String>> parameters = parameters(uri);
        KpiProfile profile = profile(caller, parameters);
        try {
            gadgets.validate(type, caller.user(), profile, parameters);
        } catch (GadgetNotFoundException e) {
            throw new NotFoundException(e.getMessage());
        }
        JsonObject json = new JsonObject();
        json.add("errors", new JsonArray());
        return json;
    }

    private static void known(String type) {
        if (Gadgets.find(type).isEmpty()) {
            throw new NotFoundException("There is no gadget type " + type + ".");
        }
    }

    private KpiProfile profile(Caller caller, Map<String, List<String>> parameters) {
        List<String> profile = parameters.getOrDefault("profile", List.of());
        return Profiles.fromParam(services.profiles(), caller, profile.isEmpty() ? null : profile.get(0));
    }

    private static Map<String, List<String>> parameters(UriInfo uri) {
        // A plain map: core reads parameters without JAX-RS.
        return new LinkedHashMap<>(uri.getQueryParameters());
    }
}
