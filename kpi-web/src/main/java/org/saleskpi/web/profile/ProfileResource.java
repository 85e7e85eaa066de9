package org.saleskpi.web.profile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.guard.Guarded;
import org.saleskpi.web.json.JsonInput;

/**
 * KPI profiles, in the JSON of {@link ProfileJson}:
 * {@code GET /profiles?project=} (projects the caller may browse), {@code POST /profiles} (project
 * administrators; 201), {@code GET /profiles/{id}}, {@code PUT /profiles/{id}} with the
 * {@code version} read (409 when it changed since), {@code DELETE /profiles/{id}} (204). A profile
 * of a project the caller may not browse is answered 404. {@code POST /profiles/preview} computes
 * last month's KPIs with an unsaved body, see {@link ProfilePreview}; {@code POST /profiles/checks} only
 * checks one, see {@link #check}.
 */
@Path("/profiles")
@Produces(MediaType.APPLICATION_JSON)
public final class ProfileResource {
    /** The member of a checked body listing the fields an import will create ({@link #check}). */
    static final String FIELDS_TO_COME = "fieldsToCome";
    private static final List<String> FIELD_TYPES = Arrays.stream(FieldType.values()).map(Enum::name).toList();
    private final RestServices services;

    @Inject
    public ProfileResource(RestServices services) {
        this.services = services;
    }

    @GET
    public JsonArray list(@QueryParam("project") String project) {
        Caller caller = Caller.of(services.access());
        List<String> projects;
        if (project == null || project.isBlank()) {
            projects = services.catalog().projects(caller.user()).stream()
                    .filter(p -> caller.canBrowse(p) || caller.isSystemAdmin()).toList();
        } else {
            caller.requireBrowse(project, "Project " + project);
            projects = List.of(project);
        }
        JsonArray profiles = new JsonArray();
        projects.forEach(p -> services.profiles().ofProject(p).forEach(profile -> profiles.add(ProfileJson.write(profile))));
        return profiles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonElement body) {
        KpiProfile created = services.profiles().create(newProfile(Caller.of(services.access()), body));
        return Response.status(Response.Status.CREATED).entity(ProfileJson.write(created)).build();
    }

    /**
     * {@code POST /profiles/preview}: the body of {@code POST /profiles}, checked the same way, and
     * every KPI for last month computed with it as the caller sees the issues; nothing is saved.
     */
    @POST
    @Path("preview")
    @Guarded
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonArray preview(JsonElement body) {
        Caller caller = Caller.of(services.access());
        return ProfilePreview.of(services, caller, newProfile(caller, body));
    }

    /**
     * {@code POST /profiles/checks}: the body of {@code POST /profiles}, checked the same way, and nothing saved
     * (204, or 400 naming every field that is wrong). Its {@code fieldsToCome} ({@code [{"id","name","type"}]})
     * are fields a file about to be imported will create: the import page checks the profile it offers before
     * importing, so that a refused offer never leaves the issues imported without their profile (ADR 0078).
     */
    @POST
    @Path("checks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response check(JsonElement body) {
        Caller caller = Caller.of(services.access());
        ProfileJson.Draft draft = ProfileJson.draft(body);
        List<IssueCatalog.FieldInfo> known = new ArrayList<>(services.catalog().fields(caller.user()));
        for (JsonInput coming : draft.input().objects(FIELDS_TO_COME)) {
            String id = coming.requiredText("id", JsonInput.MAX_TEXT);
            String name = coming.requiredText("name", JsonInput.MAX_TEXT);
            Optional<String> type = coming.oneOf("type", FIELD_TYPES);
            type.ifPresent(t -> known.add(new IssueCatalog.FieldInfo(id, name, FieldType.valueOf(t))));
        }
        newProfile(caller, draft, known);
        return Response.noContent().build();
    }

    /** The unsaved profile a body describes, if the caller administers its project. */
    private KpiProfile newProfile(Caller caller, JsonElement body) {
        return newProfile(caller, ProfileJson.draft(body), services.catalog().fields(caller.user()));
    }

    private KpiProfile newProfile(Caller caller, ProfileJson.Draft draft, List<IssueCatalog.FieldInfo> known) {
        if (draft.project().isEmpty()) {
            draft.input().reject("project", "saleskpi.error.required", "is required");
            draft.input().done();
        }
        String project = draft.project().get();
        caller.requireAdminister(project, "the KPI profiles of " + project);
        return ProfileJson.read(draft, project, 0, 0, known, PipelineSettings.none());
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        Caller caller = Caller.of(services.access());
        return ProfileJson.write(Profiles.readable(services.profiles(), caller, id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject update(@PathParam("id") String id, JsonElement body) {
        Caller caller = Caller.of(services.access());
        KpiProfile stored = Profiles.readable(services.profiles(), caller, id);
        caller.requireAdminister(stored.projectKey(), "this KPI profile");
        ProfileJson.Draft draft = ProfileJson.draft(body);
        JsonInput input = draft.input();
        long version = input.whole("version").orElse(-1L);
        if (!input.has("version")) {
            input.reject("version", "saleskpi.error.required", "is required: the version you read");
        }
        if (draft.project().filter(p -> !p.equals(stored.projectKey())).isPresent()) {
            input.reject("project", "saleskpi.profile.project.moved", "cannot change: a profile stays in its project");
        }
        // A body without the pipeline members (an older client) keeps the stored pipeline settings.
        KpiProfile changed = ProfileJson.read(draft, stored.projectKey(), stored.id(), version,
                services.catalog().fields(caller.user()), stored.model().pipeline());
        return ProfileJson.write(services.profiles().update(changed));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        Caller caller = Caller.of(services.access());
        KpiProfile stored = Profiles.readable(services.profiles(), caller, id);
        caller.requireAdminister(stored.projectKey(), "this KPI profile");
        services.profiles().delete(stored.id());
        return Response.noContent().build();
    }
}
