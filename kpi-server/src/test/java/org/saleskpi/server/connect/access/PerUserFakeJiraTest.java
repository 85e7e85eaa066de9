package org.saleskpi.server.connect.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.connect.ConnectionStore;
import org.saleskpi.server.connect.ConnectionSync;
import org.saleskpi.server.connect.JiraConnection;
import org.saleskpi.server.connect.PermissionMode;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.server.fakejira.FakeIssue;
import org.saleskpi.server.fakejira.FakeJira;
import org.saleskpi.server.fakejira.FakeSite;
import org.saleskpi.server.fakejira.FakeUser;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.jira.JiraHttpSettings;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.server.jira.JiraReader;
import org.saleskpi.server.sync.JiraSync;
import org.saleskpi.server.sync.SyncConnections;
import org.saleskpi.server.sync.SyncSettings;
import org.saleskpi.server.sync.SyncStatus;
import org.saleskpi.store.Database;

/**
 * A per-user connection end to end: a fake Jira site of 300 deals is copied by the sync with the sync account's token,
 * then each local user sees of it what the fake Jira shows their own token, worked out here from the site's own data
 * ({@link FakeSite#canSee}) and not from what the server computed. Every local user may browse every project by role,
 * so only Jira limits them.
 */
class PerUserFakeJiraTest {
    private static final String JQL = "project in (DEAL, ENT, SMB, PART)";
    private static final SecretBox BOX = SecretBox.load(Path.of("target"),
            Map.of(SecretBox.KEY_VARIABLE, "q83vEjRWeJASNFZ4kKvN7wEjRWeJq83vEjRWeJASNFY="));
    private static final JiraHttpSettings HTTP = new JiraHttpSettings(4, Duration.ofSeconds(10), 2, delay -> { },
            Clock.systemUTC(), new Random(15));
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final UserRef LIAM = new UserRef("liam", "Liam");
    private static final UserRef SAM = new UserRef("sam", "Sam");
    private static final UserRef NOBODY = new UserRef("nobody", "Has no token");

    private final HandClock clock = new HandClock(Instant.parse("2026-12-05T09:00:00Z"));
    private final FakeSite site = FakeSite.generate(15, 300, ZoneId.of("Europe/Berlin"), clock.instant());
    private final DataSource dataSource = Database.H2_MEMORY.openDataSource();
    private final IssueIndex index = new IssueIndex();
    private final IssueStore store = new IssueStore(dataSource, index);
    private final ConnectionStore connections = new ConnectionStore(dataSource, BOX, clock);
    private FakeJira jira;
    private long connection;
    private PerUserAccess access;
    private IndexedIssueSource issues;

    /** The rep Alice Adams (every project, no security level), Liam Lord (no PART) and the sync account (all). */
    private FakeUser alice() {
        return site.users().get(2);
    }

    private FakeUser liam() {
        return site.users().get(13);
    }

    private FakeUser sam() {
        return site.users().get(0);
    }

