package org.saleskpi.server.mail;

import com.google.gson.JsonElement;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.saleskpi.core.dashboard.Dashboard;
import org.saleskpi.core.dashboard.DashboardRepository;
import org.saleskpi.core.goal.GoalFolder;
import org.saleskpi.core.goal.GoalFolderRepository;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.server.dashboard.DashboardAccess;
import org.saleskpi.server.dashboard.Reach;
import org.saleskpi.web.Caller;
import org.saleskpi.web.json.JsonInput;
import org.saleskpi.web.mail.FolderLetters;
import org.saleskpi.web.mail.OwnSubscriptions;
import org.saleskpi.web.mail.Subscription;
import org.saleskpi.web.mail.SubscriptionInput;
import org.saleskpi.web.mail.SubscriptionStore;
import org.saleskpi.web.mail.UnsubscribeLinks;

/**
 * {@code /subscriptions}: the caller's e-mail subscriptions to dashboards and goal folders. {@code GET} lists them,
 * {@code POST} subscribes ({@code {"dashboardId" or "folderId","frequency","dayOfWeek","dayOfMonth","hour","zone",
 * "language","address"}}),
 * {@code DELETE /{id}} ends one, {@code POST /{id}/send} sends one now. {@code POST /subscriptions/unsubscribe} with
 * {@code {"token"}} ends the subscription a mail's signed link names, without signing in.
 */
@Path("/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SubscriptionResource {

    private final AccessPolicy access;
    private final DashboardRepository dashboards;
    private final DashboardAccess reach;
    private final GoalFolderRepository folders;
    private final FolderLetters folderLetters;
    private final Subscriptions subscriptions;
    private final MailScheduler scheduler;
    private final UnsubscribeLinks unsubscribe;
    private final OwnSubscriptions own;

    public SubscriptionResource(AccessPolicy access, DashboardRepository dashboards, DashboardAccess reach,
            GoalFolderRepository folders, FolderLetters folderLetters, Subscriptions subscriptions,
            MailScheduler scheduler, UnsubscribeLinks unsubscribe) {
        this.access = access;
        this.dashboards = dashboards;
        this.reach = reach;
        this.folders = folders;
        this.folderLetters = folderLetters;
        this.subscriptions = subscriptions;
        this.scheduler = scheduler;
        this.unsubscribe = unsubscribe;
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
        Optional<Long> dashboardId = in.id("dashboardId");
        Optional<Long> folderId = in.id("folderId");
        boolean toFolder = in.has("folderId");
        if (toFolder && in.has("dashboardId")) {
            in.reject("folderId", "saleskpi.subscription.subject.both", "cannot be sent with dashboardId");
        } else if (!toFolder && dashboardId.isEmpty() && !in.has("dashboardId")) {
            in.reject("dashboardId", "saleskpi.error.required", "is required");
        }
        // A folder of a project the caller may not see answers as one that does not exist.
        Optional<GoalFolder> folder = folderId.flatMap(folders::get)
                .filter(f -> folderLetters.mayBrowse(caller.user(), f.projectKey()));
        if (folderId.isPresent() && folder.isEmpty()) {
            in.reject("folderId", "saleskpi.subscription.folder.unknown", "names no goal folder you may see");
        }
        // Their own dashboard or one shared with them (ADR 0061); another answers as one that does not exist.
        Optional<Dashboard> dashboard = dashboardId.flatMap(dashboards::get)
                .filter(d -> reach.of(d, caller.user()).includes(Reach.VIEW));
        if (dashboardId.isPresent() && dashboard.isEmpty()) {
            in.reject("dashboardId", "saleskpi.subscription.dashboard.unknown",
                    "names no dashboard of yours or shared with you");
        }
        Subscription stored = subscriptions.create(SubscriptionInput.read(in, caller.user().key(),
                toFolder ? Subscription.Subject.FOLDER : Subscription.Subject.DASHBOARD,
                () -> toFolder ? folder.get().id() : dashboard.get().id(), SubscriptionResource::validAddress));
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
        return own.sendNow(id, Caller.of(access), scheduler::sendNow);
    }

    /** Anonymous: the token is the proof, as the link in the mail is. */
    @POST
    @Path("unsubscribe")
    public Map<String, Object> unsubscribe(JsonElement body) {
        return unsubscribe.unsubscribe(body, subscriptions, (ended, answer) -> {
            if (ended.subject() == Subscription.Subject.FOLDER) {
                folders.get(ended.subjectId()).ifPresent(f -> answer.put("folderName", f.name()));
            } else {
                dashboards.get(ended.subjectId()).ifPresent(d -> answer.put("dashboardName", d.name()));
            }
        });
    }

    /** One plain address ({@code name@example.com}), as RFC 822 reads it strictly. */
    static boolean validAddress(String text) {
        try {
            InternetAddress address = new InternetAddress(text, true);
            return address.getAddress().equals(text) && text.indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }

    private Map<String, Object> json(Subscription s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        if (s.subject() == Subscription.Subject.FOLDER) {
            json.put("folderId", s.subjectId());
            Optional<GoalFolder> folder = folders.get(s.subjectId());
            json.put("folderName", folder.map(GoalFolder::name).orElse(""));
            json.put("project", folder.map(GoalFolder::projectKey).orElse(null));
        } else {
            json.put("dashboardId", s.subjectId());
            json.put("dashboardName", dashboards.get(s.subjectId()).map(Dashboard::name).orElse(""));
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
