package org.saleskpi.server.connect.access;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.server.connect.ConnectionStore;
import org.saleskpi.server.connect.JiraConnection;
import org.saleskpi.server.connect.PermissionMode;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.server.jira.JiraAuthException;
import org.saleskpi.server.jira.JiraException;
import org.saleskpi.server.jira.JiraProject;
import org.saleskpi.server.jira.JiraReader;
import org.saleskpi.server.jira.JiraSite;
import org.saleskpi.web.Caller;
import org.saleskpi.web.page.Messages;

/**
 * {@code GET /connections/{id}/security} (global administrators): the site's projects that use issue security
 * levels, read from Jira now ({@link JiraReader#projectsWithIssueSecurity}, whose javadoc cites the endpoint), and,
 * in project-mapping mode, the warning that those levels are not applied locally: anyone with a local role in such a
 * project sees all its copied issues. In per-user mode Jira applies them to each user's own search.
 */
@Path("/connections/{id}/security")
@Produces(MediaType.APPLICATION_JSON)
public final class SecurityLevelsResource {
    private final ConnectionStore connections;
    private final AdminSites sites;
    private final Function<JiraSite, JiraReader> readers;
    private final AccessPolicy access;
    private final Messages.Cache texts;

    public SecurityLevelsResource(ConnectionStore connections, AdminSites sites,
            Function<JiraSite, JiraReader> readers, AccessPolicy access, Messages.Cache texts) {
        this.connections = connections;
        this.sites = sites;
        this.readers = readers;
        this.access = access;
        this.texts = texts;
    }

    @GET
    public Response get(@PathParam("id") String id, @Context HttpHeaders headers) {
        Caller.of(access).requireSystemAdmin();
        JiraConnection connection = parse(id).flatMap(connections::get).orElseThrow(() -> notFound(id));
        Messages language = texts.get(Messages.language(headers.getAcceptableLanguages()));
        List<JiraProject> secured;
        try {
            JiraSite site = sites.site(connection.id()).orElseThrow(() -> notFound(id));
            secured = readers.apply(site).projectsWithIssueSecurity();
        } catch (JiraAuthException | SecretBox.UnreadableSecretException e) {
            return jiraFailed(language.getText("saleskpi.access.security.refused"));
        } catch (JiraException e) {
            return jiraFailed(language.getText("saleskpi.access.security.unreachable", e.status()));
        }
        boolean mapped = connection.sync().permissionMode() == PermissionMode.PROJECT_MAPPING;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("connectionId", connection.id());
        json.put("permissionMode", connection.sync().permissionMode().name());
        json.put("levelsApplied", !mapped);
        json.put("projects", secured.stream().map(project -> Map.of("id", project.id(), "key", project.key(),
                "name", project.name())).toList());
        json.put("warning", mapped && !secured.isEmpty() ? language.getText("saleskpi.access.security.warning") : null);
        return Response.ok(json).build();
    }

    /** 502: the answer depends on Jira, which refused or did not answer; the text never holds a secret. */
    private static Response jiraFailed(String message) {
        return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("errors", List.of(Map.of("field", "jira", "message", message)))).build();
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("There is no connection " + id + ".");
    }
}
