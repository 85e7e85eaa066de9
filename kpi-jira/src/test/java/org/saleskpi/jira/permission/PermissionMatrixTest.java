package org.saleskpi.jira.permission;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.crowd.event.group.GroupMembershipDeletedEvent;
import com.atlassian.jira.event.permission.PermissionDeletedEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.jira.permission.SimulatedPermissions.Grant;
import org.saleskpi.jira.simulated.SimulatedCluster;

/**
 * The permission matrix: a simulated Jira ({@link SimulatedPermissions}) with projects with and without an issue
 * security scheme, one scheme shared by two projects, levels granted to a group, a single user and a project role
 * (held directly and through a group), and issues at every level of every project; the node's index over all of
 * them read through {@link IndexedIssueSource} with the {@link JiraVisibilityPolicy}. For every user and query,
 * what the source answers (rows, counts, the catalog's lists, {@code loadKeys}) equals exactly what the reference
 * allows: Jira's permission filter decided issue by issue ({@link SimulatedPermissions#sees}), over the rows the
 * query selects when permissions are ignored. Then permissions change under it, and the event Jira publishes makes
 * the next answer right.
 */
class PermissionMatrixTest {
    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final Set<Column> KEYS = Set.of(Column.KEY);
    /** ghost is not a Jira user at all. */
    private static final List<String> USERS = List.of("ann", "bob", "cat", "dan", "eve", "fay", "ghost");
    private static final List<String> QUERIES = List.of(
            "",
            "project = DEAL",
            "project in (DEAL, PIPE) AND status != Open",
            "status = Open",
            "issuetype = Deal",
            "status = \"Review DEAL 103\" OR status = \"Review HR 202\"",
            "reporter = bob",
            "project = VAULT OR project = HR ORDER BY key DESC");

    /**
     * Groups: sales = ann, bob; managers = cat; auditors = eve; staff = dan. fay is in no group.
     * OPEN (no scheme): Browse to sales, managers. DEAL (scheme deals): Browse to sales, managers, role Team; Team
     * is dan. PIPE (scheme deals, shared): Browse to sales and the user eve; Team is bob and the group auditors.
     * HR (scheme hr): Browse to auditors, managers. WIKI (no scheme): Browse to any user. VAULT: Browse to the role
     * Admins, which nobody holds. Levels of deals: 101 managers, 102 role Team, 103 the user bob, 104 role Team and
     * managers; of hr: 201 auditors, 202 the user cat.
     */
    private final SimulatedPermissions jira = new SimulatedPermissions()
            .user("ann", "bob", "cat", "dan", "eve", "fay")
            .group("sales", "ann", "bob").group("managers", "cat").group("auditors", "eve").group("staff", "dan")
            .project("OPEN", Grant.group("sales"), Grant.group("managers"))
            .project("DEAL", Grant.group("sales"), Grant.group("managers"), Grant.role("Team"))
            .project("PIPE", Grant.group("sales"), Grant.user("eve"))
            .project("HR", Grant.group("auditors"), Grant.group("managers"))
            .project("WIKI", Grant.anyUser())
            .project("VAULT", Grant.role("Admins"))
            .roleUsers("DEAL", "Team", "dan")
            .roleUsers("PIPE", "Team", "bob")
            .roleGroups("PIPE", "Team", "auditors")
            .securityScheme("deals", "DEAL", "PIPE")
            .securityScheme("hr", "HR")
            .level(101, "deals", Grant.group("managers"))
            .level(102, "deals", Grant.role("Team"))
            .level(103, "deals", Grant.user("bob"))
            .level(104, "deals", Grant.role("Team"), Grant.group("managers"))
            .level(201, "hr", Grant.group("auditors"))
            .level(202, "hr", Grant.user("cat"));
    private final HandClock clock = new HandClock(NOW);
    private final SimulatedEvents events = new SimulatedEvents();
    private final JiraVisibilityPolicy policy = jira.policy(clock);
    private final List<Issue> issues = issues();
    private final IssueIndex index = index(issues);
    private final IndexedIssueSource source = new IndexedIssueSource(index, policy, clock, ZONE);
    /** The same index with permissions ignored: which rows a query selects at all. */
    private final IndexedIssueSource everything = new IndexedIssueSource(index,
            (user, projects) -> new Visibility(Set.copyOf(projects), levels(issues)), clock, ZONE);

    PermissionMatrixTest() {
        new PermissionChanges(events, new SimulatedCluster().node("single"), policy);
    }

