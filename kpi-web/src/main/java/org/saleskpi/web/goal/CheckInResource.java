package org.saleskpi.web.goal;

import com.google.gson.JsonElement;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.checkin.CheckIn;
import org.saleskpi.core.goal.checkin.CheckInStatus;
import org.saleskpi.core.goal.checkin.OverdueCheckIn;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.json.JsonInput;

/**
 * {@code /goals/{id}/checkins}: a goal's check-ins, newest first, read by whoever may see the goal and written by
 * its owner or anyone who may edit the project's goals (ADR 0062).
 */
@Path("/goals/{id}/checkins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CheckInResource {
    private final RestServices services;
    private final GoalLookup lookup;
    private final GoalJson json;

    @Inject
    public CheckInResource(RestServices services) {
        this.services = services;
        this.lookup = new GoalLookup(services.goals(), services.targets());
        this.json = new GoalJson(services.directory());
    }

    /** {@code {"cadence", "overdue": {"dueOn","daysOverdue"} or null, "checkIns": [...]}}. */
    @GET
    public Map<String, Object> list(@PathParam("id") long id) {
        Caller caller = Caller.of(services.access());
        Goal goal = lookup.readable(id, caller);
        List<CheckIn> checkIns = services.checkIns().ofGoal(goal.id());
        Optional<OverdueCheckIn> overdue = OverdueCheckIn.of(goal, checkIns.stream().findFirst().map(CheckIn::written),
                LocalDate.now(services.clock()), services.clock().getZone());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("cadence", goal.checkInCadence().key());
        answer.put("canWrite", mayWrite(goal, caller));
        answer.put("overdue", overdue.map(o -> {
            Map<String, Object> late = new LinkedHashMap<>();
            late.put("dueOn", o.dueOn());
            late.put("daysOverdue", o.daysOverdue());
            return late;
        }).orElse(null));
        answer.put("checkIns", checkIns.stream().map(json::checkIn).toList());
        return answer;
    }

    /** {@code POST} with {@code {"status": "on-track"|"at-risk"|"off-track", "text"}}. */
    @POST
    public Response write(@PathParam("id") long id, JsonElement body) {
        Caller caller = Caller.of(services.access());
        Goal goal = lookup.readable(id, caller);
        if (!mayWrite(goal, caller)) {
            throw new ForbiddenException("Only the goal's owner and those who may edit goals may write a check-in.");
        }
        JsonInput in = JsonInput.of(body);
        Optional<CheckInStatus> status = in.oneOf("status", Arrays.stream(CheckInStatus.values())
                .map(CheckInStatus::key).toList()).flatMap(CheckInStatus::ofKey);
        if (status.isEmpty() && !in.sent("status")) {
            in.reject("status", "saleskpi.checkIn.status.required", "Choose on track, at risk or off track");
        }
        String text = in.requiredText("text", JsonInput.MAX_LONG_TEXT);
        CheckIn checkIn = null;
        if (status.isPresent() && !text.isBlank()) {
            try {
                checkIn = CheckIn.write(goal.id(), caller.user().key(), status.get(), text, services.clock().instant());
            } catch (InvalidInputException e) {
                in.reject(e);
            }
        }
        in.done();
        CheckIn stored = services.checkIns().create(checkIn);
        return Response.status(Response.Status.CREATED).entity(json.checkIn(stored)).build();
    }

    private static boolean mayWrite(Goal goal, Caller caller) {
        return goal.ownerKey().equals(caller.user().key()) || caller.canEditGoals(goal.projectKey());
    }
}
