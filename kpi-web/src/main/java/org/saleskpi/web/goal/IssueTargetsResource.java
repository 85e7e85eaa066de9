package org.saleskpi.web.goal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saleskpi.core.goal.IssueTargets;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.guard.Guarded;

/**
 * {@code GET /issue-targets?issue=KEY}: the caller's own targets that the issue counts toward, measured now
 * ({@link IssueTargets}). 400 naming {@code issue} for a text that is no issue key; 404 when the caller cannot
 * see the issue, exactly as when it does not exist.
 */
@Path("/issue-targets")
@Produces(MediaType.APPLICATION_JSON)
public final class IssueTargetsResource {
    private final RestServices services;
    private final IssueTargets issueTargets;
    private final GoalJson json;

    public IssueTargetsResource(RestServices services) {
        this.services = services;
        this.issueTargets = new IssueTargets(services.access(), services.issues(), services.profiles(),
                services.goals(), services.clock());
        this.json = new GoalJson(services.directory());
    }

    /** {@code {"issue": "SALES-12", "targets": [target with its "goal": {id, name}]}}. */
    @GET
    @Guarded
    public Map<String, Object> get(@QueryParam("issue") String issue) {
        Caller caller = Caller.of(services.access());
        String key = IssueTargets.issueKey(issue, "issue");
        List<IssueTargets.Counted> counted = issueTargets.of(key, caller.user())
                .orElseThrow(() -> new NotFoundException("Issue " + key + " does not exist or you may not see it."));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("issue", key);
        answer.put("targets", counted.stream().map(this::json).toList());
        return answer;
    }

    /** The JSON of one counted target: the goals API's target, with its goal's id and name. */
    private Map<String, Object> json(IssueTargets.Counted counted) {
        Map<String, Object> target = json.target(counted.goal(), counted.target(), LocalDate.now(services.clock()),
                counted.unavailable().orElse(null));
        target.put("goal", Map.of("id", counted.goal().id(), "name", counted.goal().name()));
        return target;
    }
}
