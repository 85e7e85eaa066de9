package org.saleskpi.web.catalog;

import com.google.gson.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;

/**
 * {@code GET /projects/{key}/permissions}: what the caller may do in one project, as the host decides it
 * ({@code {"project","browse","editGoals","administer"}}), so that pages offer only the actions the API
 * will accept. A project the caller may not browse is a 404, as if it did not exist. The API still checks
 * every write; this only shapes what a page shows.
 */
@Path("/projects/{key}/permissions")
@Produces(MediaType.APPLICATION_JSON)
public final class PermissionsResource {

    private final RestServices services;

    @Inject
    public PermissionsResource(RestServices services) {
        this.services = services;
    }

    @GET
    public JsonObject permissions(@PathParam("key") String projectKey) {
        Caller caller = Caller.of(services.access());
        caller.requireBrowse(projectKey, "project");
        JsonObject json = new JsonObject();
        json.addProperty("project", projectKey);
        json.addProperty("browse", true);
        json.addProperty("editGoals", caller.canEditGoals(projectKey));
        json.addProperty("administer", caller.canAdminister(projectKey));
        return json;
    }
}
