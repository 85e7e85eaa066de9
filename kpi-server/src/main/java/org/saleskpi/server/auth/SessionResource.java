package org.saleskpi.server.auth;

import com.google.gson.JsonElement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.saleskpi.web.Caller;
import org.saleskpi.web.json.JsonInput;

/**
 * {@code /session}: signing in with a username and password (which sets the session cookie),
 * who is signed in, and signing out.
 */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SessionResource {
    /** Longer than any password {@link Users} accepts, shorter than a body worth hashing. */
    private static final int MAX_PASSWORD_INPUT = 1024;

    private final Users users;
    private final Sessions sessions;
    private final ProjectRoles roles;
    private final ServerAccessPolicy access;

    public SessionResource(Users users, Sessions sessions, ProjectRoles roles, ServerAccessPolicy access) {
        this.users = users;
        this.sessions = sessions;
        this.roles = roles;
        this.access = access;
    }

    @POST
    public Response signIn(JsonElement body, @Context SecurityContext security) {
        JsonInput input = JsonInput.of(body);
        String username = input.requiredText("username", JsonInput.MAX_TEXT);
        String password = input.requiredText("password", MAX_PASSWORD_INPUT);
        input.done();
        Login login = users.signIn(username, password);
        if (login instanceof Login.Throttled throttled) {
            throw new WebApplicationException(AuthFilter.throttledMessage(throttled), Response.status(429)
                    .header("Retry-After", AuthFilter.retryAfterSeconds(throttled)).build());
        }
        if (!(login instanceof Login.Accepted accepted)) {
            throw new WebApplicationException("The username or password is wrong.", Response.status(401).build());
        }
        String id = sessions.start(accepted.user().key());
        long maxAge = sessions.lifetime().toSeconds();
        return Response.ok(UserJson.of(users.find(accepted.user().key()).orElseThrow(), roles))
                .header("Set-Cookie", cookie(id, maxAge, security.isSecure()))
                .build();
    }

    @GET
    public UserJson current() {
        Caller caller = Caller.of(access);
        return users.find(caller.user().key()).map(account -> UserJson.of(account, roles))
                .orElseThrow(() -> new WebApplicationException(Response.status(401).build()));
    }

    @DELETE
    public Response signOut(@CookieParam(AuthFilter.COOKIE) String id, @Context SecurityContext security) {
        if (id != null && !id.isEmpty()) {
            sessions.end(id);
        }
        return Response.noContent().header("Set-Cookie", cookie("", 0, security.isSecure())).build();
    }

    /** Written by hand: JAX-RS's NewCookie adds a {@code Version} attribute and spells SameSite in capitals. */
    private static String cookie(String value, long maxAgeSeconds, boolean secure) {
        return AuthFilter.COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }
}
