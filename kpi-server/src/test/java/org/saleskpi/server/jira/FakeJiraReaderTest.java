package org.saleskpi.server.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.server.fakejira.FakeChangeGroup;
import org.saleskpi.server.fakejira.FakeChangeItem;
import org.saleskpi.server.fakejira.FakeIssue;
import org.saleskpi.server.fakejira.FakeJira;
import org.saleskpi.server.fakejira.FakeSite;
import org.saleskpi.server.fakejira.FakeUser;

/**
 * The reader against the fake Jira of both kinds: every issue and every change read exactly once, through
 * every fault the fake injects. Waits are recorded, never slept (except the one real timeout).
 */
class FakeJiraReaderTest {
    private static final String SCOPE = "project in (DEAL, ENT, SMB, PART)";
    private static final int ISSUES = 250;

    private final RecordedWaits waits = new RecordedWaits();
    private FakeSite site;
    private FakeJira jira;
    private FakeUser sync;
    private String longIssue;

    private JiraReader start(JiraKind kind) {
        site = FakeSite.generate(23, ISSUES, ZoneId.of("Asia/Tokyo"), Instant.parse("2026-11-30T03:00:00Z"));
        sync = site.users().get(0);
        // One negotiation of 320 rounds: more than a page of any changelog endpoint and than the embedded cut.
        longIssue = site.issues().get(17).key();
        for (int round = 1; round <= 320; round++) {
            site.advance(Duration.ofMinutes(3));
            site.edit(longIssue, "summary", "Negotiation round " + round, site.users().get(2 + round % 5).accountId());
        }
        jira = FakeJira.start(site, kind);
        return JiraReader.open(site(kind, sync), waits.settings(4, 5));
    }

    private JiraSite site(JiraKind kind, FakeUser user) {
        String token = site.token(user.accountId());
        JiraCredentials credentials = kind == JiraKind.CLOUD
                ? new JiraCredentials.Basic(user.email(), token) : new JiraCredentials.Bearer(token);
        return new JiraSite(jira.uri(), kind, credentials);
    }

    @AfterEach
    void stop() {
        if (jira != null) {
            jira.close();
        }
    }

    /** Every page of a pass, and how many pages it took. */
    private static List<JiraIssue> readAll(JiraReader reader, List<String> fields, int pageSize) {
        List<JiraIssue> all = new ArrayList<>();
        String cursor = null;
        IssuePage page;
        do {
            page = reader.page(SCOPE, fields, cursor, pageSize);
            all.addAll(page.issues());
            cursor = page.nextCursor();
        } while (!page.last());
        return all;
    }

    private static List<String> fields(JiraReader reader) {
        String amount = reader.fields().stream().filter(f -> f.name().equals("Amount")).findFirst().orElseThrow().id();
        return List.of("summary", "status", "assignee", "created", "updated", amount);
    }

