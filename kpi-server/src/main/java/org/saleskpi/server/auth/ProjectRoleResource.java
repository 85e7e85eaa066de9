package org.saleskpi.server.auth;

import com.google.gson.JsonElement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.json.JsonInput;

/** {@code /projects/{key}/roles}: who may see, edit and administer a project; project and global admins decide. */
@Path("/projects/{key}/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ProjectRoleResource {
    /** Jira's project key rule: a letter, then letters, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");

    private final Users users;
    private final ProjectRoles roles;
    private final ServerAccessPolicy access;

    /** One member of a project as listed. */
    record MemberJson(String projectKey, String userKey, String username, String displayName, String role) {
    }

    public ProjectRoleResource(Users users, ProjectRoles roles, ServerAccessPolicy access) {
        this.users = users;
        this.roles = roles;
        this.access = access;
    }

    @GET
    public List<MemberJson> members(@PathParam("key") String key) {
        String projectKey = requireAdminister(key);
        return roles.ofProject(projectKey).stream().map(this::member).toList();
    }

    /** {@code {"role":"viewer|editor|admin"}}: gives the user that role, replacing the one they had. */
    @PUT
    @Path("/{username}")
    public MemberJson grant(@PathParam("key") String key, @PathParam("username") String username,
            JsonElement body) {
        String projectKey = requireAdminister(key);
        JsonInput input = JsonInput.of(body);
        String roleText = input.requiredText("role", JsonInput.MAX_TEXT);
        input.done();
        Role role = Role.parse(roleText).orElseThrow(() -> InvalidInputException.of("role", "saleskpi.role.unknown",
                "role must be viewer, editor or admin."));
        Account account = users.find(username).orElseThrow(() -> new NotFoundException("No user " + username + "."));
        return member(roles.grant(projectKey, account.key(), role));
    }

    @DELETE
    @Path("/{username}")
    public Response revoke(@PathParam("key") String key, @PathParam("username") String username) {
        String projectKey = requireAdminister(key);
        roles.revoke(projectKey, Users.keyOf(username));
        return Response.noContent().build();
    }

    /**
     * The project key as Jira writes it, in capitals: issues carry their project's key in capitals,
     * so a role granted on {@code acme} must be the role on {@code ACME}, not a grant nothing matches.
     */
    private String requireAdminister(String key) {
        Caller caller = Caller.of(access);
        if (!PROJECT_KEY.matcher(key).matches()) {
            throw InvalidInputException.of("projectKey", "saleskpi.project.key.invalid",
                    "projectKey must be a letter followed by letters, digits or underscores.");
        }
        String projectKey = key.toUpperCase(Locale.ROOT);
        caller.requireAdminister(projectKey, "the roles of project " + projectKey);
        return projectKey;
    }

    private MemberJson member(ProjectRoles.Grant grant) {
        Account account = users.find(grant.userKey()).orElse(null);
        return new MemberJson(grant.projectKey(), grant.userKey(), account == null ? grant.userKey() : account.username(),
                account == null ? grant.userKey() : account.displayName(), grant.role().json());
    }
}
