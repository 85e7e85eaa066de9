package org.saleskpi.server.connect.access;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.web.Caller;
import org.saleskpi.web.page.Messages;

/**
 * {@code /jira-access}: the caller's link to every per-user connection and why they see what they see of it, for
 * the dashboard's notice (no token, a token Jira refused, Jira not answering).
 */
@Path("/jira-access")
@Produces(MediaType.APPLICATION_JSON)
public final class JiraAccessResource {
    private final JiraAccess links;
    private final AccessPolicy access;
    private final Messages.Cache texts;

    public JiraAccessResource(JiraAccess links, AccessPolicy access, Messages.Cache texts) {
        this.links = links;
        this.access = access;
        this.texts = texts;
    }

    @GET
    public List<Map<String, Object>> mine(@Context HttpHeaders headers) {
        Caller caller = Caller.of(access);
        Messages language = texts.get(Messages.language(headers.getAcceptableLanguages()));
        return links.of(caller.user()).stream().map(link -> LinkJson.of(link, language)).toList();
    }
}
