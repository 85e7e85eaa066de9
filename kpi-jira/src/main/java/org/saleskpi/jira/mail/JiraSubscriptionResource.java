package org.saleskpi.jira.mail;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.google.gson.JsonElement;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.saleskpi.core.goal.GoalFolder;
import org.saleskpi.core.goal.GoalFolderRepository;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.web.Caller;
import org.saleskpi.web.json.JsonInput;
import org.saleskpi.web.mail.OwnSubscriptions;
import org.saleskpi.web.mail.Subscription;
import org.saleskpi.web.mail.SubscriptionInput;
import org.saleskpi.web.mail.SubscriptionStore;
import org.saleskpi.web.mail.UnsubscribeLinks;

/**
 * {@code /subscriptions} inside Jira (ADR 0068, 0073): the signed-in Jira user's e-mail subscriptions to goal folders
 * and to Jira's own dashboards, the same requests and answers as the standalone server's. {@code GET} lists them,
 * {@code POST} subscribes ({@code {"folderId" or "dashboardId","frequency","dayOfWeek","dayOfMonth","hour","zone",
 * "language","address"}}, {@code dashboardId} being a Jira dashboard's id), {@code DELETE /{id}}
 * ends one, {@code POST /{id}/send} asks for one now (the mail job sends it within {@link MailJobs#EVERY}),
 * {@code POST /subscriptions/unsubscribe} with {@code {"token"}} ends the one a mail's signed link names. A folder
 * of a project the user may not browse in Jira answers as one that does not exist (400 naming it); a Jira dashboard
 * Jira does not share with the user answers 404, once every field is good.
 */
@Path("/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class JiraSubscriptionResource {
    /** One plain address: a local part and a domain, nothing a header could read as a second address or a name. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>()\\[\\],;:\"\\\\]+@[^@\\s<>()\\[\\],;:\"\\\\]+");

    private final AccessPolicy access;
    private final GoalFolderRepository folders;
    private final AoSubscriptions subscriptions;
    private final JiraLetters letters;
    private final MailJobs jobs;
    private final UnsubscribeLinks unsubscribe;
    private final OwnSubscriptions own;
    private final JiraDashboards dashboards;

    @Inject
    public JiraSubscriptionResource(AccessPolicy access, GoalFolderRepository folders, AoSubscriptions subscriptions,
            JiraLetters letters, MailJobs jobs, PluginSettingsSeal seal, JiraDashboards dashboards) {
        this.access = access;
        this.dashboards = dashboards;
        this.folders = folders;
        this.subscriptions = subscriptions;
        this.letters = letters;
        this.jobs = jobs;
        this.unsubscribe = new UnsubscribeLinks(seal, JiraLetters.UNSUBSCRIBE_PAGE);
        this.own = new OwnSubscriptions(subscriptions);
    }

    @GET
    public List<Map<String, Object>> list() {
        Caller caller = Caller.of(access);
        return subscriptions.ofUser(caller.user().key()).stream().map(this::json).toList();
    }

    @POST
    public Response subscribe(JsonElement body) {
        Caller caller = Caller.of(access);
        JsonInput in = JsonInput.of(body);
        if (in.has("dashboardId")) {
            return subscribeToDashboard(in, caller);
        }
        Optional<Long> folderId = in.id("folderId");
        if (folderId.isEmpty() && !in.has("folderId")) {
            in.reject("folderId", "saleskpi.error.required", "is required");
        }
        // A folder of a project the caller may not see answers as one that does not exist.
        Optional<GoalFolder> folder = folderId.flatMap(folders::get)
                .filter(f -> letters.folders().mayBrowse(caller.user(), f.projectKey()));
        if (folderId.isPresent() && folder.isEmpty()) {
            in.reject("folderId", "saleskpi.subscription.folder.unknown", "names no goal folder you may see");
        }
        Subscription stored = subscriptions.create(SubscriptionInput.read(in, caller.user().key(),
                Subscription.Subject.FOLDER, () -> folder.get().id(), text -> ADDRESS.matcher(text).matches()));
        return Response.status(Response.Status.CREATED).entity(json(stored)).build();
    }

    /**
     * A Jira dashboard, asked of Jira as the caller once every field is good: one that does not exist or is not
     * shared with them answers 404, the same for both so that the answer tells nothing of others' dashboards.
     */
    private Response subscribeToDashboard(JsonInput in, Caller caller) {
        Optional<Long> dashboardId = in.id("dashboardId");
        if (in.has("folderId")) {
            in.reject("folderId", "saleskpi.subscription.subject.both", "cannot be sent with dashboardId");
        }
        Subscription stored = subscriptions.create(SubscriptionInput.read(in, caller.user().key(),
                Subscription.Subject.JIRA_DASHBOARD, () -> dashboards.seenBy(caller.user().key(), dashboardId.get())
                        .orElseThrow(() -> new NotFoundException("Dashboard " + dashboardId.get()
                                + " does not exist or is not shared with you.")).id(),
                text -> ADDRESS.matcher(text).matches()));
        return Response.status(Response.Status.CREATED).entity(json(stored)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        return own.delete(id, Caller.of(access));
    }

    @POST
    @Path("{id}/send")
    public Response sendNow(@PathParam("id") long id) {
        return own.sendNow(id, Caller.of(access), jobs.mails()::recordSendNow);
    }

    /**
     * Open to readers signed out of Jira, the one method of the app that is (ADR 0072): the token is the proof, as
     * the link in the mail is. REST v2's {@link UnrestrictedAccess} on the method, as public Jira 11 apps put it on
     * one method of a resource (the stub's header); a bad token answers 400 naming {@code token} and ends nothing.
     */
    @POST
    @Path("unsubscribe")
    @UnrestrictedAccess
    public Map<String, Object> unsubscribe(JsonElement body) {
        return unsubscribe.unsubscribe(body, subscriptions, (ended, answer) -> {
            if (ended.subject() == Subscription.Subject.JIRA_DASHBOARD) {
                dashboards.seenBy(ended.userKey(), ended.subjectId())
                        .ifPresent(d -> answer.put("dashboardName", d.name()));
            } else {
                folders.get(ended.subjectId()).ifPresent(f -> answer.put("folderName", f.name()));
            }
        });
    }

    private Map<String, Object> json(Subscription s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        if (s.subject() == Subscription.Subject.JIRA_DASHBOARD) {
            json.put("dashboardId", s.subjectId());
            json.put("dashboardUrl", letters.dashboardUrl(s.subjectId()));
            // The name as the subscriber sees it now; empty once Jira no longer shares it (its mails have ended).
            json.put("dashboardName", dashboards.seenBy(s.userKey(), s.subjectId()).map(JiraDashboards.Seen::name)
                    .orElse(""));
        } else {
            json.put("folderId", s.subjectId());
            Optional<GoalFolder> folder = folders.get(s.subjectId());
            json.put("folderName", folder.map(GoalFolder::name).orElse(""));
            json.put("project", folder.map(GoalFolder::projectKey).orElse(null));
        }
        json.put("frequency", s.frequency().name().toLowerCase(Locale.ROOT));
        json.put("dayOfWeek", s.dayOfWeek());
        json.put("dayOfMonth", s.dayOfMonth());
        json.put("hour", s.hour());
        json.put("zone", s.zone().getId());
        json.put("language", s.language().toLanguageTag());
        json.put("address", s.address());
        subscriptions.sendsOf(s.id()).stream().filter(send -> send.status() == SubscriptionStore.SendStatus.SENT)
                .reduce((a, b) -> b).ifPresent(send -> json.put("lastSent", send.updated().toString()));
        return json;
    }
}
