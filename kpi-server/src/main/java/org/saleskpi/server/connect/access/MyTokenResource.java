package org.saleskpi.server.connect.access;

import com.google.gson.JsonElement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.web.Caller;
import org.saleskpi.web.json.JsonInput;
import org.saleskpi.web.page.Messages;

/**
 * {@code /connections/{id}/my-token}: the caller's own Jira token for a per-user connection. {@code PUT
 * {"email"?, "token"}} links it (Cloud: the account's e-mail address with an API token; Data Center: a personal
 * access token) and answers what Jira shows the caller with it; {@code GET} says whether one is linked and why the
 * caller sees what they see; {@code DELETE} removes it. The token is never answered.
 */
@Path("/connections/{id}/my-token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MyTokenResource {
    /** Cloud API tokens run to about 200 characters; a bound well above any real token. */
    static final int MAX_TOKEN = 1000;

    private final JiraAccess links;
    private final AccessPolicy access;
    private final Messages.Cache texts;

    public MyTokenResource(JiraAccess links, AccessPolicy access, Messages.Cache texts) {
        this.links = links;
        this.access = access;
        this.texts = texts;
    }

    @GET
    public Map<String, Object> get(@PathParam("id") String id, @Context HttpHeaders headers) {
        Caller caller = Caller.of(access);
        return LinkJson.of(links.of(connectionId(id), caller.user()).orElseThrow(() -> notFound(id)),
                texts(headers));
    }

    @PUT
    public Map<String, Object> link(@PathParam("id") String id, JsonElement body, @Context HttpHeaders headers) {
        Caller caller = Caller.of(access);
        long connectionId = connectionId(id);
        JsonInput input = JsonInput.of(body);
        String token = input.requiredText("token", MAX_TOKEN).strip();
        Optional<String> email = input.text("email", JsonInput.MAX_TEXT).map(String::strip).filter(e -> !e.isEmpty());
        if (links.kind(connectionId).orElseThrow(() -> notFound(id)) == JiraKind.CLOUD) {
            if (email.isEmpty()) {
                input.reject("email", "saleskpi.access.email.required",
                        "A Jira Cloud token needs the e-mail address of its Atlassian account.");
            } else if (!email.get().contains("@")) {
                input.reject("email", "saleskpi.access.email.invalid", "email is not an e-mail address.");
            }
        }
        if (token.contains(" ")) {
            input.reject("token", "saleskpi.access.token.invalid", "A Jira token holds no spaces.");
        }
        input.done();
        return LinkJson.of(links.link(connectionId, caller.user(), email, token).orElseThrow(() -> notFound(id)),
                texts(headers));
    }

    @DELETE
    public Response unlink(@PathParam("id") String id) {
        Caller caller = Caller.of(access);
        long connectionId = connectionId(id);
        links.kind(connectionId).orElseThrow(() -> notFound(id));
        links.unlink(connectionId, caller.user());
        return Response.noContent().build();
    }

    private Messages texts(HttpHeaders headers) {
        return texts.get(Messages.language(headers.getAcceptableLanguages()));
    }

    private static long connectionId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw notFound(id);
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("There is no connection " + id + ".");
    }
}