    /** One issue of the simulated Jira: where it is, its level (null: none) and what the catalog lists of it. */
    private record Issue(String key, String project, Long level, String status, String type, String reporter) {
    }

    @Test
    void everyUserGetsExactlyTheIssuesJirasPermissionFilterAllows() {
        assertMatrix();
        // The matrix is not empty-handed: a shared scheme's role level is bob's in PIPE only, not in DEAL.
        // Issue numbers: per project two without a level, then two per level in order (DEAL-5, DEAL-6 at 102).
        assertThat(visible("bob")).contains("PIPE-5", "DEAL-7").doesNotContain("DEAL-5", "DEAL-3", "HR-1");
        assertThat(visible("eve")).contains("PIPE-5", "HR-3").doesNotContain("PIPE-7", "OPEN-1", "HR-5");
        assertThat(visible("fay")).containsExactlyInAnyOrder("WIKI-1", "WIKI-2");
        assertThat(visible("ghost")).isEmpty();
    }

    @Test
    void aRevokedBrowsePermissionIsGoneAsSoonAsJiraAnnouncesIt() {
        assertMatrix();
        Set<String> before = rows("", "bob");

        jira.removeFromGroup("sales", "bob");
        // Not announced yet: the answer Jira gave a moment ago stands, for at most the cache's 10 seconds.
        assertThat(rows("", "bob")).isEqualTo(before);
        events.publish(new GroupMembershipDeletedEvent());
        assertMatrix();
        // bob browses nothing through sales any more; PIPE's Team role does not grant Browse there.
        assertThat(visible("bob")).containsExactlyInAnyOrder("WIKI-1", "WIKI-2");

        jira.revokeBrowse("PIPE", Grant.user("eve"));
        events.publish(new PermissionDeletedEvent());
        assertMatrix();
        assertThat(visible("eve")).noneMatch(key -> key.startsWith("PIPE-"));
    }

    @Test
    void aChangeJiraDoesNotAnnounceIsSeenWhenTheCachedAnswerExpires() {
        assertMatrix();
        // Jira publishes no event when a grant leaves a security level.
        jira.revokeLevelGrant(103, Grant.user("bob"));

        clock.advance(JiraVisibilityPolicy.DEFAULT_TIME_TO_LIVE.minus(Duration.ofMillis(1)));
        assertThat(rows("", "bob")).contains("DEAL-7", "PIPE-7");
        clock.advance(Duration.ofMillis(1));
        assertMatrix();
        assertThat(visible("bob")).doesNotContain("DEAL-7", "PIPE-7");
    }

    /**
     * The one case the cache answers differently, in the safe direction: level 301 goes to the reporter and to the
     * group managers. Jira's filter shows CASE-2 to bob (its reporter) and to cat (a manager); the cache cannot
     * check a reporter per issue, and Jira answers the reporter grant "yes" to anyone at project level, so it shows
     * issues at 301 to nobody. Nothing leaks; these rows are missing from the index's answer, and the policy says
     * CASE is undecided, so the app's CachedIssueSource asks Jira instead (IssueDependentGrantsMatrixTest).
     */
    @Test
    void aLevelGrantedToTheReporterIsShownToNobodyFromTheCache() {
        SimulatedPermissions cases = new SimulatedPermissions().user("ann", "bob", "cat")
                .group("sales", "ann", "bob").group("managers", "cat")
                .project("CASE", Grant.group("sales"), Grant.group("managers"))
                .securityScheme("cases", "CASE")
                .level(301, "cases", Grant.reporter(), Grant.group("managers"));
        List<Issue> filed = List.of(new Issue("CASE-1", "CASE", null, "Open", "Deal", "ann"),
                new Issue("CASE-2", "CASE", 301L, "Filed", "Case", "bob"),
                new Issue("CASE-3", "CASE", 301L, "Filed", "Case", "ann"));
        IndexedIssueSource cached = new IndexedIssueSource(index(filed), cases.policy(clock), clock, ZONE);

        assertThat(allowed(cases, filed, "bob")).containsExactly("CASE-1", "CASE-2");
        assertThat(allowed(cases, filed, "cat")).containsExactly("CASE-1", "CASE-2", "CASE-3");
        for (String user : List.of("ann", "bob", "cat")) {
            assertThat(rows(cached, "", user)).as(user).containsExactly("CASE-1");
            assertThat(cached.statuses(new UserRef(user, user))).as(user).containsExactly("Open");
            assertThat(cases.policy(clock).of(new UserRef(user, user), List.of("CASE")).undecided()).as(user)
                    .containsExactly("CASE");
        }
    }

