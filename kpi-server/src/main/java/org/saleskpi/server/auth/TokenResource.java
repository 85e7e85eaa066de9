package org.saleskpi.server.auth;

import com.google.gson.JsonElement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.saleskpi.web.Caller;
import org.saleskpi.web.json.JsonInput;

/**
 * {@code /tokens}: the caller's personal access tokens for scripts ({@code Authorization: Bearer});
 * global administrators also list and revoke anyone's.
 */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TokenResource {
    private final AccessTokens tokens;
    private final ServerAccessPolicy access;
    private final Users users;

    /** A token as listed; {@code token} is the secret, present only in the answer that created it. */
    record TokenJson(long id, String name, Instant created, Instant lastUsed, boolean revoked, String token) {
        static TokenJson of(AccessTokens.Token token, String secret) {
            return new TokenJson(token.id(), token.name(), token.created(), token.lastUsed(), token.revoked(), secret);
        }
    }

    public TokenResource(AccessTokens tokens, ServerAccessPolicy access, Users users) {
        this.tokens = tokens;
        this.access = access;
        this.users = users;
    }

    /** {@code {"name"}}: the answer holds the token, shown this once. */
    @POST
    public Response create(JsonElement body) {
        Caller caller = Caller.of(access);
        JsonInput input = JsonInput.of(body);
        String name = input.requiredText("name", JsonInput.MAX_TEXT);
        input.done();
        AccessTokens.NewToken created = tokens.create(caller.user().key(), name.strip());
        return Response.status(201).entity(TokenJson.of(created.token(), created.secret())).build();
    }

    /**
     * The caller's tokens; with {@code user=<username>}, that user's, for a global administrator who
     * reviews and revokes them (403 for anyone else asking about someone else, 404 for no such user).
     */
    @GET
    public List<TokenJson> list(@QueryParam("user") String username) {
        Caller caller = Caller.of(access);
        String userKey = caller.user().key();
        if (username != null && !Users.keyOf(username).equals(userKey)) {
            caller.requireSystemAdmin();
            userKey = users.find(username).orElseThrow(() -> new NotFoundException("No user " + username + ".")).key();
        }
        return tokens.of(userKey).stream().map(token -> TokenJson.of(token, null)).toList();
    }

    /** Revokes one of the caller's tokens, or anyone's for a global administrator; others' are not found. */
    @DELETE
    @Path("/{id}")
    public Response revoke(@PathParam("id") String id) {
        Caller caller = Caller.of(access);
        AccessTokens.Token token = parse(id).flatMap(tokens::get)
                .filter(t -> t.userKey().equals(caller.user().key()) || caller.isSystemAdmin())
                .orElseThrow(() -> new NotFoundException("No token " + id + "."));
        tokens.revoke(token.id());
        return Response.noContent().build();
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
