package org.saleskpi.server.issues;

import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.SearchPage;
import com.google.gson.JsonElement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.guard.Guarded;

/**
 * {@code /issues}: the drill-down list in Jira's search shape ({@code startAt, maxResults, total,
 * issues}, and with {@code totals=true} the sums of the number fields over all matches), only of issues the caller may browse, and {@code POST} to create or update one issue by
 * its key, for the project's editors and administrators; {@code /issues/{key}} one issue and
 * {@code /issues/{key}/changelog} its recorded changes, 404 for an issue the caller may not browse.
 */
@Path("/issues")
@Produces(MediaType.APPLICATION_JSON)
public final class IssuesResource {
    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 1000;
    /** Jira's changelog pages hold 100 groups by default and at most. */
    static final int CHANGELOG_PAGE = 100;

    private final IndexedIssueSource issues;
    private final IssueStore store;
    private final AccessPolicy access;
    private final Directory directory;
    private final Clock clock;

    public IssuesResource(IndexedIssueSource issues, IssueStore store, AccessPolicy access, Directory directory,
            Clock clock) {
        this.issues = issues;
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    /** The drill-down lists of gadgets and the issue navigator: a search over the index, behind the guardrails. */
    @GET
    @Guarded
    public Map<String, Object> search(@QueryParam("jql") String jql, @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults, @QueryParam("totals") String totals) {
        Caller caller = Caller.of(access);
        int first = whole("startAt", startAt, 0, 0, Integer.MAX_VALUE);
        int size = Math.min(whole("maxResults", maxResults, DEFAULT_PAGE, 0, Integer.MAX_VALUE), MAX_PAGE);
        SearchPage page = issues.search(jql == null ? "" : jql, caller.user(), first, size);
        Function<String, UserRef> people = key -> directory.find(key).orElse(new UserRef(key, key));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("startAt", first);
        json.put("maxResults", size);
        json.put("total", page.total());
        json.put("issues", page.issues().stream().map(issue -> IssueJson.write(issue, people)).toList());
        if ("true".equals(totals)) {
            // Over every match the caller may see, not the page: the drill-down list's amount total.
            json.put("totals", issues.totals(jql == null ? "" : jql, caller.user()));
        }
        return json;
    }

    @GET
    @Path("{key}")
    public Map<String, Object> issue(@PathParam("key") String key) {
        Caller caller = Caller.of(access);
        return IssueJson.write(visible(caller, key), people());
    }

    /** The issue's change groups, oldest first, in Jira's changelog shape ({@link ChangelogJson}). */
    @GET
    @Path("{key}/changelog")
    public Map<String, Object> changelog(@PathParam("key") String key, @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults) {
        Caller caller = Caller.of(access);
        int first = whole("startAt", startAt, 0, 0, Integer.MAX_VALUE);
        int size = Math.min(whole("maxResults", maxResults, CHANGELOG_PAGE, 0, Integer.MAX_VALUE), CHANGELOG_PAGE);
        IndexedIssue issue = visible(caller, key);
        Map<String, CustomField> fields = store.fields().stream()
                .collect(Collectors.toMap(CustomField::id, field -> field));
        return ChangelogJson.write(store.changelog(issue.key(), first, size), first, size, fields, people());
    }

    private IndexedIssue visible(Caller caller, String key) {
        return issues.issue(key, caller.user())
                .orElseThrow(() -> new NotFoundException("There is no issue " + key + " you may see."));
    }

    private Function<String, UserRef> people() {
        return key -> directory.find(key).orElse(new UserRef(key, key));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(JsonElement body) {
        Caller caller = Caller.of(access);
        Map<String, CustomField> fields = store.fields().stream()
                .collect(Collectors.toMap(CustomField::id, field -> field));
        Optional<IndexedIssue> stored = keyOf(body).flatMap(store::find);
        stored.ifPresent(issue -> requireEdit(caller, issue.record().project()));
        Instant now = clock.instant();
        IndexedIssue issue = IssueJson.read(body, stored, fields, directory, now);
        requireEdit(caller, issue.record().project());
        store.save(List.of(issue), IssueWrite.by(caller.user().key(), now));
        // The writer's next figures include the write, whatever others are answered while tables refresh.
        issues.wrote(caller.user());
        Function<String, UserRef> people = key -> directory.find(key).orElse(new UserRef(key, key));
        return Response.status(stored.isPresent() ? 200 : 201).entity(IssueJson.write(issue, people)).build();
    }

    private void requireEdit(Caller caller, String project) {
        caller.requireEditGoals(project, "issues of project " + project);
    }

    private static Optional<String> keyOf(JsonElement body) {
        if (body.isJsonObject() && body.getAsJsonObject().has("key")
                && body.getAsJsonObject().get("key").isJsonPrimitive()) {
            return Optional.of(body.getAsJsonObject().get("key").getAsString());
        }
        return Optional.empty();
    }

    private static int whole(String name, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.of(name, "saleskpi.error.type.whole", name + " must be a whole number from " + min
                + ".");
    }
}