    /** Each issue of the fake, once, with its whole changelog in Jira's order and its status. */
    private void assertSameAsTheFake(List<JiraIssue> read, JiraKind kind) {
        List<FakeIssue> expected = site.issues().stream().filter(i -> site.canSee(sync.accountId(), i)).toList();
        assertThat(read).extracting(JiraIssue::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(FakeIssue::id).toList());
        Map<String, JiraIssue> byId = read.stream().collect(Collectors.toMap(JiraIssue::id, i -> i));
        for (FakeIssue fake : expected) {
            JiraIssue issue = byId.get(fake.id());
            assertThat(issue.key()).isEqualTo(fake.key());
            assertThat(issue.fields().getAsJsonObject("status").get("name").getAsString()).isEqualTo(fake.fields().get("status"));
            assertThat(issue.changelog()).extracting(JiraChangeGroup::id)
                    .as("changelog of %s", fake.key())
                    .containsExactlyElementsOf(fake.changelog().stream().map(FakeChangeGroup::id).toList());
            for (int g = 0; g < fake.changelog().size(); g++) {
                FakeChangeGroup want = fake.changelog().get(g);
                JiraChangeGroup got = issue.changelog().get(g);
                assertThat(got.created()).isEqualTo(want.created().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
                String author = kind == JiraKind.CLOUD ? got.author().accountId() : got.author().key();
                FakeUser wantAuthor = site.user(want.authorAccountId());
                assertThat(author).isEqualTo(kind == JiraKind.CLOUD ? wantAuthor.accountId() : wantAuthor.key());
                assertThat(got.items()).extracting(JiraChangeItem::fieldId, JiraChangeItem::fromString, JiraChangeItem::toText)
                        .containsExactlyElementsOf(want.items().stream()
                                .map(i -> org.assertj.core.groups.Tuple.tuple(i.fieldId(), i.fromString(), i.toText()))
                                .toList());
            }
        }
        assertThat(byId.get(site.issue(longIssue).orElseThrow().id()).changelog()).hasSizeGreaterThan(320);
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void readsEveryIssueAndEveryChangeExactlyOnce(JiraKind kind) {
        JiraReader reader = start(kind);
        List<JiraIssue> read = readAll(reader, fields(reader), 150);

        assertSameAsTheFake(read, kind);
        // 250 issues, 150 a page: Cloud asks 2 searches (150 + 100 ids) and 2 + 1 bulk fetches of at most 100.
        // Data Center caps a page with changelogs at 100: 3 searches (100, 100, then the last 50 of a range of 50).
        if (kind == JiraKind.CLOUD) {
            assertThat(jira.requests("/rest/api/3/search/jql")).isEqualTo(2);
            assertThat(jira.requests("/rest/api/3/issue/bulkfetch")).isEqualTo(3);
            assertThat(jira.requests("/rest/api/3/changelog/bulkfetch")).isGreaterThanOrEqualTo(2);
            assertThat(jira.requests("/rest/api/2/search")).isZero();
        } else {
            assertThat(jira.requests("/rest/api/2/search")).isEqualTo(3);
            assertThat(jira.requests("/rest/api/3/")).isZero();
        }
        assertThat(waits.waits()).isEmpty();
        assertThat(reader.traffic().retries()).isZero();
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void quotaAndBurstLimitsAreWaitedOutAndNothingIsLost(JiraKind kind) {
        JiraReader reader = start(kind);
        String search = kind == JiraKind.CLOUD ? "/rest/api/3/search/jql" : "/rest/api/2/search";
        String details = kind == JiraKind.CLOUD ? "/rest/api/3/issue/bulkfetch" : "/rest/api/2/issue/";
        jira.faults().rateLimit(search, 2, 7, true);
        jira.faults().rateLimit(details, 1, 2, false);
        List<JiraIssue> read = readAll(reader, fields(reader), 150);

        assertSameAsTheFake(read, kind);
        // The two quota answers each wait Retry-After 7 s; the burst waits max(2 s, 1 s).
        assertThat(waits.waits()).containsSubsequence(Duration.ofSeconds(7), Duration.ofSeconds(7));
        assertThat(waits.waits()).contains(Duration.ofSeconds(2));
        assertThat(reader.traffic().rateLimited()).isEqualTo(3);
        assertThat(reader.traffic().paused()).isGreaterThanOrEqualTo(Duration.ofSeconds(16));
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void serverErrorsAndASlowPageAreRetried(JiraKind kind) {
        JiraReader reader = start(kind);
        String search = kind == JiraKind.CLOUD ? "/rest/api/3/search/jql" : "/rest/api/2/search";
        List<String> fields = fields(reader);
        jira.faults().serverError(search, 1, 500);
        jira.faults().serverError(search, 1, 502);
        jira.faults().serverError(search, 1, 503);
        jira.faults().slow(search, Duration.ofMillis(2500), 1); // the reader's timeout is 2 s
        List<JiraIssue> read = readAll(reader, fields, 150);

        assertSameAsTheFake(read, kind);
        // Three server errors and one timeout in a row on the first search, four retries: backoff ceilings
        // 500 ms * 2^n = 500, 1000, 2000, 4000 ms, the jitter draws half of each.
        assertThat(reader.traffic().retries()).isEqualTo(4);
        assertThat(waits.waits()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000),
                Duration.ofMillis(2000));
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void anIssueSlippedInBeforeTheCursorRepeatsNothing(JiraKind kind) {
        JiraReader reader = start(kind);
        Set<String> before = site.issues().stream().map(FakeIssue::id).collect(Collectors.toSet());
        jira.faults().shiftWhilePaging(1);
        List<JiraIssue> read = readAll(reader, fields(reader), 150);

        assertThat(read).extracting(JiraIssue::id).doesNotHaveDuplicates();
        // Every issue there before the pass is read; the one slipped in behind the cursor is left to the next pass.
        assertThat(read.stream().map(JiraIssue::id).collect(Collectors.toSet())).containsAll(before);
        assertThat(site.issues()).hasSize(ISSUES + 1);
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void aCutEmbeddedChangelogIsCompletedPageByPage(JiraKind kind) {
        JiraReader reader = start(kind);
        jira.faults().truncateChangelogAt(20);
        assertSameAsTheFake(readAll(reader, fields(reader), 150), kind);
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void anExpiredTokenFailsAsAnAuthErrorThatNamesNoToken(JiraKind kind) {
        JiraReader reader = start(kind);
        String token = site.token(sync.accountId());
        jira.faults().expireToken(token);
        assertThatThrownBy(() -> reader.page(SCOPE, List.of("status"), null, 50))
                .isInstanceOf(JiraAuthException.class).hasMessageNotContaining(token);
        assertThat(reader.traffic().lastError()).doesNotContain(token);
        assertThat(jira.requestLog()).noneMatch(line -> line.contains(token));
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void noSecretReachesTheLogAnErrorOrAToString(JiraKind kind) {
        JiraReader reader = start(kind);
        String token = site.token(sync.accountId());
        String header = site(kind, sync).credentials().authorization();
        String search = kind == JiraKind.CLOUD ? "/rest/api/3/search/jql" : "/rest/api/2/search";
        List<String> said = new ArrayList<>();
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            jira.faults().rateLimit(search, 1, 3, true);
            jira.faults().rateLimit(search, 1, 1, false);
            jira.faults().serverError(search, 1, 503);
            readAll(reader, List.of("status"), 200);
            jira.faults().expireToken(token);
            try {
                reader.ids(SCOPE);
            } catch (JiraException e) {
                said.add(e.toString());
            }
        } finally {
            System.setErr(err);
        }
        said.add(log.toString(StandardCharsets.UTF_8));
        said.add(String.valueOf(reader.traffic()));
        said.add(site(kind, sync).toString());
        said.addAll(jira.requestLog());

        assertThat(said.get(0)).contains("401");
        assertThat(said.get(1)).as("the log was captured").contains("Jira rate limit").contains("Jira burst limit");
        assertThat(said).allSatisfy(text -> assertThat(text).doesNotContain(token)
                .doesNotContain(header.substring(header.indexOf(' ') + 1)));
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void theCensusSeesWhatTheTokenSeesAndLosesAWithdrawnProject(JiraKind kind) {
        JiraReader reader = start(kind);
        FakeUser rep = site.users().get(3);
        JiraReader repReader = JiraReader.open(site(kind, rep), waits.settings(4, 3));
        site.withdraw("SMB", rep.accountId());

        // A scope that names no project: Jira refuses a JQL naming a project the user cannot see (400).
        String byType = "issuetype in (Deal, Renewal)";
        Set<String> all = reader.ids(byType);
        Set<String> seenByRep = repReader.ids(byType);
        assertThat(all).isEqualTo(site.issues().stream().filter(i -> site.canSee(sync.accountId(), i))
                .map(FakeIssue::id).collect(Collectors.toSet()));
        assertThat(seenByRep).isEqualTo(site.issues().stream().filter(i -> site.canSee(rep.accountId(), i))
                .map(FakeIssue::id).collect(Collectors.toSet()));
        Set<String> smb = site.issues().stream().filter(i -> i.project().equals("SMB")).map(FakeIssue::id).collect(Collectors.toSet());
        assertThat(smb).isNotEmpty();
        assertThat(new HashSet<>(seenByRep)).doesNotContainAnyElementsOf(smb);
        assertThat(all).containsAll(smb);
    }

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void siteFactsAndTheProjectsThatUseIssueSecurity(JiraKind kind) {
        JiraReader reader = start(kind);
        assertThat(reader.serverInfo().kind()).isEqualTo(kind);
        assertThat(reader.myself().timeZone()).isEqualTo("Asia/Tokyo");
        assertThat(reader.projects()).extracting(JiraProject::key).containsExactlyInAnyOrder("DEAL", "ENT", "SMB", "PART");
        // Only ENT has an issue security level in the generated site.
        assertThat(reader.projectsWithIssueSecurity()).extracting(JiraProject::key).containsExactly("ENT");
    }
}
