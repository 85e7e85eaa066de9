package org.saleskpi.jira.permission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.jira.JiraIssueHistories;
import org.saleskpi.jira.JiraIssueSource;
import org.saleskpi.jira.JiraJqlPeople;
import org.saleskpi.jira.bridge.SearchServiceIssueSearch;
import org.saleskpi.jira.bridge.SearchServiceSystemSearch;
import org.saleskpi.jira.cache.CacheStatus;
import org.saleskpi.jira.cache.CachedIssueSource;
import org.saleskpi.jira.cache.JiraIssueCache;
import org.saleskpi.jira.permission.SimulatedPermissions.Grant;
import org.saleskpi.jira.simulated.HeldSettings;
import org.saleskpi.jira.simulated.JiraCost;
import org.saleskpi.jira.simulated.SimulatedJira;

/**
 * The permission matrix over grants that depend on the issue (ADR 0032), read as gadgets read it: the node's cache
 * ({@link JiraIssueCache}, filled without permissions) behind {@link CachedIssueSource} with the app's
 * {@link JiraVisibilityPolicy}, and Jira's own search as the viewer for what the cache cannot decide. Jira here is
 * the simulated one, whose search as a user decides each issue by the permission model ({@link SimulatedPermissions},
 * reporter and assignee grants included). For every user and query the rows and the count equal the reference:
 * the query's own rows (written out per query below) filtered issue by issue by that model.
 */
class IssueDependentGrantsMatrixTest {
    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final Set<Column> KEYS = Set.of(Column.KEY);
    private static final List<String> USERS = List.of("ann", "bob", "cat", "dan");

    /**
     * Groups: sales = ann, bob; managers = cat; dan is in none. OPEN: Browse to sales and managers. CASE: Browse to
     * the reporter and to managers. TASK: Browse to the assignee only. DESK: Browse to sales, security scheme desk:
     * level 401 to the reporter, 402 to sales.
     */
    private final SimulatedPermissions model = new SimulatedPermissions()
            .user("ann", "bob", "cat", "dan")
            .group("sales", "ann", "bob").group("managers", "cat")
            .project("OPEN", Grant.group("sales"), Grant.group("managers"))
            .project("CASE", Grant.reporter(), Grant.group("managers"))
            .project("TASK", Grant.assignee())
            .project("DESK", Grant.group("sales"))
            .securityScheme("desk", "DESK")
            .level(401, "desk", Grant.reporter())
            .level(402, "desk", Grant.group("sales"));

    /** One issue: key, status, reporter, assignee (null: none), security level (null: none). */
    private record Issue(String key, String status, String reporter, String assignee, Long level) {
        String project() {
            return key.substring(0, key.indexOf('-'));
        }
    }

    private static final List<Issue> ISSUES = List.of(
            new Issue("OPEN-1", "Open", "ann", null, null),
            new Issue("OPEN-2", "Won", "bob", null, null),
            new Issue("CASE-1", "Open", "ann", null, null),
            new Issue("CASE-2", "Won", "bob", null, null),
            new Issue("CASE-3", "Open", "dan", null, null),
            new Issue("TASK-1", "Open", "ann", "bob", null),
            new Issue("TASK-2", "Won", "ann", "cat", null),
            new Issue("TASK-3", "Open", "ann", null, null),
            new Issue("DESK-1", "Open", "ann", null, null),
            new Issue("DESK-2", "Won", "bob", null, 401L),
            new Issue("DESK-3", "Open", "ann", null, 401L),
            new Issue("DESK-4", "Won", "dan", null, 402L));

    /** Each query with the rows it selects when permissions are ignored, written out by hand. */
    private static final Map<String, Predicate<Issue>> QUERIES = Map.of(
            "", issue -> true,
            "project = OPEN", issue -> issue.project().equals("OPEN"),
            "project = CASE", issue -> issue.project().equals("CASE"),
            "project in (OPEN, TASK)", issue -> Set.of("OPEN", "TASK").contains(issue.project()),
            "status = Open", issue -> issue.status().equals("Open"),
            "project = DESK AND status != Open", issue -> issue.project().equals("DESK")
                    && !issue.status().equals("Open"),
            "project = OPEN OR project = DESK", issue -> Set.of("OPEN", "DESK").contains(issue.project()));

    private final HandClock clock = new HandClock(NOW);
    private final SimulatedJira jira = SimulatedJira.create(ZONE, clock, JiraCost.free());
    private final JiraIssueCache cache;
    private final CachedIssueSource gadgets;

