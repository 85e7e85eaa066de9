package org.saleskpi.core.goal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.ProfileIssues;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Which of a user's own targets one issue counts toward, and how far each stands: the targets the user owns in
 * the active goals of the issue's project, whose query holds the issue as that user sees it (an issues target's
 * JQL, a KPI target's profile scope). Hand-entered targets count no issue. Measured like the goals API does
 * ({@link LiveTargets}), on today's date of the clock. Both hosts use it: the REST answer and Jira's issue panel.
 */
public final class IssueTargets {
    /** A Jira issue key: the project key (a letter, then letters, digits or underscores), a dash, a number. */
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");
    /** Goals read per page while collecting the candidates. */
    private static final int GOALS_PAGE = PageRequest.MAX_LIMIT;

    private final AccessPolicy access;
    private final IssueSource issues;
    private final KpiProfileRepository profiles;
    private final GoalRepository goals;
    private final Clock clock;
    private final LiveTargets live;

    public IssueTargets(AccessPolicy access, IssueSource issues, KpiProfileRepository profiles, GoalRepository goals,
            Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.goals = Objects.requireNonNull(goals, "goals");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.live = new LiveTargets(issues, profiles, clock.getZone());
    }

    /** One target the issue counts toward, measured now as the viewer sees it. */
    public record Counted(Goal goal, Target target, Pace pace, Optional<LiveTargets.Unavailable> unavailable) {
    }

    /**
     * The issue key as Jira writes it (upper case), or a 400 naming {@code field}.
     *
     * @throws InvalidInputException when the text is not an issue key
     */
    public static String issueKey(String text, String field) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!ISSUE_KEY.matcher(key).matches()) {
            throw InvalidInputException.of(field, "saleskpi.issueTargets.issue.invalid",
                    field + " must be an issue key such as SALES-12.");
        }
        return key;
    }

    /**
     * The viewer's targets the issue counts toward, in goal order (due date, name) then target order; empty when
     * the viewer may not browse the issue's project or cannot see the issue.
     *
     * @param issueKey a key as {@link #issueKey} returns it
     */
    public Optional<List<Counted>> of(String issueKey, UserRef viewer) {
        String project = issueKey.substring(0, issueKey.lastIndexOf('-'));
        if (!canBrowse(viewer, project) || !sees(issueKey, viewer)) {
            return Optional.empty();
        }
        List<Counted> counted = new ArrayList<>();
        for (Goal goal : activeGoals(project)) {
            List<Target> mine = goal.targets().stream()
                    .filter(t -> t.isOwnedBy(viewer.key()) && holds(t, issueKey, viewer)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            LiveTargets.Measured measured = live.measure(goal.withTargets(mine), viewer);
            LocalDate today = LocalDate.now(clock);
            for (Target target : measured.goal().targets()) {
                counted.add(new Counted(measured.goal(), target, target.pace(measured.goal(), today),
                        Optional.ofNullable(measured.unavailable().get(target.id()))));
            }
        }
        return Optional.of(List.copyOf(counted));
    }

    private boolean canBrowse(UserRef viewer, String project) {
        return access.isSystemAdmin(viewer) || access.canBrowse(viewer, project);
    }

    /** The issue exists and the viewer may see it; a query the host refuses (no such issue in Jira) is "no". */
    private boolean sees(String issueKey, UserRef viewer) {
        try {
            return issues.count("key = " + issueKey, viewer) > 0;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private List<Goal> activeGoals(String project) {
        List<Goal> active = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<Goal> page = goals.find(GoalQuery.activeIn(project), new PageRequest(offset, GOALS_PAGE));
            active.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return active;
            }
        }
    }

    /** Whether the target's query holds the issue; a query that no longer reads (bad JQL, deleted profile) holds none. */
    private boolean holds(Target target, String issueKey, UserRef viewer) {
        Optional<String> query = query(target.kind());
        if (query.isEmpty()) {
            return false;
        }
        try {
            return issues.count(JqlText.and("key = " + issueKey, query.get()), viewer) > 0;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private Optional<String> query(TargetKind kind) {
        if (kind instanceof TargetKind.Issues issues) {
            return Optional.of(issues.jql());
        }
        if (kind instanceof TargetKind.Kpi kpi) {
            return profiles.get(kpi.kpiProfileId()).map(ProfileIssues::scope);
        }
        // Numbers, amounts and true/false targets are typed by hand: no issue counts toward them.
        if (kind instanceof TargetKind.Numeric || kind instanceof TargetKind.Amount
                || kind instanceof TargetKind.TrueFalse) {
            return Optional.empty();
        }
        throw new IllegalStateException("no issue query for target kind " + kind.getClass().getName());
    }
}
