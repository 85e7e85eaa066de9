package org.saleskpi.server.auth;

import com.google.gson.JsonElement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.web.Caller;
import org.saleskpi.web.catalog.UserPicker;
import org.saleskpi.web.error.ErrorBody;
import org.saleskpi.web.json.JsonInput;

/**
 * {@code /users}: global administrators create and list users and reset passwords; a user changes
 * their own password with the old one.
 */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class UserAdminResource {
    private static final int MAX_PASSWORD_INPUT = 1024;

    private final Users users;
    private final ProjectRoles roles;
    private final Sessions sessions;
    private final ServerAccessPolicy access;
    private final Directory directory;

    public UserAdminResource(Users users, ProjectRoles roles, Sessions sessions, ServerAccessPolicy access,
            Directory directory) {
        this.directory = directory;
        this.users = users;
        this.roles = roles;
        this.sessions = sessions;
        this.access = access;
    }

    @POST
    public Response create(JsonElement body) {
        Caller.of(access).requireSystemAdmin();
        JsonInput input = JsonInput.of(body);
        String username = input.requiredText("username", JsonInput.MAX_TEXT);
        String password = input.requiredText("password", MAX_PASSWORD_INPUT);
        String displayName = input.text("displayName", JsonInput.MAX_TEXT).orElse(null);
        boolean globalAdmin = input.bool("globalAdmin").orElse(false);
        input.done();
        try {
            Account account = users.create(username, password, displayName, globalAdmin);
            return Response.status(201).entity(UserJson.of(account, roles)).build();
        } catch (UsernameTakenException e) {
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(List.of(
                    new FieldError("username", "saleskpi.user.username.taken", e.getMessage())))).build();
        }
    }

    /**
     * For a global administrator without {@code query} or {@code limit}: every user with roles. For
     * anyone else, or with a search: the people picker's {@code [{"key","displayName"}]}, which this
     * path also serves (the shared picker resource's {@code GET /users} is shadowed in this host).
     */
    @GET
    public Object list(@QueryParam("query") String query, @QueryParam("limit") String limit) {
        Caller caller = Caller.of(access);
        if (!caller.isSystemAdmin() || query != null || limit != null) {
            return UserPicker.find(directory, query, limit);
        }
        return users.list().stream().map(account -> UserJson.of(account, roles)).toList();
    }

    /**
     * {@code {"password"}} from a global administrator, or {@code {"oldPassword","password"}} from the
     * user themself. The user's other sessions end, so a stolen session does not outlive the change.
     */
    @PUT
    @Path("/{username}/password")
    public Response setPassword(@PathParam("username") String username, JsonElement body,
            @CookieParam(AuthFilter.COOKIE) String sessionId) {
        Caller caller = Caller.of(access);
        boolean self = caller.user().key().equals(Users.keyOf(username));
        if (!self && !caller.isSystemAdmin()) {
            throw new ForbiddenException("Only global administrators may set another user's password.");
        }
        JsonInput input = JsonInput.of(body);
        String password = input.requiredText("password", MAX_PASSWORD_INPUT);
        String oldPassword = caller.isSystemAdmin() ? null : input.requiredText("oldPassword", MAX_PASSWORD_INPUT);
        input.done();
        Account account = users.find(username).orElseThrow(() -> new NotFoundException("No user " + username + "."));
        if (oldPassword != null) {
            Login login = users.signIn(username, oldPassword);
            if (login instanceof Login.Throttled throttled) {
                throw new WebApplicationException(AuthFilter.throttledMessage(throttled), Response.status(429)
                        .header("Retry-After", AuthFilter.retryAfterSeconds(throttled)).build());
            }
            if (!(login instanceof Login.Accepted)) {
                input.reject("oldPassword", "saleskpi.user.password.wrong", "is wrong");
                input.done();
            }
        }
        users.setPassword(account.username(), password);
        sessions.endAllOf(account.key(), self ? sessionId : null);
        return Response.noContent().build();
    }
}
