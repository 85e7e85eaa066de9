package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.server.fakejira.FakeIssue;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.store.Database;

/** A connection's sync against the fake Jira, both kinds, through the real reader, on H2 and PostgreSQL. */
class JiraSyncTest {
    private static final Set<String> SCOPE = Set.of("DEAL", "ENT", "PART");

    static Stream<Arguments> databasesAndKinds() {
        return Stream.of(Arguments.of(Database.H2_MEMORY, JiraKind.CLOUD),
                Arguments.of(Database.H2_MEMORY, JiraKind.DATA_CENTER),
                Arguments.of(Database.POSTGRES, JiraKind.CLOUD),
                Arguments.of(Database.POSTGRES, JiraKind.DATA_CENTER));
    }

    @ParameterizedTest
    @MethodSource("databasesAndKinds")
    void theFirstSyncCopiesEveryIssueAndEveryChangeExactlyOnce(Database database, JiraKind kind) {
        try (SyncRig rig = new SyncRig(database, kind, 400, 11)) {
            List<FakeIssue> inScope = inScope(rig);

            SyncStatus status = rig.sync.runOnce(SyncRig.CONNECTION);

            assertThat(status.lastError()).isEmpty();
            assertThat(status.phase()).isEqualTo(SyncPhase.IDLE);
            assertThat(status.issues()).isEqualTo(inScope.size());
            assertThat(status.pages()).isEqualTo((inScope.size() + 99) / 100);
            assertThat(status.lastFinished()).isPresent();
            // Each issue of the scope handed over once: none twice, none missing.
            assertThat(rig.delivered).hasSize(inScope.size()).doesNotHaveDuplicates();
            assertConverged(rig, inScope);
            assertThat(rig.index.size()).isEqualTo(inScope.size());
        }
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void aChangelogOfThreeHundredEntriesArrivesWhole(JiraKind kind) {
        try (SyncRig rig = new SyncRig(Database.H2_MEMORY, kind, 120, 5)) {
            FakeIssue longest = inScope(rig).stream()
                    .max((a, b) -> Integer.compare(a.changelog().size(), b.changelog().size())).orElseThrow();
            assertThat(longest.changelog()).hasSizeGreaterThanOrEqualTo(300);

            rig.sync.runOnce(SyncRig.CONNECTION);

            ExpectedCopy expected = new ExpectedCopy(rig.site, kind, rig.store, SyncRig.FIELDS);
            IssueHistory stored = rig.store.histories(List.of(longest.key()), expected.historyFields()).get(longest.key());
            IssueHistory wanted = expected.history(longest);
            assertThat(wanted.changes()).hasSizeGreaterThanOrEqualTo(300);
            assertThat(stored.changes()).isEqualTo(wanted.changes());
        }
    }

    /** Each kind once on each database, for the longer tests (the store's own tests cover both databases whole). */
    static Stream<Arguments> kindsAcrossDatabases() {
        return Stream.of(Arguments.of(Database.H2_MEMORY, JiraKind.DATA_CENTER),
                Arguments.of(Database.POSTGRES, JiraKind.CLOUD));
    }

    @ParameterizedTest
    @MethodSource("kindsAcrossDatabases")
    void anIncrementalSyncAfterEditsCreationsAndDeletionsConvergesToTheSite(Database database, JiraKind kind) {
        try (SyncRig rig = new SyncRig(database, kind, 300, 23)) {
            rig.sync.runOnce(SyncRig.CONNECTION);
            List<FakeIssue> before = inScope(rig);
            Instant watermark = before.stream().map(FakeIssue::updated).max(Instant::compareTo).orElseThrow();
            String rep = rig.site.users().get(3).accountId();
            rig.site.advance(Duration.ofMinutes(20));
            for (int i = 0; i < 12; i++) {
                FakeIssue issue = before.get(i * 7);
                rig.site.edit(issue.id(), "customfield_10100", 1_000.0 + i * 250, rep);
                rig.site.edit(issue.id(), "assignee", rig.site.users().get(4 + i % 5).accountId(), rep);
            }
            rig.site.edit(before.get(1).id(), "status", "Won", rep);
            for (int i = 0; i < 5; i++) {
                rig.site.delete(before.get(100 + i).id());
            }
            rig.site.create("DEAL", Map.of("customfield_10100", 4_200.0, "assignee", rep), rep);
            rig.site.create("SMB", Map.of(), rep);
            rig.delivered.clear();
            // The second run is incremental; with a census every second run, it ends with one.
            rig.restart(2);

            SyncStatus status = rig.sync.runOnce(SyncRig.CONNECTION);

            assertThat(status.lastError()).isEmpty();
            // Read again: what changed since the newest issue of the first copy less the look-back of 5 minutes, to
            // the minute (JQL's precision; Tokyo is a whole number of hours from UTC): the 12 edited, the one won,
            // the one created, and the first copy's newest issues, read again by design.
            Instant since = watermark.minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MINUTES);
            Set<String> changed = new HashSet<>();
            inScope(rig).stream().filter(issue -> !issue.updated().isBefore(since))
                    .forEach(issue -> changed.add(issue.id()));
            assertThat(changed).hasSizeGreaterThanOrEqualTo(15).hasSizeLessThan(30);
            assertThat(rig.delivered).hasSameSizeAs(changed);
            assertThat(new HashSet<>(rig.delivered)).isEqualTo(changed);
            assertThat(status.issues()).isEqualTo(changed.size());
            assertConverged(rig, inScope(rig));
        }
    }

