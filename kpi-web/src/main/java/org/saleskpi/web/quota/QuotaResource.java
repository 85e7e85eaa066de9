package org.saleskpi.web.quota;

import com.google.gson.JsonElement;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.Quota;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.Paging;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.json.JsonInput;
import org.saleskpi.web.json.PersonJson;

/**
 * {@code /quotas}: what each rep is expected to sell per period, the per-rep target of target
 * attainment. Quotas belong to a project; they are read and set through one of its KPI profiles,
 * whose currency their amounts are in. A quota is {@code {"id","project","profileId","rep":{..},
 * "startDate","endDate","amount","currency"}} with both dates included.
 */
@Path("/quotas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class QuotaResource {
    private final RestServices services;

    @Inject
    public QuotaResource(RestServices services) {
        this.services = services;
    }

    /** {@code GET /quotas?profile=&rep=&startAt=&maxResults=}: the profile's project's quotas by rep and period. */
    @GET
    public Map<String, Object> list(@QueryParam("profile") String profile, @QueryParam("rep") String rep,
            @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        Caller caller = Caller.of(services.access());
        long profileId;
        try {
            profileId = Long.parseLong(profile == null ? "" : profile.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("profile", "saleskpi.quota.profile.required", "profile must be a KPI profile id.");
        }
        PageRequest page = Paging.of(startAt, maxResults);
        KpiProfile kpiProfile = services.profiles().get(profileId)
                .filter(p -> caller.canBrowse(p.projectKey()) || caller.isSystemAdmin())
                .orElseThrow(() -> new NotFoundException("KPI profile " + profileId + " does not exist or you may not see it."));
        String project = kpiProfile.projectKey();
        Page<Quota> quotas = rep == null || rep.isBlank()
                ? services.quotas().ofProject(project, page)
                : services.quotas().ofRep(project, rep.strip(), page);
        return Paging.json(quotas, page, "quotas", q -> json(q, kpiProfile));
    }

    /**
     * {@code PUT /quotas} with {@code {"profileId","repKey","startDate","endDate","amount"}}: sets the
     * rep's quota for exactly that period, replacing one set before. A period that overlaps another
     * of the rep's quotas without being the same is refused: attainment would count twice.
     */
    @PUT
    public Map<String, Object> set(JsonElement body) {
        Caller caller = Caller.of(services.access());
        JsonInput in = JsonInput.of(body);
        Optional<Long> profileId = in.id("profileId");
        if (profileId.isEmpty() && !in.has("profileId")) {
            in.reject("profileId", "saleskpi.error.required", "is required");
        }
        Optional<KpiProfile> profile = profileId.flatMap(id -> services.profiles().get(id))
                .filter(p -> caller.canBrowse(p.projectKey()) || caller.isSystemAdmin());
        if (profileId.isPresent() && profile.isEmpty()) {
            in.reject("profileId", "saleskpi.quota.profileId.unknown", "names no KPI profile you may see");
        }
        in.done();
        String project = profile.orElseThrow().projectKey();
        caller.requireAdminister(project, "quotas of project " + project);
        String repKey = in.requiredText("repKey", JsonInput.MAX_TEXT);
        if (!repKey.isBlank() && services.directory().find(repKey).isEmpty()) {
            in.reject("repKey", "saleskpi.quota.repKey.unknown", "names nobody: " + repKey, repKey);
        }
        Optional<LocalDate> start = required(in, in.date("startDate"), "startDate");
        Optional<LocalDate> end = required(in, in.date("endDate"), "endDate");
        Optional<BigDecimal> amount = required(in, in.decimal("amount"), "amount");
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            in.reject("endDate", "saleskpi.quota.endDate.beforeStart", "must not be before startDate");
        }
        in.done();
        Quota quota = new Quota(0, project, repKey, Period.inclusive(start.get(), end.get()), amount.get());
        List<Quota> before = services.quotas().overlapping(project, quota.period()).stream()
                .filter(q -> q.repKey().equals(repKey)).toList();
        if (before.stream().anyMatch(q -> !q.period().equals(quota.period()))) {
            throw InvalidInputException.of("startDate", "saleskpi.quota.period.overlaps",
                    "startDate: the period overlaps another quota of " + repKey + "; set that one or pick another period.");
        }
        // Created first: should the deletes fail, the rep has the new quota twice rather than none.
        Quota stored = services.quotas().create(quota);
        before.forEach(q -> services.quotas().delete(q.id()));
        return json(stored, profile.get());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        Caller caller = Caller.of(services.access());
        Quota quota = services.quotas().get(id)
                .orElseThrow(() -> new NotFoundException("Quota " + id + " does not exist or you may not see it."));
        caller.requireAdminister(quota.projectKey(), "quotas");
        services.quotas().delete(id);
        return Response.noContent().build();
    }

    private static <T> Optional<T> required(JsonInput in, Optional<T> value, String field) {
        if (value.isEmpty() && !in.has(field)) {
            in.reject(field, "saleskpi.error.required", "is required");
        }
        return value;
    }

    private Map<String, Object> json(Quota quota, KpiProfile profile) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", quota.id());
        json.put("project", quota.projectKey());
        json.put("profileId", profile.id());
        json.put("rep", PersonJson.of(services.directory(), quota.repKey()));
        json.put("startDate", quota.period().start());
        json.put("endDate", quota.period().lastDay());
        json.put("amount", quota.amount());
        json.put("currency", profile.model().currency().getCurrencyCode());
        return json;
    }
}