    @AfterEach
    void stop() {
        if (jira != null) {
            jira.close();
        }
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void eachUserSeesExactlyTheCopiedIssuesJiraShowsTheirToken(JiraKind kind) {
        start(kind);

        assertThat(visible(ALICE)).isEqualTo(jiraShows(alice())).isNotEqualTo(jiraShows(sam()));
        assertThat(visible(LIAM)).isEqualTo(jiraShows(liam())).noneMatch(key -> key.startsWith("PART-"));
        assertThat(visible(SAM)).isEqualTo(jiraShows(sam())).hasSize(site.issues().size());
        assertThat(visible(NOBODY)).isEmpty();
        assertThat(issues.count("project = ENT", ALICE)).isEqualTo(jiraShows(alice()).stream()
                .filter(key -> key.startsWith("ENT-")).count());
        // Alice sees fewer ENT deals than the sync account: ENT's secured deals are hidden from her by Jira.
        assertThat(issues.count("project = ENT", ALICE)).isLessThan(issues.count("project = ENT", SAM));
        assertThat(access.links().of(NOBODY)).singleElement()
                .satisfies(link -> assertThat(link.reason()).isEqualTo(TokenView.Reason.NOT_LINKED));
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void aWithdrawnProjectDisappearsForThatUserOnceTheirCachedAnswerExpires(JiraKind kind) {
        start(kind);
        Set<String> before = visible(ALICE);
        assertThat(before).anyMatch(key -> key.startsWith("SMB-"));

        site.withdraw("SMB", alice().accountId());

        // Within the minute the answer Jira gave is still Alice's.
        clock.advance(Duration.ofSeconds(59));
        assertThat(visible(ALICE)).isEqualTo(before);
        clock.advance(Duration.ofSeconds(1));
        assertThat(visible(ALICE)).isEqualTo(jiraShows(alice())).noneMatch(key -> key.startsWith("SMB-"))
                .containsAll(before.stream().filter(key -> !key.startsWith("SMB-")).toList());
        // Liam's view is his own: SMB stays.
        assertThat(visible(LIAM)).anyMatch(key -> key.startsWith("SMB-"));
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void anExpiredTokenSeesNoneOfTheConnectionsIssuesAndIsToldWhy(JiraKind kind) {
        start(kind);
        assertThat(visible(ALICE)).isNotEmpty();

        jira.faults().expireToken(site.token(alice().accountId()));
        clock.advance(CachedJiraIds.DEFAULT_TTL);

        assertThat(visible(ALICE)).isEmpty();
        assertThat(issues.count(JQL, ALICE)).isZero();
        assertThat(access.links().of(ALICE)).singleElement()
                .satisfies(link -> assertThat(link.reason()).isEqualTo(TokenView.Reason.REFUSED));
        assertThat(visible(LIAM)).isEqualTo(jiraShows(liam()));

        // A token linked again is asked about at once, without waiting for the minute.
        jira.faults().clear();
        link(ALICE, alice(), site.token(alice().accountId()));
        assertThat(visible(ALICE)).isEqualTo(jiraShows(alice()));
    }

    /**
     * Alice and Liam load the same query in turns: each is answered from their own Jira answer (asked when they linked
     * their token), and once those expire, Alice's fresh answer does not answer Liam: he is asked about again.
     */
    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void twoUsersWithDifferentTokensNeverShareCachedResults(JiraKind kind) {
        start(kind);
        int linked = jira.requests("/rest/api");

        for (int round = 0; round < 3; round++) {
            assertThat(visible(ALICE)).isEqualTo(jiraShows(alice()));
            assertThat(visible(LIAM)).isEqualTo(jiraShows(liam()));
            assertThat(visible(NOBODY)).isEmpty();
        }
        assertThat(jira.requests("/rest/api")).isEqualTo(linked);
        // Alice's extra deals are the partner project's, which Jira hides from Liam.
        Set<String> aliceOnly = new TreeSet<>(jiraShows(alice()));
        aliceOnly.removeAll(jiraShows(liam()));
        assertThat(aliceOnly).isNotEmpty().allMatch(key -> key.startsWith("PART-"));

        clock.advance(CachedJiraIds.DEFAULT_TTL);
        assertThat(visible(ALICE)).isEqualTo(jiraShows(alice()));
        int askedForAlice = jira.requests("/rest/api");
        assertThat(askedForAlice).isGreaterThan(linked);
        assertThat(visible(ALICE)).isEqualTo(jiraShows(alice()));
        assertThat(jira.requests("/rest/api")).isEqualTo(askedForAlice);
        assertThat(visible(LIAM)).isEqualTo(jiraShows(liam()));
        assertThat(jira.requests("/rest/api")).isGreaterThan(askedForAlice);
    }

    private void start(JiraKind kind) {
        jira = FakeJira.start(site, kind);
        store.createSchema();
        connections.createSchema();
        FakeUser syncAccount = sam();
        connection = connections.create(new JiraConnection(0, "Fake " + kind, jira.uri(), kind, true, kind, "10.3.0",
                kind == JiraKind.CLOUD ? Optional.of(syncAccount.email()) : Optional.empty(),
                new ConnectionSync(Optional.of(JQL), List.of("Amount"), 5, 5, true, PermissionMode.PER_USER),
                clock.instant(), clock.instant()), site.token(syncAccount.accountId())).id();
        SyncConnections settings = new SyncConnections() {
            @Override
            public List<SyncSettings> enabled() {
                return get(connection).stream().toList();
            }

            @Override
            public Optional<SyncSettings> get(long id) {
                return connections.get(id).map(c -> new SyncSettings(id, connections.site(c), JQL, List.of("Amount"),
                        Duration.ofMinutes(5), Duration.ofMinutes(5), false));
            }
        };
        SyncStatus synced = new JiraSync(store, jiraUser -> "jira-" + jiraUser.id(), settings, clock, HTTP)
                .runOnce(connection);
        assertThat(synced.lastError()).isEmpty();
        assertThat(store.jiraIds(connection)).hasSize(site.issues().size());

        access = PerUserAccess.wire(dataSource, BOX, connections, store, index,
                id -> Optional.of(new ConnectionScope.Scope(jira.uri(), kind, JQL)),
                site -> JiraReader.open(site, HTTP), clock, CachedJiraIds.DEFAULT_TTL);
        issues = new IndexedIssueSource(index,
                access.over((user, projects) -> new Visibility(Set.copyOf(projects), Set.of())), clock,
                ZoneOffset.UTC);
        link(ALICE, alice(), site.token(alice().accountId()));
        link(LIAM, liam(), site.token(liam().accountId()));
        link(SAM, sam(), site.token(sam().accountId()));
    }

    private void link(UserRef local, FakeUser jiraUser, String token) {
        assertThat(access.links().link(connection, local, Optional.of(jiraUser.email()), token)).isPresent();
    }

    /** The keys of the deals the fake Jira shows that user, from the site's own rules. */
    private Set<String> jiraShows(FakeUser user) {
        return site.issues().stream().filter(issue -> site.canSee(user.accountId(), issue)).map(FakeIssue::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The keys the local user's query loads, and the same through a search, which must agree. */
    private Set<String> visible(UserRef user) {
        IssueTable table = issues.load(new IssueQuery(JQL, user, Set.of(Column.KEY), ZoneOffset.UTC));
        Set<String> keys = new TreeSet<>();
        for (int row = 0; row < table.size(); row++) {
            keys.add(table.keys().key(row));
        }
        List<String> searched = new ArrayList<>();
        issues.search(JQL, user, 0, 1000).issues().stream().map(IndexedIssue::key).forEach(searched::add);
        assertThat(new TreeSet<>(searched)).isEqualTo(keys);
        return keys;
    }
}