    @ParameterizedTest
    @MethodSource("kindsAcrossDatabases")
    void aSyncKilledAfterSomePagesResumesThereAfterARestartLosingAndRepeatingNothing(Database database,
            JiraKind kind) {
        try (SyncRig rig = new SyncRig(database, kind, 450, 31)) {
            List<FakeIssue> inScope = inScope(rig);
            rig.pagesBeforeKill.set(2);

            SyncStatus killed = rig.sync.runOnce(SyncRig.CONNECTION);

            assertThat(killed.phase()).isEqualTo(SyncPhase.FULL);
            assertThat(killed.pages()).isEqualTo(2);
            assertThat(killed.lastError()).contains("killed");
            assertThat(rig.store.count()).isEqualTo(200);
            assertThat(rig.delivered).hasSize(200);

            rig.restart(JiraSync.CENSUS_EVERY);
            SyncStatus resumed = rig.sync.runOnce(SyncRig.CONNECTION);

            assertThat(resumed.lastError()).isEmpty();
            assertThat(resumed.phase()).isEqualTo(SyncPhase.IDLE);
            // The resumed pass began at page 3: every issue was handed over once over both runs.
            assertThat(rig.delivered).hasSize(inScope.size()).doesNotHaveDuplicates();
            assertThat(resumed.issues()).isEqualTo(inScope.size());
            assertConverged(rig, inScope);
        }
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void theCensusCopiesWhatAPassMissedAndRemovesWhatTheConnectionNoLongerSees(JiraKind kind) {
        try (SyncRig rig = new SyncRig(Database.H2_MEMORY, kind, 300, 41)) {
            // A scope naming no project: Jira refuses a query naming a project the user may not browse (400).
            rig.connections.put(SyncRig.CONNECTION,
                    rig.settings(rig.credentials(rig.site.token(rig.account.accountId())), "issuetype in (Deal, Renewal)"));
            int before = rig.site.issues().size();
            // After the first page, an issue appears that sorts before the pass's cursor: the pass cannot see it.
            rig.fake.faults().shiftWhilePaging(1);

            SyncStatus first = rig.sync.runOnce(SyncRig.CONNECTION);

            assertThat(first.lastError()).isEmpty();
            assertThat(rig.site.issues()).hasSize(before + 1);
            assertThat(rig.delivered).hasSize(before + 1).doesNotHaveDuplicates();
            assertConverged(rig, rig.site.issues());

            rig.site.withdraw("PART", rig.account.accountId());
            rig.restart(1);
            SyncStatus second = rig.sync.runOnce(SyncRig.CONNECTION);

            assertThat(second.lastError()).isEmpty();
            List<FakeIssue> visible = rig.site.issues().stream().filter(issue -> !issue.project().equals("PART"))
                    .toList();
            assertThat(visible).hasSizeLessThan(before);
            assertConverged(rig, visible);
            assertThat(rig.index.size()).isEqualTo(visible.size());
        }
    }

    /** The store holds exactly the site's issues of the scope, each as the site has it, with its whole history. */
    static void assertConverged(SyncRig rig, List<FakeIssue> inScope) {
        ExpectedCopy expected = new ExpectedCopy(rig.site, rig.fake.kind(), rig.store, SyncRig.FIELDS);
        Map<String, String> keysById = new HashMap<>();
        inScope.forEach(issue -> keysById.put(issue.id(), issue.key()));
        assertThat(rig.store.jiraIds(SyncRig.CONNECTION)).isEqualTo(keysById);
        assertThat(rig.store.count()).isEqualTo(inScope.size());
        List<String> keys = inScope.stream().map(FakeIssue::key).toList();
        Map<String, IndexedIssue> stored = rig.store.find(keys);
        Map<String, IssueHistory> histories = rig.store.histories(keys, expected.historyFields());
        List<String> wrong = new ArrayList<>();
        long changes = 0;
        for (FakeIssue issue : inScope) {
            IssueHistory history = expected.history(issue);
            changes += history.changes().size();
            if (!expected.issue(issue).equals(stored.get(issue.key()))
                    || !history.equals(histories.get(issue.key()))) {
                wrong.add(issue.key());
            }
        }
        assertThat(wrong).as("issues stored otherwise than the site has them").isEmpty();
        assertThat(histories.values().stream().mapToLong(h -> h.changes().size()).sum()).isEqualTo(changes);
    }

    /** The issues the connection's JQL covers, as the site has them now. */
    static List<FakeIssue> inScope(SyncRig rig) {
        return rig.site.issues().stream().filter(issue -> SCOPE.contains(issue.project())).toList();
    }
}
