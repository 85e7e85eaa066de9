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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.ProfileIssues;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.profile.Profiles;

/**
 * The dashboard gadgets' data, for the types {@code line}, {@code bar}, {@code pie},
 * {@code battery}, {@code calculation}, {@code table}, {@code whos-behind}, {@code goals},
 * {@code leaderboard}, {@code completed} and {@code worked-on}; the options are query parameters
 * listed in {@link GadgetRequest} and in each type's class.
 *
 * <ul>
 * <li>{@code GET /gadgets/{type}/data?profile=&...}: the dataset as JSON, computed from the
 * profile's issues the caller may browse. Values are numbers, or null beside an
 * {@code ...AbsentReason}; periods are {@code {"from","to"}} with {@code to} excluded.
 * <li>{@code GET /gadgets/{type}/validate?profile=&...}: checks the options, including the JQL,
 * without computing: 200 with {@code {"errors":[]}} when they are fine, 400 with the usual error
 * body naming each wrong parameter when not (as {@code data} would answer).
 * </ul>
 * An unknown type is 404, as is a profile (or goal) the caller may not see.
 */
@Path("/gadgets/{type}")
@Produces(MediaType.APPLICATION_JSON)
public final class GadgetResource {
    /** Core options name some fields differently from the query parameters that feed them. */
    private static final Map<String, String> PARAMETERS = Map.of("figures", "kpi", "columns", "kpi", "figure", "kpi");
    private static final Map<String, GadgetType> TYPES = Stream.of(new LineType(), new BarType(), new PieType(),
            new BatteryType(), new CalculationType(), new TableType(), new WhosBehindType(), new GoalsType(),
            new LeaderboardType(), ActivityType.completed(), ActivityType.workedOn())
            .collect(Collectors.toUnmodifiableMap(GadgetType::key, Function.identity()));

    private final RestServices services;

    /** The keys of every gadget type, sorted; a saved gadget keeps its key, so keys never change. */
    public static List<String> typeKeys() {
        return Gadgets.keys();
    }

    @Inject
    public GadgetResource(RestServices services) {
        this.services = services;
    }

    @GET
    @Path("data")
    public JsonObject data(@PathParam("type") String typeKey, @Context UriInfo uri) {
        Caller caller = Caller.of(services.access());
        GadgetType type = type(typeKey);
        GadgetRequest request = request(caller, uri);
        GadgetType.Plan plan = plan(type, request);
        // Gadgets over goals alone read no issue.
        IssueTable table = plan.columns().isEmpty()
                ? IssueTable.of(request.model().calendar().zone(), plan.columns(), List.of())
                : new ProfileIssues(services.issues()).load(caller.user(), request.profile(), request.text(ProfileIssues.JQL), plan.columns());
        if (request.periodParam().fixed().isEmpty()) {
            Period dates = request.periodParam().resolve(table, request.today());
            request = request.withPeriod(dates);
            plan = plan(type, request);
        }
        return plan.dataset().apply(table);
    }

    @GET
    @Path("validate")
    public JsonObject validate(@PathParam("type") String typeKey, @Context UriInfo uri) {
        Caller caller = Caller.of(services.access());
        GadgetType type = type(typeKey);
        GadgetRequest request = request(caller, uri);
        plan(type, request);
        new ProfileIssues(services.issues()).check(caller.user(), request.profile(), request.text(ProfileIssues.JQL));
        JsonObject json = new JsonObject();
        json.add("errors", new JsonArray());
        return json;
    }

    private static GadgetType type(String key) {
        GadgetType type = Gadgets.find(key).isPresent() ? TYPES.get(key) : null;
        if (type == null) {
            throw new NotFoundException("There is no gadget type " + key + ".");
        }
        return type;
    }

    private GadgetRequest request(Caller caller, UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters());
        KpiProfile profile = Profiles.fromParam(services.profiles(), caller, params.first("profile"));
        return new GadgetRequest(services, caller, profile, params);
    }

    private static GadgetType.Plan plan(GadgetType type, GadgetRequest request) {
        try {
            return type.plan(request);
        } catch (InvalidInputException e) {
            List<FieldError> named = e.errors().stream()
                    .map(err -> new FieldError(PARAMETERS.getOrDefault(err.field(), err.field()), err.messageKey(),
                            err.message()))
                    .toList();
            throw new InvalidInputException(named);
        }
    }

}