    private void assertMatrix() {
        for (String user : USERS) {
            UserRef ref = new UserRef(user, user);
            Set<String> allowed = visible(user);
            for (String jql : QUERIES) {
                Set<String> expected = new TreeSet<>(rowsIgnoringPermissions(jql));
                expected.retainAll(allowed);
                assertThat(rows(jql, user)).as("%s: %s", user, jql).isEqualTo(expected);
                assertThat(source.count(jql, ref)).as("count %s: %s", user, jql).isEqualTo(expected.size());
            }
            assertThat(keys(source.loadKeys(new IssueQuery("project = WIKI", ref, KEYS, ZONE), allKeys())))
                    .as("loadKeys %s", user).isEqualTo(allowed);
            assertThat(source.statuses(ref)).as("statuses %s", user)
                    .containsExactlyInAnyOrderElementsOf(listed(user, Issue::status));
            assertThat(source.issueTypes(ref)).as("issue types %s", user)
                    .containsExactlyInAnyOrderElementsOf(listed(user, Issue::type));
            assertThat(source.projects(ref)).as("projects %s", user)
                    .containsExactlyInAnyOrderElementsOf(listed(user, Issue::project));
        }
    }

    private Set<String> visible(String user) {
        return allowed(jira, issues, user);
    }

    /** The reference: the keys Jira's permission filter lets {@code user} see, issue by issue. */
    private static Set<String> allowed(SimulatedPermissions model, List<Issue> issues, String user) {
        return issues.stream().filter(issue -> model.users().contains(user)
                        && model.sees(user, issue.project(), issue.level(), issue.reporter()))
                .map(Issue::key).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> listed(String user, java.util.function.Function<Issue, String> value) {
        Set<String> keys = visible(user);
        return issues.stream().filter(issue -> keys.contains(issue.key())).map(value).collect(Collectors.toSet());
    }

    private Set<String> rows(String jql, String user) {
        return rows(source, jql, user);
    }

    private static Set<String> rows(IndexedIssueSource source, String jql, String user) {
        return keys(source.load(new IssueQuery(jql, new UserRef(user, user), KEYS, ZONE)));
    }

    private Set<String> rowsIgnoringPermissions(String jql) {
        return keys(everything.load(new IssueQuery(jql, new UserRef("root", "root"), KEYS, ZONE)));
    }

    /** Every key of the index, and one it does not hold. */
    private List<String> allKeys() {
        List<String> keys = new ArrayList<>(issues.stream().map(Issue::key).toList());
        keys.add("NOPE-1");
        return keys;
    }

    private static Set<String> keys(IssueTable table) {
        Set<String> keys = new TreeSet<>();
        for (int row = 0; row < table.size(); row++) {
            keys.add(table.keys().key(row));
        }
        return keys;
    }

    /**
     * Two issues per project and level (none, then each level of its scheme): the first "Open" and a Deal reported
     * by ann, the second with a status and a type of its own ("Review DEAL 101", "Kind DEAL 101") reported by bob,
     * so a status or type leaking from a secured issue shows in the catalog's lists.
     */
    private List<Issue> issues() {
        List<Issue> all = new ArrayList<>();
        for (String project : List.of("OPEN", "DEAL", "PIPE", "HR", "WIKI", "VAULT")) {
            List<Long> levels = new ArrayList<>();
            levels.add(null);
            levels.addAll(jira.levelsOf(project));
            int number = 1;
            for (Long level : levels) {
                String where = level == null ? project : project + " " + level;
                all.add(new Issue(project + "-" + number++, project, level, "Open", "Deal", "ann"));
                all.add(new Issue(project + "-" + number++, project, level, "Review " + where, "Kind " + where, "bob"));
            }
        }
        return all;
    }

    private static IssueIndex index(List<Issue> issues) {
        IssueIndex index = new IssueIndex();
        index.upsert(issues.stream().map(issue -> new IndexedIssue(IssueRecord.builder(issue.key(), issue.project())
                .type(issue.type()).status(issue.status(), StatusCategory.TO_DO).reporter(issue.reporter())
                .created(NOW.minus(Duration.ofDays(30))).build(), issue.key(), "", Set.of(),
                Optional.ofNullable(issue.level())))
                .toList());
        return index;
    }

    private static Set<Long> levels(List<Issue> issues) {
        return issues.stream().map(Issue::level).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