    IssueDependentGrantsMatrixTest() {
        USERS.forEach(user -> jira.addUser(user, user));
        for (Issue issue : ISSUES) {
            jira.add(IssueRecord.builder(issue.key(), issue.project()).type("Deal")
                    .status(issue.status(), StatusCategory.TO_DO).reporter(issue.reporter())
                    .assignee(issue.assignee()).created(NOW.minus(Duration.ofDays(30))).build(), null, issue.level());
        }
        jira.permissions().decideBy(model::sees);
        JiraIssueHistories histories = new JiraIssueHistories(jira.changeHistories(), jira.customFields(),
                jira.statuses(), ZONE);
        List<KpiProfile> profiles = List.of("OPEN", "CASE", "TASK", "DESK").stream()
                .map(key -> new KpiProfile(key.hashCode(), key, key, DemoSalesModel.of(new DemoSpec(1, 100,
                        LocalDate.of(2025, 1, 1), 12, ZONE, key, 3)), 1))
                .toList();
        cache = new JiraIssueCache(new SearchServiceSystemSearch(jira.searchService()), jira.customFields(),
                histories, () -> profiles, new HeldSettings(), "node-a", clock, ZONE);
        cache.rebuild();
        JiraIssueSource asTheViewer = new JiraIssueSource(new SearchServiceIssueSearch(jira.searchService()),
                jira.customFields(), jira.filters(), jira.projects(), jira.permissions(), jira.users(), histories,
                ZONE);
        gadgets = new CachedIssueSource(cache, asTheViewer, model.policy(clock),
                new JiraJqlPeople(jira.users(), jira.userSearch()), clock, ZONE);
    }

    /**
     * By hand, issue by issue. ann: OPEN-1, OPEN-2 (sales); CASE-1 (her report); no TASK (assigned none); DESK-1 (no
     * level), DESK-3 (401, her report), DESK-4 (402, sales), not DESK-2 (401, bob's). bob: OPEN-1, OPEN-2; CASE-2;
     * TASK-1 (assigned to him); DESK-1, DESK-2, DESK-4. cat: OPEN-1, OPEN-2; CASE-1..3 (managers); TASK-2; no DESK.
     * dan: CASE-3 (his report) only: DESK-4 is his report, but DESK is browsed by sales only.
     */
    @Test
    void theReferenceIsWhatJirasFilterAllowsIssueByIssue() {
        assertThat(cache.status().phase()).isEqualTo(CacheStatus.Phase.READY);
        assertThat(allowed("ann")).containsExactly("CASE-1", "DESK-1", "DESK-3", "DESK-4", "OPEN-1", "OPEN-2");
        assertThat(allowed("bob")).containsExactly("CASE-2", "DESK-1", "DESK-2", "DESK-4", "OPEN-1", "OPEN-2",
                "TASK-1");
        assertThat(allowed("cat")).containsExactly("CASE-1", "CASE-2", "CASE-3", "OPEN-1", "OPEN-2", "TASK-2");
        assertThat(allowed("dan")).containsExactly("CASE-3");
    }

    @Test
    void everyUserGetsExactlyWhatJiraAllowsFromTheCacheOrFromJirasSearch() {
        for (String user : USERS) {
            UserRef ref = new UserRef(user, user);
            for (Map.Entry<String, Predicate<Issue>> query : QUERIES.entrySet()) {
                Set<String> expected = ISSUES.stream().filter(query.getValue()).map(Issue::key)
                        .filter(allowed(user)::contains).collect(Collectors.toCollection(TreeSet::new));
                assertThat(rows(query.getKey(), user)).as("%s: %s", user, query.getKey()).isEqualTo(expected);
                assertThat(gadgets.count(query.getKey(), ref)).as("count %s: %s", user, query.getKey())
                        .isEqualTo(expected.size());
            }
        }
        // Without the fallback the cache would have missed these: bob's own CASE-2 and his assigned TASK-1.
        assertThat(rows("", "bob")).contains("CASE-2", "TASK-1", "DESK-2");
    }

    /**
     * CASE and TASK are undecided for everyone (Jira says "yes" to their reporter and assignee grants at project
     * level), DESK for ann and bob (level 401 goes to the reporter); OPEN for nobody. A query confined to decided
     * projects stays on the cache; one that can reach an undecided project is counted as a fallback.
     */
    @Test
    void onlyQueriesThatCanReachAnUndecidedProjectFallBack() {
        assertThat(fallbacks(() -> rows("project = OPEN", "ann"))).isZero();
        assertThat(fallbacks(() -> rows("project = DESK AND status != Open", "cat"))).isZero();
        assertThat(fallbacks(() -> rows("project = DESK AND status != Open", "ann"))).isEqualTo(1);
        assertThat(fallbacks(() -> rows("project in (OPEN, TASK)", "cat"))).isEqualTo(1);
        assertThat(fallbacks(() -> rows("status = Open", "dan"))).isEqualTo(1);
        assertThat(fallbacks(() -> gadgets.count("project = OPEN", new UserRef("bob", "bob")))).isZero();
        assertThat(fallbacks(() -> gadgets.count("project = CASE", new UserRef("bob", "bob")))).isEqualTo(1);
    }

    private long fallbacks(Runnable read) {
        long before = cache.status().fallbacks();
        read.run();
        return cache.status().fallbacks() - before;
    }

    private Set<String> allowed(String user) {
        return ISSUES.stream().filter(issue -> model.sees(user, issue.project(), issue.level(), issue.reporter(),
                issue.assignee())).map(Issue::key).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> rows(String jql, String user) {
        IssueTable table = gadgets.load(new IssueQuery(jql, new UserRef(user, user), KEYS, ZONE));
        Set<String> keys = new TreeSet<>();
        for (int row = 0; row < table.size(); row++) {
            keys.add(table.keys().key(row));
        }
        return keys;
    }
}
