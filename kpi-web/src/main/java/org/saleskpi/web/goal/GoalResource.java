package org.saleskpi.web.goal;

import com.google.gson.JsonElement;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalInput;
import org.saleskpi.core.goal.GoalQuery;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.validation.Validator;
import org.saleskpi.web.Caller;
import org.saleskpi.web.Paging;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.guard.Guarded;
import org.saleskpi.web.json.JsonInput;

/**
 * {@code /goals}: a project's goals, read by whoever may browse the project and written by its
 * administrators. A goal is archived and restored with {@code POST /goals/{id}/archive} and
 * {@code /restore}, each carrying the version read, so that the flag changes in one transaction
 * of its own and never rides along with an edit.
 */
@Path("/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class GoalResource {
    private final RestServices services;
    private final GoalLookup lookup;
    private final GoalForm form;
    private final TargetForm targetForm;
    private final GoalViews views;

    @Inject
    public GoalResource(RestServices services) {
        this.services = services;
        this.lookup = new GoalLookup(services.goals(), services.targets());
        this.form = new GoalForm(services.directory(), services.folders());
        this.targetForm = new TargetForm(form, services.profiles(), services.issues());
        this.views = new GoalViews(services);
    }

    /** {@code GET /goals?project=&folder=&owner=&archived=&startAt=&maxResults=}; project is required. */
    @GET
    public Map<String, Object> list(@QueryParam("project") String project, @QueryParam("folder") String folder,
            @QueryParam("owner") String owner, @QueryParam("archived") String archived,
            @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        Caller caller = Caller.of(services.access());
        Validator v = new Validator();
        v.check(project != null && !project.isBlank(), "project", "saleskpi.goal.project.required",
                "project is required.");
        Optional<Long> folderId = Optional.empty();
        try {
            folderId = folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(folder.strip()));
        } catch (NumberFormatException e) {
            v.check(false, "folder", "saleskpi.goal.folder.invalid", "folder must be a folder id.");
        }
        v.check(archived == null || archived.equals("true") || archived.equals("false"), "archived",
                "saleskpi.goal.archived.invalid", "archived must be true or false.");
        v.throwIfInvalid();
        PageRequest page = Paging.of(startAt, maxResults);
        caller.requireBrowse(project, "Project " + project);
        GoalQuery query = new GoalQuery(project, folderId, Optional.ofNullable(owner).filter(o -> !o.isBlank()),
                "true".equals(archived));
        Page<Goal> goals = services.goals().find(query, page);
        return Paging.json(goals, page, "goals", views.json()::summary);
    }

    /** {@code POST /goals}: {@code project} and {@code name} are all a new goal needs; targets may come inline. */
    @POST
    public Response create(JsonElement body) {
        Caller caller = Caller.of(services.access());
        JsonInput in = JsonInput.of(body);
        String project = in.requiredText("project", JsonInput.MAX_TEXT);
        in.done();
        caller.requireEditGoals(project, "goals of project " + project);
        LocalDate today = LocalDate.now(services.clock());
        GoalInput input = form.create(in, project, caller.user().key(), today);
        Goal goal = null;
        try {
            goal = Goal.create(project, input, services.clock().instant());
        } catch (InvalidInputException e) {
            in.reject(e);
        }
        List<Target> targets = new ArrayList<>();
        for (JsonInput target : in.objects("targets")) {
            targetForm.create(target, 0, project, input.ownerKey(), caller.user()).ifPresent(targets::add);
        }
        in.done();
        Goal stored = services.goals().create(goal.withTargets(targets));
        return Response.status(Response.Status.CREATED).entity(views.detail(stored, caller)).build();
    }

    /** {@code GET /goals/{id}}: the goal measured now, as the caller may see its issues. */
    @GET
    @Path("{id}")
    @Guarded
    public Map<String, Object> get(@PathParam("id") long id) {
        Caller caller = Caller.of(services.access());
        return views.detail(lookup.readable(id, caller), caller);
    }

    /** {@code PUT /goals/{id}}: the sent fields replace the stored ones; {@code version} is required. */
    @PUT
    @Path("{id}")
    public Map<String, Object> update(@PathParam("id") long id, JsonElement body) {
        Caller caller = Caller.of(services.access());
        Goal before = lookup.editable(id, caller);
        JsonInput in = JsonInput.of(body);
        long version = in.version();
        GoalInput input = form.edit(in, before);
        Goal edited = null;
        try {
            edited = before.edit(input, services.clock().instant());
        } catch (InvalidInputException e) {
            in.reject(e);
        }
        in.done();
        requireVersion("Goal", before.id(), before.version(), version);
        return views.detail(services.goals().update(edited), caller);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        Caller caller = Caller.of(services.access());
        lookup.editable(id, caller);
        services.goals().delete(id);
        return Response.noContent().build();
    }

    /** {@code POST /goals/{id}/archive} with {@code {"version"}}: hides the goal from the default list. */
    @POST
    @Path("{id}/archive")
    public Map<String, Object> archive(@PathParam("id") long id, JsonElement body) {
        return setArchived(id, body, true);
    }

    /** {@code POST /goals/{id}/restore} with {@code {"version"}}: brings an archived goal back. */
    @POST
    @Path("{id}/restore")
    public Map<String, Object> restore(@PathParam("id") long id, JsonElement body) {
        return setArchived(id, body, false);
    }

    /** {@code POST /goals/{id}/targets}: a new target; its owner is the goal's unless {@code ownerKey} is sent. */
    @POST
    @Path("{id}/targets")
    public Response addTarget(@PathParam("id") long id, JsonElement body) {
        Caller caller = Caller.of(services.access());
        Goal goal = lookup.editable(id, caller);
        JsonInput in = JsonInput.of(body);
        Optional<Target> target = targetForm.create(in, goal.id(), goal.projectKey(), goal.ownerKey(), caller.user());
        in.done();
        Target stored = services.targets().create(target.orElseThrow());
        return Response.status(Response.Status.CREATED).entity(views.target(stored.id(), caller)).build();
    }

    private Map<String, Object> setArchived(long id, JsonElement body, boolean archived) {
        Caller caller = Caller.of(services.access());
        lookup.editable(id, caller);
        JsonInput in = JsonInput.of(body);
        long version = in.version();
        in.done();
        Goal stored = services.goals().setArchived(id, version, archived, services.clock().instant());
        return views.detail(stored, caller);
    }

    /** A 409 before validating a stale edit any further; the repository checks again as it writes. */
    static void requireVersion(String entity, long id, long stored, long sent) {
        if (stored != sent) {
            throw ConflictException.staleVersion(entity, id, sent);
        }
    }
}
