package org.saleskpi.jira.mail;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.web.Caller;
import org.saleskpi.web.mail.MailFailures;
import org.saleskpi.web.page.Messages;

/**
 * {@code GET /admin/mail/failures} inside Jira, for Jira administrators: the subscription sends the app could not
 * hand to Jira's mail queue (no outgoing server, a letter that could not be written), failed and retried or given
 * up. What Jira's queue fails to deliver after that shows on Jira's own mail queue page.
 */
@Path("/admin/mail")
@Produces(MediaType.APPLICATION_JSON)
public final class JiraMailAdminResource {
    private final AccessPolicy access;
    private final AoSubscriptions subscriptions;
    private final Messages.Cache texts = new Messages.Cache(JiraMailAdminResource.class.getClassLoader());

    @Inject
    public JiraMailAdminResource(AccessPolicy access, AoSubscriptions subscriptions) {
        this.access = access;
        this.subscriptions = subscriptions;
    }

    @GET
    @Path("failures")
    public List<Map<String, Object>> failures() {
        Caller.of(access).requireSystemAdmin();
        return MailFailures.json(subscriptions, texts.get(Locale.ENGLISH));
    }
}
