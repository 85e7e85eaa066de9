package org.saleskpi.web.goal;

import com.google.gson.JsonElement;
import jakarta.inject.Inject;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.goal.FolderRollUp;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalFolder;
import org.saleskpi.core.goal.GoalQuery;
import org.saleskpi.core.goal.LiveTargets;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.goal.Progress;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.guard.Guarded;
import org.saleskpi.web.json.JsonInput;

/**
 * {@code /folders}: a project's goal folders, {@code {"id","project","name","parentId"}}. Read by
 * whoever may browse the project, changed by whoever may change its goals. Deleting a folder moves its goals
 * and sub-folders up, in one transaction; it never deletes goals. {@code /folders/progress} gives each folder's
 * roll-up (ADR 0062).
 */
@Path("/folders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class FolderResource {
    private final RestServices services;
    private final LiveTargets live;

    @Inject
    public FolderResource(RestServices services) {
        this.services = services;
        this.live = new LiveTargets(services.issues(), services.profiles(), services.clock().getZone());
    }

    /**
     * {@code GET /folders/progress?project=}: per folder, {@code goals} (active goals in it and its sub-folders),
     * {@code measured} (those with targets), {@code progress} (their mean, null when none is measured) and
     * {@code goalsInFolder} (the goals a delete moves, archived ones included), measured as the caller sees them.
     */
    @GET
    @Path("progress")
    @Guarded
    public Map<String, Object> progress(@QueryParam("project") String project) {
        Caller caller = Caller.of(services.access());
        if (project == null || project.isBlank()) {
            throw InvalidInputException.of("project", "saleskpi.goal.project.required", "project is required.");
        }
        caller.requireBrowse(project, "Project " + project);
        List<GoalFolder> folders = services.folders().ofProject(project);
        List<Goal> active = all(project, false).stream().map(goal -> live.measured(goal, caller.user())).toList();
        Map<Long, Integer> direct = new HashMap<>();
        for (Goal goal : active) {
            goal.folderId().ifPresent(folder -> direct.merge(folder, 1, Integer::sum));
        }
        for (Goal goal : all(project, true)) {
            goal.folderId().ifPresent(folder -> direct.merge(folder, 1, Integer::sum));
        }
        List<Map<String, Object>> answer = new ArrayList<>();
        FolderRollUp.of(folders, active).forEach((id, rollUp) -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("goals", rollUp.goals());
            json.put("measured", rollUp.measured());
            json.put("progress", rollUp.progress().map(Progress::fraction).orElse(null));
            json.put("goalsInFolder", direct.getOrDefault(id, 0));
            answer.add(json);
        });
        return Map.of("folders", answer);
    }

    /** Every (archived or active) goal of the project, page after page. */
    private List<Goal> all(String project, boolean archived) {
        List<Goal> goals = new ArrayList<>();
        GoalQuery query = new GoalQuery(project, Optional.empty(), Optional.empty(), archived);
        Page<Goal> page;
        do {
            page = services.goals().find(query, new PageRequest(goals.size(), PageRequest.MAX_LIMIT));
            goals.addAll(page.items());
        } while (!page.items().isEmpty() && goals.size() < page.total());
        return goals;
    }

    /** {@code GET /folders?project=}: the project's folders by name. */
    @GET
    public Map<String, Object> list(@QueryParam("project") String project) {
        Caller caller = Caller.of(services.access());
        if (project == null || project.isBlank()) {
            throw InvalidInputException.of("project", "saleskpi.goal.project.required", "project is required.");
        }
        caller.requireBrowse(project, "Project " + project);
        List<Map<String, Object>> folders = services.folders().ofProject(project).stream().map(FolderResource::json).toList();
        return Map.of("folders", folders);
    }

    /** {@code POST /folders} with {@code {"project","name","parentId"}}. */
    @POST
    public Response create(JsonElement body) {
        Caller caller = Caller.of(services.access());
        JsonInput in = JsonInput.of(body);
        String project = in.requiredText("project", JsonInput.MAX_TEXT);
        in.done();
        caller.requireEditGoals(project, "goal folders of project " + project);
        String name = in.requiredText("name", JsonInput.MAX_TEXT);
        Optional<Long> parentId = in.id("parentId");
        checkParent(in, project, parentId);
        GoalFolder folder = null;
        // A blank or too long name is already named by the input; the folder would name it a second time.
        if (!name.isBlank()) {
            try {
                folder = GoalFolder.create(project, name, parentId.orElse(null));
            } catch (InvalidInputException e) {
                in.reject(e);
            }
        }
        in.done();
        return Response.status(Response.Status.CREATED).entity(json(services.folders().create(folder))).build();
    }

    /** {@code PUT /folders/{id}} with {@code name} and/or {@code parentId} ({@code null}: the top level). */
    @PUT
    @Path("{id}")
    public Map<String, Object> update(@PathParam("id") long id, JsonElement body) {
        Caller caller = Caller.of(services.access());
        GoalFolder before = editable(id, caller);
        JsonInput in = JsonInput.of(body);
        String name = in.text("name", JsonInput.MAX_TEXT).orElse(before.name());
        Optional<Long> parentId = in.sent("parentId") ? in.id("parentId") : before.parentId();
        checkParent(in, before.projectKey(), parentId);
        GoalFolder folder = null;
        try {
            folder = new GoalFolder(id, before.projectKey(), name, parentId);
        } catch (InvalidInputException e) {
            in.reject(e);
        }
        in.done();
        return json(services.folders().update(folder));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        Caller caller = Caller.of(services.access());
        editable(id, caller);
        services.folders().delete(id);
        return Response.noContent().build();
    }

    private GoalFolder editable(long id, Caller caller) {
        GoalFolder folder = services.folders().get(id)
                .orElseThrow(() -> new NotFoundException("Folder " + id + " does not exist or you may not see it."));
        caller.requireEditGoals(folder.projectKey(), "goal folders");
        return folder;
    }

    private void checkParent(JsonInput in, String project, Optional<Long> parentId) {
        if (parentId.isPresent()
                && services.folders().get(parentId.get()).filter(f -> f.projectKey().equals(project)).isEmpty()) {
            in.reject("parentId", "saleskpi.goal.parentId.unknown", "names no folder of project " + project);
        }
    }

    static Map<String, Object> json(GoalFolder folder) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", folder.id());
        json.put("project", folder.projectKey());
        json.put("name", folder.name());
        json.put("parentId", folder.parentId().orElse(null));
        return json;
    }
}
