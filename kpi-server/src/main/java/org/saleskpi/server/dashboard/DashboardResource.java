package org.saleskpi.server.dashboard;

import com.google.gson.JsonElement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.dashboard.Dashboard;
import org.saleskpi.core.dashboard.DashboardRepository;
import org.saleskpi.core.dashboard.GadgetInstance;
import org.saleskpi.core.dashboard.Layout;
import org.saleskpi.core.gadget.GadgetInput;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.Paging;
import org.saleskpi.web.json.JsonInput;

/**
 * {@code /dashboards}: the standalone server's dashboards. Each is its owner's alone (dashboards
 * are not shared): anyone else gets 404 for it. Gadgets are placed, moved, configured and removed
 * under {@code /dashboards/{id}/gadgets}; {@code PUT /dashboards/{id}/layout} changes the number of
 * columns and may rearrange every gadget at once.
 */
@Path("/dashboards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DashboardResource {
    /** Bounds on a gadget's preferences: its options form has a few dozen at most. */
    static final int MAX_PREFERENCES = 50;
    static final int MAX_PREFERENCE_LENGTH = 2000;

    private final AccessPolicy access;
    private final DashboardRepository dashboards;
    private final DashboardJson json;

    public DashboardResource(AccessPolicy access, Directory directory, DashboardRepository dashboards) {
        this.access = access;
        this.dashboards = dashboards;
        this.json = new DashboardJson(directory);
    }

    /** {@code GET /dashboards?startAt=&maxResults=}: the caller's dashboards by name. */
    @GET
    public Map<String, Object> list(@QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        Caller caller = Caller.of(access);
        PageRequest page = Paging.of(startAt, maxResults);
        return Paging.json(dashboards.ofOwner(caller.user().key(), page), page, "dashboards", json::summary);
    }

    /** {@code POST /dashboards} with {@code {"name","layout"}}; the layout defaults to two columns. */
    @POST
    public Response create(JsonElement body) {
        Caller caller = Caller.of(access);
        JsonInput in = JsonInput.of(body);
        String name = in.requiredText("name", Dashboard.MAX_NAME_LENGTH);
        Layout layout = in.oneOf("layout", DashboardJson.LAYOUTS).map(DashboardJson::layout).orElse(Layout.TWO_COLUMNS);
        in.done();
        Dashboard stored = dashboards.create(Dashboard.create(caller.user().key(), name, layout));
        return Response.status(Response.Status.CREATED).entity(json.detail(stored, List.of())).build();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") long id) {
        Dashboard dashboard = owned(id, Caller.of(access));
        return json.detail(dashboard, dashboards.gadgets(id));
    }

    /** {@code PUT /dashboards/{id}} with {@code {"version","name","layout"}}; unsent fields stay. */
    @PUT
    @Path("{id}")
    public Map<String, Object> update(@PathParam("id") long id, JsonElement body) {
        Dashboard before = owned(id, Caller.of(access));
        JsonInput in = JsonInput.of(body);
        long version = in.version();
        String name = in.text("name", Dashboard.MAX_NAME_LENGTH).orElse(before.name());
        Layout layout = in.oneOf("layout", DashboardJson.LAYOUTS).map(DashboardJson::layout).orElse(before.layout());
        Dashboard edited = edited(in, before, name, layout, version);
        in.done();
        Dashboard stored = dashboards.update(edited);
        return json.detail(stored, dashboards.gadgets(id));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        owned(id, Caller.of(access));
        dashboards.delete(id);
        return Response.noContent().build();
    }

    /**
     * {@code PUT /dashboards/{id}/layout} with {@code {"version","layout","gadgets":[{"id","column","position"}]}}:
     * the layout first (gadgets of lost columns fold into the last one), then each listed gadget
     * moved in list order. Everything is checked before anything is written.
     */
    @PUT
    @Path("{id}/layout")
    public Map<String, Object> arrange(@PathParam("id") long id, JsonElement body) {
        Dashboard before = owned(id, Caller.of(access));
        JsonInput in = JsonInput.of(body);
        long version = in.version();
        Optional<Layout> layout = in.oneOf("layout", DashboardJson.LAYOUTS).map(DashboardJson::layout);
        if (layout.isEmpty() && !in.has("layout")) {
            in.reject("layout", "saleskpi.error.required", "is required");
        }
        int columns = layout.orElse(before.layout()).columns();
        List<Long> onDashboard = dashboards.gadgets(id).stream().map(GadgetInstance::id).toList();
        List<long[]> moves = new ArrayList<>();
        for (JsonInput gadget : in.objects("gadgets")) {
            Optional<Long> gadgetId = gadget.id("id");
            if (gadgetId.isPresent() && !onDashboard.contains(gadgetId.get())) {
                gadget.reject("id", "saleskpi.dashboard.gadget.unknown", "names no gadget of this dashboard");
            } else if (gadgetId.isEmpty() && !gadget.has("id")) {
                gadget.reject("id", "saleskpi.error.required", "is required");
            }
            int column = column(gadget, columns).orElse(0);
            int position = position(gadget).orElse(Integer.MAX_VALUE);
            gadgetId.ifPresent(g -> moves.add(new long[] {g, column, position}));
        }
        Dashboard edited = edited(in, before, before.name(), layout.orElse(before.layout()), version);
        in.done();
        Dashboard stored = dashboards.update(edited);
        for (long[] move : moves) {
            dashboards.moveGadget(move[0], (int) move[1], (int) move[2]);
        }
        return json.detail(stored, dashboards.gadgets(id));
    }

    /** {@code POST /dashboards/{id}/gadgets} with {@code {"type","column","position","preferences":{..}}}. */
    @POST
    @Path("{id}/gadgets")
    public Response addGadget(@PathParam("id") long id, JsonElement body) {
        Dashboard dashboard = owned(id, Caller.of(access));
        JsonInput in = JsonInput.of(body);
        Optional<String> type = in.oneOf("type", Gadgets.keys());
        if (type.isEmpty() && !in.has("type")) {
            in.reject("type", "saleskpi.error.required", "is required");
        }
        Optional<Integer> column = column(in, dashboard.layout().columns());
        if (column.isEmpty() && !in.has("column")) {
            in.reject("column", "saleskpi.error.required", "is required");
        }
        // Without a position the gadget goes to the bottom of its column.
        int position = position(in).orElse(Integer.MAX_VALUE);
        Map<String, String> preferences = in.textMap("preferences", MAX_PREFERENCES, MAX_PREFERENCE_LENGTH);
        type.ifPresent(key -> requireChoices(in, key, preferences));
        in.done();
        GadgetInstance gadget = dashboards.addGadget(id, type.get(), column.get(), position,
                DashboardJson.preferencesText(preferences));
        return Response.status(Response.Status.CREATED).entity(DashboardJson.gadget(gadget)).build();
    }

    /**
     * {@code PUT /dashboards/{id}/gadgets/{gadgetId}} with {@code column} and {@code position} to
     * move it, and/or {@code preferences} (replacing all of them) with the gadget's {@code version}.
     */
    @PUT
    @Path("{id}/gadgets/{gadgetId}")
    public Map<String, Object> updateGadget(@PathParam("id") long id, @PathParam("gadgetId") long gadgetId,
            JsonElement body) {
        Dashboard dashboard = owned(id, Caller.of(access));
        GadgetInstance before = gadgetOf(id, gadgetId);
        JsonInput in = JsonInput.of(body);
        Optional<Integer> column = column(in, dashboard.layout().columns());
        Optional<Integer> position = position(in);
        boolean newPreferences = in.has("preferences");
        Map<String, String> preferences = in.textMap("preferences", MAX_PREFERENCES, MAX_PREFERENCE_LENGTH);
        long version = newPreferences ? in.version() : before.version();
        if (newPreferences) {
            requireChoices(in, before.gadgetType(), preferences);
        }
        in.done();
        if (newPreferences) {
            if (version != before.version()) {
                throw ConflictException.staleVersion("Gadget", gadgetId, version);
            }
            dashboards.updatePreferences(new GadgetInstance(gadgetId, id, before.gadgetType(),
                    before.column(), before.position(), DashboardJson.preferencesText(preferences), version));
        }
        if (column.isPresent() || position.isPresent()) {
            dashboards.moveGadget(gadgetId, column.orElse(before.column()),
                    position.orElse(before.position()));
        }
        return DashboardJson.gadget(gadgetOf(id, gadgetId));
    }

    @DELETE
    @Path("{id}/gadgets/{gadgetId}")
    public Response removeGadget(@PathParam("id") long id, @PathParam("gadgetId") long gadgetId) {
        owned(id, Caller.of(access));
        gadgetOf(id, gadgetId);
        dashboards.removeGadget(gadgetId);
        return Response.noContent().build();
    }

    private Dashboard owned(long id, Caller caller) {
        return dashboards.get(id).filter(d -> d.ownerKey().equals(caller.user().key()))
                .orElseThrow(() -> new NotFoundException("Dashboard " + id + " does not exist or is not yours."));
    }

    private GadgetInstance gadgetOf(long dashboardId, long gadgetId) {
        return dashboards.gadgets(dashboardId).stream().filter(g -> g.id() == gadgetId).findFirst()
                .orElseThrow(() -> new NotFoundException("Gadget " + gadgetId + " is not on dashboard " + dashboardId + "."));
    }

    /**
     * A gadget without a required choice (a battery without a goal) is refused, not stored to fail on every load;
     * gadgets stored before this check are still served as they are.
     */
    private static void requireChoices(JsonInput in, String type, Map<String, String> preferences) {
        try {
            Gadgets.find(type).ifPresent(gadget -> GadgetInput.requireChoices(gadget, preferences));
        } catch (InvalidInputException e) {
            in.reject(new InvalidInputException(
                    e.errors().stream().map(error -> error.at("preferences." + error.field())).toList()));
        }
    }

    private static Dashboard edited(JsonInput in, Dashboard before, String name, Layout layout, long version) {
        try {
            return new Dashboard(before.id(), before.ownerKey(), name, layout, version);
        } catch (InvalidInputException e) {
            in.reject(e);
            return before;
        }
    }

    private static Optional<Integer> column(JsonInput in, int columns) {
        Optional<Long> column = in.whole("column");
        if (column.isPresent() && (column.get() < 0 || column.get() >= columns)) {
            in.reject("column", "saleskpi.dashboard.column.outOfLayout",
                    "must be between 0 and " + (columns - 1) + " in this layout", columns);
            return Optional.empty();
        }
        return column.map(Long::intValue);
    }

    private static Optional<Integer> position(JsonInput in) {
        Optional<Long> position = in.whole("position");
        if (position.isPresent() && (position.get() < 0 || position.get() > Integer.MAX_VALUE)) {
            in.reject("position", "saleskpi.dashboard.position.negative", "must be 0 or more");
            return Optional.empty();
        }
        return position.map(Long::intValue);
    }
}
