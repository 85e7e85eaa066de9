package org.saleskpi.server.dashboard;

import com.google.gson.JsonElement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.dashboard.Dashboard;
import org.saleskpi.core.dashboard.DashboardRepository;
import org.saleskpi.core.dashboard.GadgetInstance;
import org.saleskpi.core.dashboard.Layout;
import org.saleskpi.core.gadget.GadgetInput;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.auth.Role;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.Paging;
import org.saleskpi.web.json.JsonInput;

/**
 * {@code /dashboards}: the standalone server's dashboards. Each is its owner's alone until they share it
 * ({@code PUT /dashboards/{id}/shares}) with a project's roles or named people, to view or to edit (ADR 0061):
 * anyone it is not shared with gets 404 for it, a viewer's write 403. Gadgets are placed, moved, configured and
 * removed under {@code /dashboards/{id}/gadgets}; {@code PUT /dashboards/{id}/layout} changes the number of
 * columns and may rearrange every gadget at once. {@code PUT /dashboards/{id}/favourite} stars it.
 */
@Path("/dashboards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DashboardResource {
    /** Bounds on a gadget's preferences: its options form has a few dozen at most. */
    static final int MAX_PREFERENCES = 50;
    static final int MAX_PREFERENCE_LENGTH = 2000;

    /** The lists {@code GET /dashboards?filter=} gives. */
    static final List<String> FILTERS = List.of("mine", "shared", "favourites");
    static final List<String> RIGHTS = List.of("view", "edit");
    static final List<String> ROLES = List.of("viewer", "editor", "admin");
    /** Shares of one dashboard: a few projects' roles and a team's people. */
    static final int MAX_SHARES = 100;

    private final AccessPolicy access;
    private final DashboardRepository dashboards;
    private final DashboardSharing sharing;
    private final Directory directory;
    private final DashboardJson json;

    public DashboardResource(AccessPolicy access, Directory directory, DashboardRepository dashboards,
            DashboardSharing sharing) {
        this.access = access;
        this.dashboards = dashboards;
        this.sharing = sharing;
        this.directory = directory;
        this.json = new DashboardJson(directory);
    }

    /**
     * {@code GET /dashboards?filter=mine|shared|favourites&startAt=&maxResults=} by name: the caller's own (the
     * default), those shared with them, or those they starred and may still see. Each says the caller's
     * {@code access} ({@code owner}, {@code edit}, {@code view}) and whether it is their {@code favourite}.
     */
    @GET
    public Map<String, Object> list(@QueryParam("filter") String filter, @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults) {
        Caller caller = Caller.of(access);
        if (filter != null && !FILTERS.contains(filter)) {
            throw InvalidInputException.of("filter", "saleskpi.error.oneOf", "filter must be one of "
                    + String.join(", ", FILTERS), String.join(", ", FILTERS));
        }
        PageRequest page = Paging.of(startAt, maxResults);
        UserRef user = caller.user();
        List<Long> starred = sharing.favourites().of(user.key());
        if (filter == null || "mine".equals(filter)) {
            return Paging.json(dashboards.ofOwner(user.key(), page), page, "dashboards",
                    d -> json.summary(d, Reach.OWNER, starred.contains(d.id())));
        }
        List<Dashboard> found = new ArrayList<>();
        Map<Long, Reach> reached = new HashMap<>();
        if ("shared".equals(filter)) {
            sharing.reach().sharedWith(user).forEach((id, reach) -> dashboards.get(id)
                    .filter(d -> !d.ownerKey().equals(user.key())).ifPresent(d -> {
                        found.add(d);
                        reached.put(id, reach);
                    }));
        } else {
            for (long id : starred) {
                dashboards.get(id).ifPresent(d -> {
                    Reach reach = sharing.reach().of(d, user);
                    if (reach.includes(Reach.VIEW)) {
                        found.add(d);
                        reached.put(id, reach);
                    }
                });
            }
        }
        found.sort(Comparator.comparing((Dashboard d) -> d.name().toLowerCase(Locale.ROOT)).thenComparing(Dashboard::id));
        List<Dashboard> shown = found.subList(Math.min(page.offset(), found.size()),
                Math.min(page.offset() + page.limit(), found.size()));
        return Paging.json(new Page<>(List.copyOf(shown), found.size()), page, "dashboards",
                d -> json.summary(d, reached.get(d.id()), starred.contains(d.id())));
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
        return Response.status(Response.Status.CREATED).entity(detail(stored, caller.user())).build();
    }

    /**
     * One dashboard as the caller may use it: their {@code access}, {@code favourite}, and on each gadget
     * {@code seen}, false when it counts issues of a project the caller may not browse. It becomes their start page.
     */
    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") long id, @QueryParam("jql") String pageJql) {
        Caller caller = Caller.of(access);
        Dashboard dashboard = reached(id, caller, Reach.VIEW);
        sharing.lastOpened().opened(caller.user().key(), id);
        return detail(dashboard, caller.user(), pageJql == null ? "" : pageJql);
    }

    /** {@code PUT /dashboards/{id}} with {@code {"version","name","layout"}}; unsent fields stay. */
    @PUT
    @Path("{id}")
    public Map<String, Object> update(@PathParam("id") long id, JsonElement body) {
        Caller caller = Caller.of(access);
        Dashboard before = reached(id, caller, Reach.EDIT);
        JsonInput in = JsonInput.of(body);
        long version = in.version();
        String name = in.text("name", Dashboard.MAX_NAME_LENGTH).orElse(before.name());
        Layout layout = in.oneOf("layout", DashboardJson.LAYOUTS).map(DashboardJson::layout).orElse(before.layout());
        Dashboard edited = edited(in, before, name, layout, version);
        in.done();
        Dashboard stored = dashboards.update(edited);
        return detail(stored, caller.user());
    }

    /** Its owner's or a global administrator's only; its shares and stars go with it. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        reached(id, Caller.of(access), Reach.OWNER);
        dashboards.delete(id);
        sharing.forget(id);
        return Response.noContent().build();
    }

    /**
     * {@code GET /dashboards/{id}/shares}: {@code {"shares":[..], "projects":[..]}}, the shares as {@link #share}
     * takes them and the keys of every project the owner may share with (with issues, members or a KPI profile).
     */
    @GET
    @Path("{id}/shares")
    public Map<String, Object> shares(@PathParam("id") long id) {
        Caller caller = Caller.of(access);
        reached(id, caller, Reach.OWNER);
        Map<String, Object> shares = new LinkedHashMap<>(sharesJson(id));
        shares.put("projects", sharing.projects().of(caller.user()));
        return shares;
    }

    /**
     * {@code PUT /dashboards/{id}/shares} with {@code {"shares":[{"project","role","rights"} or {"user","rights"}]}}:
     * replaces every share ({@code []} makes it private). {@code role} is viewer, editor or admin (everyone with at
     * least that role in the project), {@code user} a user key, {@code rights} view or edit. Every entry is checked
     * before anything is written; a 400 names each wrong field ({@code shares[1].user}).
     */
    @PUT
    @Path("{id}/shares")
    public Map<String, Object> share(@PathParam("id") long id, JsonElement body) {
        Caller caller = Caller.of(access);
        Dashboard dashboard = reached(id, caller, Reach.OWNER);
        JsonInput in = JsonInput.of(body);
        if (!in.has("shares")) {
            in.reject("shares", "saleskpi.error.required", "is required");
        }
        List<JsonInput> items = in.objects("shares");
        if (items.size() > MAX_SHARES) {
            in.reject("shares", "saleskpi.error.tooMany", "must have at most " + MAX_SHARES + " entries", MAX_SHARES);
        }
        List<Share> shares = new ArrayList<>();
        for (JsonInput item : items) {
            share(item, caller.user(), dashboard).ifPresent(shares::add);
        }
        in.done();
        sharing.reach().shares().replace(id, shares.stream().distinct().toList());
        return sharesJson(id);
    }

    /** {@code PUT /dashboards/{id}/favourite}: stars a dashboard the caller may see. */
    @PUT
    @Path("{id}/favourite")
    public Response star(@PathParam("id") long id) {
        Caller caller = Caller.of(access);
        reached(id, caller, Reach.VIEW);
        sharing.favourites().add(caller.user().key(), id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/favourite")
    public Response unstar(@PathParam("id") long id) {
        Caller caller = Caller.of(access);
        reached(id, caller, Reach.VIEW);
        sharing.favourites().remove(caller.user().key(), id);
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
        Caller caller = Caller.of(access);
        Dashboard before = reached(id, caller, Reach.EDIT);
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
        return detail(stored, caller.user());
    }

    /** {@code POST /dashboards/{id}/gadgets} with {@code {"type","column","position","preferences":{..}}}. */
    @POST
    @Path("{id}/gadgets")
    public Response addGadget(@PathParam("id") long id, JsonElement body) {
        Dashboard dashboard = reached(id, Caller.of(access), Reach.EDIT);
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
        Dashboard dashboard = reached(id, Caller.of(access), Reach.EDIT);
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
        reached(id, Caller.of(access), Reach.EDIT);
        gadgetOf(id, gadgetId);
        dashboards.removeGadget(gadgetId);
        return Response.noContent().build();
    }

    /**
     * The dashboard if the caller reaches it as far as {@code needed}: 404 when they may not see it (its existence
     * does not show), 403 when they may see it but not do this.
     */
    private Dashboard reached(long id, Caller caller, Reach needed) {
        Dashboard dashboard = dashboards.get(id)
                .orElseThrow(() -> new NotFoundException("Dashboard " + id + " does not exist or you may not see it."));
        Reach reach = sharing.reach().of(dashboard, caller.user());
        if (reach == Reach.NONE) {
            throw new NotFoundException("Dashboard " + id + " does not exist or you may not see it.");
        }
        if (!reach.includes(needed)) {
            throw new ForbiddenException(needed == Reach.OWNER
                    ? "Only the owner of dashboard " + id + " may share or delete it."
                    : "Dashboard " + id + " is shared with you to view only.");
        }
        return dashboard;
    }

    private Map<String, Object> detail(Dashboard dashboard, UserRef viewer) {
        return detail(dashboard, viewer, "");
    }

    /** The dashboard as the viewer sees it, its gadgets' sight with the page's narrowing {@code pageJql} (?jql=). */
    private Map<String, Object> detail(Dashboard dashboard, UserRef viewer, String pageJql) {
        List<GadgetInstance> gadgets = dashboards.gadgets(dashboard.id());
        Map<String, Object> detail = json.detail(dashboard, gadgets,
                gadget -> sharing.sight().of(viewer, gadget, pageJql));
        detail.put("access", sharing.reach().of(dashboard, viewer).json());
        detail.put("favourite", sharing.favourites().isFavourite(viewer.key(), dashboard.id()));
        return detail;
    }

    private Map<String, Object> sharesJson(long id) {
        return Map.of("shares", sharing.reach().shares().of(id).stream().map(share -> json.share(share)).toList());
    }

    /** One entry of a share list, or empty with its errors recorded in {@code item}. */
    private Optional<Share> share(JsonInput item, UserRef sharer, Dashboard dashboard) {
        Optional<String> rightsText = item.text("rights", JsonInput.MAX_TEXT);
        Optional<Share.Rights> rights = rightsText.filter(RIGHTS::contains)
                .map(text -> Share.Rights.valueOf(text.toUpperCase(Locale.ROOT)));
        if (rights.isEmpty()) {
            item.reject("rights", "saleskpi.dashboard.share.badRights", "must be view or edit");
        }
        Optional<String> user = item.text("user", JsonInput.MAX_TEXT);
        Optional<String> project = item.text("project", JsonInput.MAX_TEXT);
        if (user.isPresent() == project.isPresent()) {
            item.reject(user.isPresent() ? "project" : "user", "saleskpi.dashboard.share.personOrProject",
                    "name either a user or a project and a role");
            return Optional.empty();
        }
        if (user.isPresent()) {
            Optional<UserRef> person = directory.find(user.get());
            if (person.isEmpty()) {
                item.reject("user", "saleskpi.dashboard.share.unknownUser", "names nobody on this server", user.get());
            } else if (person.get().key().equals(dashboard.ownerKey())) {
                item.reject("user", "saleskpi.dashboard.share.owner", "is the owner, who always has the dashboard");
            }
            return rights.isPresent() && person.isPresent() ? Optional.of(Share.withPerson(person.get().key(),
                    rights.get())) : Optional.empty();
        }
        String projectKey = project.get().toUpperCase(Locale.ROOT);
        boolean known = sharing.projects().knows(sharer, projectKey);
        if (!known) {
            item.reject("project", "saleskpi.dashboard.share.unknownProject", "names no project you may see",
                    project.get());
        }
        Optional<String> roleText = item.text("role", JsonInput.MAX_TEXT);
        Optional<Role> role = roleText.filter(ROLES::contains).flatMap(Role::parse);
        if (role.isEmpty()) {
            item.reject("role", "saleskpi.dashboard.share.unknownRole", "must be viewer, editor or admin");
        }
        return known && role.isPresent() && rights.isPresent()
                ? Optional.of(Share.withRole(projectKey, role.get(), rights.get())) : Optional.empty();
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
