package org.saleskpi.web.goal;

import com.google.gson.JsonElement;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.core.goal.ValueUpdate;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.Paging;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.json.JsonInput;

/**
 * {@code /targets/{id}}: redefining and deleting a target (project administrators), entering its
 * current value (its owner or a project administrator) and reading its value history (anyone who
 * may browse the project). New targets are posted to {@code /goals/{id}/targets}.
 */
@Path("/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TargetResource {
    private final RestServices services;
    private final GoalLookup lookup;
    private final TargetForm form;
    private final GoalViews views;

    @Inject
    public TargetResource(RestServices services) {
        this.services = services;
        this.lookup = new GoalLookup(services.goals(), services.targets());
        this.form = new TargetForm(new GoalForm(services.directory(), services.folders()), services.profiles(),
                services.issues());
        this.views = new GoalViews(services);
    }

    /** {@code PUT /targets/{id}}: the sent fields redefine the target; {@code version} is required, the kind fixed. */
    @PUT
    @Path("{id}")
    public Map<String, Object> update(@PathParam("id") long id, JsonElement body) {
        Caller caller = Caller.of(services.access());
        Goal goal = lookup.goalOf(id, caller);
        caller.requireEditGoals(goal.projectKey(), "targets");
        Target before = GoalLookup.targetIn(goal, id);
        JsonInput in = JsonInput.of(body);
        long version = in.version();
        Optional<Target> edited = form.edit(in, before, goal.projectKey(), caller.user());
        in.done();
        GoalResource.requireVersion("Target", id, before.version(), version);
        services.targets().update(edited.orElseThrow());
        return views.target(id, caller);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        Caller caller = Caller.of(services.access());
        Goal goal = lookup.goalOf(id, caller);
        caller.requireEditGoals(goal.projectKey(), "targets");
        services.targets().delete(id);
        return Response.noContent().build();
    }

    /**
     * {@code POST /targets/{id}/value} with {@code {"value", "note", "version"}}: a number, or a
     * boolean for a true/false target. Issues and KPI targets are measured, never entered. Without
     * {@code version} the value applies to the version just read. A value is dated when it is
     * entered, so before the goal's start date it is refused (400 naming {@code value}).
     */
    @POST
    @Path("{id}/value")
    public Map<String, Object> enterValue(@PathParam("id") long id, JsonElement body) {
        Caller caller = Caller.of(services.access());
        Goal goal = lookup.goalOf(id, caller);
        Target target = GoalLookup.targetIn(goal, id);
        if (!target.isOwnedBy(caller.user().key()) && !caller.canEditGoals(goal.projectKey())) {
            throw new ForbiddenException("Only the target's owner and the project's administrators and editors may enter its value.");
        }
        JsonInput in = JsonInput.of(body);
        Optional<Double> value = value(in, target.kind());
        Optional<String> note = in.text("note", JsonInput.MAX_LONG_TEXT);
        long version = in.whole("version").orElse(target.version());
        in.done();
        ValueUpdate update;
        try {
            update = goal.enterValue(target, caller.user().key(), value.orElseThrow(), note, services.clock());
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("value", e.errors().get(0).messageKey(), e.errors().get(0).message());
        }
        services.history().updateValue(version, update.change());
        return views.target(id, caller);
    }

    /** {@code GET /targets/{id}/history?startAt=&maxResults=}: value changes, newest first. */
    @GET
    @Path("{id}/history")
    public Map<String, Object> history(@PathParam("id") long id, @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults) {
        Caller caller = Caller.of(services.access());
        lookup.goalOf(id, caller);
        PageRequest page = Paging.of(startAt, maxResults);
        return Paging.json(services.history().history(id, page), page, "changes", views.json()::change);
    }

    private static Optional<Double> value(JsonInput in, TargetKind kind) {
        if (!kind.isEnteredByHand()) {
            in.reject("value", "saleskpi.goal.value.measured",
                    "cannot be entered: a " + kind.key() + " target is measured from Jira");
            return Optional.empty();
        }
        Optional<Double> value;
        if (kind instanceof TargetKind.TrueFalse) {
            value = in.bool("value").map(done -> done ? 1.0 : 0.0);
        } else if (kind instanceof TargetKind.Numeric || kind instanceof TargetKind.Amount) {
            value = in.decimal("value").map(java.math.BigDecimal::doubleValue);
        } else {
            throw new IllegalStateException("no typed value for target kind " + kind.getClass().getName());
        }
        if (value.isEmpty() && !in.has("value")) {
            in.reject("value", "saleskpi.error.required", "is required");
        }
        return value;
    }
}
