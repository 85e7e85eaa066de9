package org.saleskpi.server.connect.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.saleskpi.core.user.UserRef;

/**
 * Connection 7 is per-user: it copied DEAL-1 (Jira id 101), DEAL-2 (102, security level 30) and DEAL-3 (103), and
 * CRM-1 (201). DEAL-50 was created locally in the same project. Project LOCAL has no connection issue. Ann and Ben
 * may browse DEAL, CRM and LOCAL through their roles; Cy may browse LOCAL only.
 */
class PerUserVisibilityTest {
    private static final long CONNECTION = 7;
    private static final UserRef ANN = new UserRef("ann", "Ann");
    private static final UserRef BEN = new UserRef("ben", "Ben");
    private static final UserRef CY = new UserRef("cy", "Cy");

    private final IssueIndex index = new IssueIndex();
    private final Map<String, String> keysByJiraId = new ConcurrentHashMap<>(Map.of("101", "DEAL-1", "102", "DEAL-2",
            "103", "DEAL-3", "201", "CRM-1"));
    private final Set<Long> perUser = ConcurrentHashMap.newKeySet();
    private final Map<String, TokenView> tokens = new ConcurrentHashMap<>(Map.of(
            "ann", new TokenView.Seen(Set.of("101", "102", "201")),
            "ben", new TokenView.Seen(Set.of("103")),
            "cy", new TokenView.Seen(Set.of("101", "102", "103", "201"))));
    private final AtomicInteger questions = new AtomicInteger();
    private final PerUserVisibility policy = new PerUserVisibility(
            (user, projects) -> new Visibility(user.equals(CY) ? Set.of("LOCAL") : Set.of("DEAL", "CRM", "LOCAL"),
                    Set.of()),
            index, new PerUserConnections() {
                @Override
                public Set<Long> perUser() {
                    return Set.copyOf(perUser);
                }

                @Override
                public Map<String, String> keysByJiraId(long connectionId) {
                    return connectionId == CONNECTION ? Map.copyOf(keysByJiraId) : Map.of();
                }
            }, (connection, user) -> {
                questions.incrementAndGet();
                return tokens.getOrDefault(user.key(), new TokenView.NotLinked());
            });
    private final IndexedIssueSource source = new IndexedIssueSource(index, policy,
            Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC);

    PerUserVisibilityTest() {
        perUser.add(CONNECTION);
        index.upsert(List.of(issue("DEAL-1", null), issue("DEAL-2", 30L), issue("DEAL-3", null), issue("CRM-1", null),
                issue("DEAL-50", null), issue("LOCAL-1", null)));
    }

    @Test
    void eachUserSeesTheConnectionsIssuesTheirTokenSeesAndEveryLocalOne() {
        // DEAL-2's level 30 counts: Jira returned it for Ann's token, so Jira applied its level.
        assertThat(keys("type = Deal", ANN)).containsExactly("CRM-1", "DEAL-1", "DEAL-2", "DEAL-50", "LOCAL-1");
        assertThat(keys("type = Deal", BEN)).containsExactly("DEAL-3", "DEAL-50", "LOCAL-1");
    }

    /** Cy's token sees everything in Jira, but locally Cy may browse LOCAL only: the intersection. */
    @Test
    void jiraNeverOpensAProjectTheProjectRolesKeepClosed() {
        assertThat(keys("type = Deal", CY)).containsExactly("LOCAL-1");
        // And nobody asks Jira for a user who could not see the connection's projects anyway.
        assertThat(questions).hasValue(0);
    }

    @Test
    void withoutALinkedTokenOrWithARefusedOneNoneOfTheConnectionsIssuesShow() {
        tokens.remove("ann");
        assertThat(keys("type = Deal", ANN)).containsExactly("DEAL-50", "LOCAL-1");
        tokens.put("ann", new TokenView.Refused());
        assertThat(keys("type = Deal", ANN)).containsExactly("DEAL-50", "LOCAL-1");
        tokens.put("ann", new TokenView.Unreachable());
        assertThat(keys("type = Deal", ANN)).containsExactly("DEAL-50", "LOCAL-1");
    }

    /** A deal synced after the layout was read shows to nobody until Jira names it for them. */
    @Test
    void aNewlySyncedIssueShowsOnlyOnceTheUsersTokenReturnsIt() {
        assertThat(keys("project = DEAL", BEN)).containsExactly("DEAL-3", "DEAL-50");
        keysByJiraId.put("104", "DEAL-4");
        index.upsert(List.of(issue("DEAL-4", null)));
        assertThat(keys("project = DEAL", BEN)).containsExactly("DEAL-3", "DEAL-50");

        tokens.put("ben", new TokenView.Seen(Set.of("103", "104")));
        assertThat(keys("project = DEAL", BEN)).containsExactly("DEAL-3", "DEAL-4", "DEAL-50");
    }

    @Test
    void aConnectionInProjectMappingModeLeavesTheProjectPolicyAsItIs() {
        perUser.clear();
        tokens.clear();

        // Every row of a browsable project, except DEAL-2: nobody on the server is in its level (in this mode the sync
        // stores none, so a real copy would show it to all who browse DEAL).
        assertThat(keys("type = Deal", BEN)).containsExactly("CRM-1", "DEAL-1", "DEAL-3", "DEAL-50", "LOCAL-1");
        assertThat(questions).hasValue(0);
    }

    @Test
    void singleIssuesCountsAndPickersFollowTheToken() {
        assertThat(source.issue("DEAL-3", ANN)).isEmpty();
        assertThat(source.issue("DEAL-3", BEN)).isPresent();
        assertThat(source.count("project = CRM", BEN)).isZero();
        assertThat(source.projects(BEN)).containsExactly("DEAL", "LOCAL");
    }

    private List<String> keys(String jql, UserRef user) {
        IssueTable table = source.load(new IssueQuery(jql + " ORDER BY key", user, Set.of(Column.KEY), ZoneOffset.UTC));
        List<String> keys = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            keys.add(table.keys().key(row));
        }
        keys.sort(null);
        return keys;
    }

    private static IndexedIssue issue(String key, Long level) {
        return new IndexedIssue(IssueRecord.builder(key, key.substring(0, key.indexOf('-'))).type("Deal")
                .status("Open", StatusCategory.TO_DO).created(Instant.parse("2026-11-01T09:00:00Z")).build(),
                "deal " + key, "", Set.of(), Optional.ofNullable(level));
    }
}
