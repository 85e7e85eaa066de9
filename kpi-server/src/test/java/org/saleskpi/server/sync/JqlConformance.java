package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.server.auth.AuthSchema;
import org.saleskpi.server.auth.Users;
import org.saleskpi.server.fakejira.FakeIssue;
import org.saleskpi.server.fakejira.FakeJira;
import org.saleskpi.server.fakejira.FakeSite;
import org.saleskpi.server.fakejira.FakeUser;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.jira.JiraCredentials;
import org.saleskpi.server.jira.JiraHttpSettings;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.server.jira.JiraSite;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;

/**
 * The JQL conformance suite: a fixed list of queries, each run twice over the same issues, by the fake Jira's own
 * evaluator ({@link FakeJira#evaluate}, written from Jira's documentation apart from the app's JQL module) and by the
 * app's JQL subset over what {@link JiraSync} copied from that fake into a store and its index. The keys must be the
 * same, and in the same order for a query with ORDER BY (each such query ends with a unique key, because Jira leaves
 * the order of ties to its index). Every query must select some issues and leave some out, so that it shows a
 * difference if there is one.
 *
 * <p>The site: {@value #ISSUES} generated deals over two years up to 28 March 2026 in Berlin, one more two weeks and
 * half an hour before the end, and then, as the clock walks through the night DST begins (29 March, 02:00 CET becomes 03:00 CEST), deals created right before and after
 * midnight and the switch, some unassigned, without an amount, a forecast category or labels, and closing on the
 * switch day. The local JQL runs as the connection's user does in Jira, at the site's "now" (30 March 10:00 UTC, so
 * {@code -1d} and {@code startOfDay()} reach back across the switch), as that user, on a server whose own zone is
 * New York's: it reads the copied issues' dates in the site's zone, which the sync learned from {@code /myself}.
 *
 * <p>Subclasses give the kind: Cloud names people by account id, Data Center by user key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JqlConformance {
    static final int ISSUES = 400;
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** The server's own zone: not the site's, and New York switched to daylight time three weeks before Berlin. */
    static final ZoneId SERVER = ZoneId.of("America/New_York");
    static final String AMOUNT = "customfield_10100";
    static final String CLOSE_DATE = "customfield_10101";
    static final String FORECAST = "customfield_10103";

    private FakeSite site;
    private FakeJira jira;
    private IndexedIssueSource local;
    private FakeUser syncUser;
    private UserRef searcher;
    private Users users;
    private JiraUserNames names;

    abstract JiraKind kind();

    /** How a query names {@code user} by id on this kind of site: account id on Cloud, user key on Data Center. */
    abstract String id(FakeUser user);

    @BeforeAll
    void syncTheSiteIntoTheStore() {
        site = FakeSite.generate(1515L, ISSUES, BERLIN, Instant.parse("2026-03-28T20:00:00Z"));
        syncUser = site.users().get(0);
        walkThroughTheSwitch();
        jira = FakeJira.start(site, kind());

        EntityManagerSession session = new EntityManagerSession(Database.H2_MEMORY.open());
        AuthSchema.migrate(session);
        Clock clock = Clock.fixed(site.now(), SERVER);
        users = new Users(session, clock);
        IssueIndex index = new IssueIndex();
        IssueStore store = new IssueStore(Database.H2_MEMORY.openDataSource(), index);
        store.createSchema();
        names = new JiraUserNames(store);
        names.createSchema();
        SyncPeople people = SyncPeople.over(users, names);
        JiraCredentials credentials = kind() == JiraKind.CLOUD
                ? new JiraCredentials.Basic(syncUser.email(), site.token(syncUser.accountId()))
                : new JiraCredentials.Bearer(site.token(syncUser.accountId()));
        SyncSettings settings = new SyncSettings(1, new JiraSite(jira.uri(), kind(), credentials),
                // Cloud refuses a search without any restriction.
                "project in (DEAL, ENT, SMB, PART)",
                List.of("Amount", "Close date", "Probability", "Forecast category", "Deal stage", "Lead source",
                        "Region"), SyncSettings.DEFAULT_INTERVAL, SyncSettings.DEFAULT_LOOK_BACK, false);
        SyncConnections connections = SyncConnections.fixed(List.of(settings));
        SiteZones zones = new SiteZones(store);
        SyncStatus status = new JiraSync(store, people, connections, clock, JiraHttpSettings.defaults(), zones)
                .runOnce(1);
        assertThat(status.lastError()).as("sync error").isEmpty();
        assertThat(store.count()).isEqualTo(site.issues().size());

        // Everything the connection copied is visible here: the comparison is about JQL, not permissions.
        local = new IndexedIssueSource(index, (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()),
                clock, SERVER, new PeopleInJql(users, names)).readingDatesIn(zones.byProject(index, SERVER));
        assertThat(zones.of(1)).contains(BERLIN);
        searcher = new UserRef(people.personFor(id(syncUser), syncUser.displayName()), syncUser.displayName());
    }

    @AfterAll
    void stopTheFake() {
        if (jira != null) {
            jira.close();
        }
    }

    /**
     * From 28 March 20:00 UTC to 30 March 10:00 UTC, a deal now and then (created at that instant), and edits that
     * leave fields empty. Berlin wall clock in brackets.
     */
    private void walkThroughTheSwitch() {
        FakeUser alice = rep(2);
        FakeUser chiara = rep(4);
        // Two weeks before the final "now" less half an hour: within -2w counted as 14 times 24 hours back (Jira),
        // not when counted as 14 calendar days back across the switch (an hour later).
        at("2026-03-16T10:30:00Z"); // 11:30 CET
        create("SMB", Map.of("assignee", alice.accountId(), AMOUNT, 7_000.0));
        at("2026-03-28T22:59:00Z"); // 23:59 CET on the 28th
        create("DEAL", Map.of("assignee", alice.accountId(), AMOUNT, 12_000.0));
        at("2026-03-28T23:00:00Z"); // midnight: the 29th begins
        create("DEAL", Map.of("assignee", chiara.accountId(), AMOUNT, 30_000.0, CLOSE_DATE, LocalDate.of(2026, 3, 29)));
        at("2026-03-29T00:30:00Z"); // 01:30 CET
        create("SMB", Map.of(AMOUNT, 8_000.0)); // unassigned
        at("2026-03-29T01:00:00Z"); // 03:00 CEST, the first instant after the switch
        create("ENT", Map.of("assignee", alice.accountId(), CLOSE_DATE, LocalDate.of(2026, 3, 29)));
        at("2026-03-29T21:59:00Z"); // 23:59 CEST on the 29th
        create("DEAL", Map.of("assignee", rep(7).accountId(), AMOUNT, 5_000.0, "labels", List.of("upsell")));
        at("2026-03-29T22:00:00Z"); // midnight: the 30th begins
        create("DEAL", Map.of("assignee", rep(6).accountId(), AMOUNT, 250_000.0));
        // Older deals lose their amount, forecast, close date or assignee, as real data does.
        List<FakeIssue> older = List.copyOf(site.issues().subList(0, 60));
        for (int i = 0; i < older.size(); i += 6) {
            String key = older.get(i).key();
            site.edit(key, i % 12 == 0 ? AMOUNT : FORECAST, null, alice.accountId());
            site.edit(key, i % 18 == 0 ? CLOSE_DATE : "assignee", null, alice.accountId());
        }
        at("2026-03-30T10:00:00Z");
    }

    static Stream<String> queries() {
        return Stream.of(
                // Projects, types, statuses, resolutions by name.
                "project = ENT AND issuetype = Renewal",
                "project != DEAL AND status in (Won, Lost)",
                "status = Negotiation",
                "status != Lead",
                "NOT status in (Won, Lost)",
                "resolution = Unresolved",
                "resolution is EMPTY",
                "resolution != Done",
                "resolution in (\"Won't Do\", EMPTY)",
                // Options: EMPTY kept out of every negation, asked for explicitly in a list.
                "\"Forecast category\" = Commit",
                "\"Forecast category\" != Commit",
                "\"Forecast category\" not in (Commit, Pipeline)",
                "NOT \"Forecast category\" = Pipeline",
                "\"Forecast category\" in (Commit, EMPTY)",
                "\"Forecast category\" is EMPTY",
                "\"Forecast category\" is not EMPTY AND Region not in (EMEA)",
                "\"Deal stage\" in (Proposal, Commit) AND \"Lead source\" != Web",
                // Numbers.
                "Amount > 100000",
                "Amount >= 5000 AND Amount <= 20000",
                "Amount != 5000",
                "Amount is EMPTY",
                "NOT Amount > 100000",
                "NOT (Amount > 100000 OR Amount is EMPTY)",
                "Amount in (5000, 10000, EMPTY)",
                "Probability >= 50",
                // Dates in the site's zone, across the switch.
                "created >= \"2026/03/29\"",
                "created < \"2026/03/29\"",
                "created >= \"2026/03/29\" AND created < \"2026/03/30\"",
                "created >= \"2026-03-29 03:00\"",
                "created > \"2026/03/29 00:00\" AND created <= \"2026/03/29 23:59\"",
                "created >= -1d",
                "created >= -2w AND created < -1d",
                "created >= \"-2w\" AND project = SMB",
                "updated >= -1d",
                "created >= startOfDay()",
                "created >= startOfDay(-1) AND created < startOfDay()",
                "created >= startOfMonth(-1) AND created < startOfMonth()",
                "\"Close date\" = \"2026/03/29\"",
                "\"Close date\" >= \"2026-03-29\"",
                "\"Close date\" is EMPTY",
                "\"Close date\" != \"2026/03/29\" AND created >= \"2026/03/01\"",
                // Labels, a list per issue.
                "labels = upsell",
                "labels != upsell",
                "labels in (upsell, strategic)",
                "labels is EMPTY",
                "labels not in (inbound, EMPTY)",
                // Keys.
                "key in (DEAL-1, ENT-2, SMB-3)",
                "project = DEAL AND key > DEAL-200",
                // Several clauses.
                "(project = ENT OR Amount > 200000) AND NOT status = Lost",
                "NOT (project = DEAL AND \"Forecast category\" = Pipeline)");
    }

    /** Queries about people, with this kind's ids. */
    Stream<String> userQueries() {
        String alice = quoted(id(rep(2)));
        String chiara = quoted(id(rep(4)));
        String farid = quoted(id(rep(7)));
        return Stream.of(
                "assignee = " + alice,
                "assignee = " + chiara,
                "assignee in (" + alice + ", " + farid + ")",
                "assignee = \"" + rep(7).displayName() + "\"",
                "assignee = \"" + rep(6).displayName().toUpperCase() + "\"",
                // By the address Jira shows (both kinds of the fake show it), in any case.
                "assignee = \"" + rep(5).email() + "\"",
                "reporter in (\"" + rep(3).email().toUpperCase() + "\", " + alice + ")",
                "reporter = \"" + rep(3).displayName() + "\" AND assignee != " + alice,
                "assignee != " + alice,
                "assignee not in (" + alice + ", " + chiara + ")",
                "NOT assignee = " + alice,
                "NOT (assignee = " + alice + " OR assignee = " + chiara + ")",
                "assignee is EMPTY",
                "assignee is not EMPTY AND project = SMB",
                "assignee in (" + alice + ", EMPTY)",
                "reporter != " + farid + " AND assignee = " + farid);
    }

    static Stream<String> orderedQueries() {
        return Stream.of(
                "project = ENT ORDER BY Amount DESC, key",
                "ORDER BY Amount, key DESC",
                "Amount is EMPTY OR Amount > 200000 ORDER BY Amount ASC, key",
                "Amount is EMPTY OR Amount > 200000 ORDER BY Amount DESC, key",
                "created >= \"2026/03/01\" ORDER BY \"Close date\" ASC, key DESC",
                "created >= \"2026/03/01\" ORDER BY \"Close date\" DESC, Amount DESC, key",
                "project = SMB ORDER BY created DESC, key",
                "updated >= -1w ORDER BY updated, key",
                "status = Won ORDER BY key DESC");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("queries")
    void selectsWhatJiraSelects(String jql) {
        assertSameKeys(jql);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("userQueries")
    void namesThePeopleJiraNames(String jql) {
        assertSameKeys(jql);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("orderedQueries")
    void sortsAsJiraSorts(String jql) {
        List<String> expected = jira.evaluate(jql, syncUser.accountId());
        assertThat(expected).as("Jira's answer").isNotEmpty();
        assertThat(localKeys(jql)).as(jql).containsExactlyElementsOf(expected);
    }

    @Test
    void currentUserIsTheSearchingUser() {
        // The rep searches as herself; Jira hides the issues of a security level she is not in, which the
        // connection's project mapping shows (part "access"): those are left out of the comparison.
        FakeUser alice = rep(2);
        String jql = "assignee = currentUser() OR reporter = currentUser()";
        List<String> expected = jira.evaluate(jql, alice.accountId());
        Set<String> secured = new HashSet<>();
        site.issues().stream().filter(issue -> issue.securityLevel() != null).forEach(i -> secured.add(i.key()));
        UserRef asAlice = new UserRef(SyncPeople.over(users, names).personFor(id(alice), alice.displayName()),
                alice.displayName());
        List<String> found = new ArrayList<>(local.search(jql, asAlice, 0, 100_000).issues().stream()
                .map(issue -> issue.record().key()).toList());
        found.removeAll(secured);
        assertThat(expected).isNotEmpty();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aValueNoUserHasIsRefusedByBoth() {
        String jql = "assignee = \"Nobody Atall\"";
        assertThatThrownBy(() -> jira.evaluate(jql, syncUser.accountId()))
                .hasMessage("The value 'Nobody Atall' does not exist for the field 'assignee'.");
        assertThatThrownBy(() -> localKeys(jql)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The value 'Nobody Atall' does not exist for the field 'assignee'.");
    }

    void assertSameKeys(String jql) {
        List<String> expected = jira.evaluate(jql, syncUser.accountId());
        assertThat(expected).as("Jira selects some issues for " + jql).isNotEmpty();
        assertThat(expected.size()).as("Jira leaves some issues out for " + jql).isLessThan(site.issues().size());
        assertThat(localKeys(jql)).as(jql).containsExactlyInAnyOrderElementsOf(expected);
    }

    List<String> localKeys(String jql) {
        return local.search(jql, searcher, 0, 100_000).issues().stream().map(issue -> issue.record().key()).toList();
    }

    FakeUser rep(int index) {
        return site.users().get(index);
    }

    FakeJira jira() {
        return jira;
    }

    FakeUser syncUser() {
        return syncUser;
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private void at(String instant) {
        site.advance(Duration.between(site.now(), Instant.parse(instant)));
    }

    private void create(String project, Map<String, Object> fields) {
        site.create(project, fields, syncUser.accountId());
    }
}
