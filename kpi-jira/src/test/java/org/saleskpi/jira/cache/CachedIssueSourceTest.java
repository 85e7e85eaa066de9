package org.saleskpi.jira.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.IssuesNotReady;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.jira.JiraIssueSource;
import org.saleskpi.jira.bridge.SearchServiceIssueSearch;
import org.saleskpi.jira.simulated.HeldSettings;

/**
 * The app's issue source with the cache on: rows from the cache, only those the viewer may see; warming, off and
 * too big as the status says; Jira's search as the viewer, counted, for what the cache cannot answer.
 */
class CachedIssueSourceTest {
    private static final UserRef ALICE = new UserRef("alice", "Alice Abe");
    private static final UserRef BOB = new UserRef("bob", "Bob Bee");
    private static final Set<Column> KEYS = Set.of(Column.KEY);

    private final CacheJira jira = new CacheJira();
    private final HeldSettings settings = new HeldSettings(CacheProfiles.SETTINGS);
    private final SearchService viewerSearch = mock(SearchService.class);
    private final UserManager users = mock(UserManager.class);
    private final Query parsed = mock(Query.class);
    private final HandClock clock = new HandClock(Instant.parse("2026-03-05T12:00:00Z"));
    /** How many times the cache listed the KPI profiles (one database read each in Jira). */
    private final AtomicInteger profileReads = new AtomicInteger();
    private ApplicationUser alice;
    private JiraIssueCache cache;
    private CachedIssueSource source;

    @BeforeEach
    void setUp() {
        // Alice may browse SALES and see security level 10100; Bob may browse SALES and DEALS, and no level.
        jira.put(10_001, "SALES-1", "Open", null, 100.0);
        jira.put(10_002, "SALES-2", "Won", 10_100L, 200.0);
        jira.put(10_003, "SALES-3", "Open", 10_200L, 300.0);
        jira.put(20_001, "DEALS-1", "Open", null, 400.0);
        jira.statusChange(10_002, "2026-03-03T10:00:00Z", "Open", "1", "Won", "3");
        cache = new JiraIssueCache(jira, jira.customFields, jira.histories(), () -> {
            profileReads.incrementAndGet();
            return List.of(CacheProfiles.profile(1, "SALES", "project = SALES"),
                    CacheProfiles.profile(2, "DEALS", "project = DEALS"));
        }, settings, "node-1", clock, CacheJira.ZONE);
        alice = user("alice");
        user("bob");
        MessageSet none = mock(MessageSet.class);
        when(none.getErrorMessages()).thenReturn(new LinkedHashSet<>());
        when(viewerSearch.parseQuery(any(), anyString())).thenReturn(new SearchService.ParseResult(parsed, none));
        when(viewerSearch.validateQuery(any(), any())).thenReturn(none);
        JiraIssueSource search = new JiraIssueSource(new SearchServiceIssueSearch(viewerSearch), jira.customFields,
                mock(SearchRequestService.class), mock(ProjectManager.class), mock(PermissionManager.class), users,
                jira.histories(), CacheJira.ZONE);
        source = new CachedIssueSource(cache, search, (user, projects) -> user.key().equals("alice")
                ? new Visibility(Set.of("SALES"), Set.of(10_100L))
                : new Visibility(Set.of("SALES", "DEALS"), Set.of()), JqlPeople.NONE,
                Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class, key);
        when(user.getKey()).thenReturn(key);
        when(users.getUserByKey(key)).thenReturn(user);
        return user;
    }

    @Test
    void aFilledCacheAnswersEachViewerWithTheRowsTheyMaySeeWithoutSearchingJira() {
        cache.rebuild();
        int built = jira.searches;

        // SALES-1 has no level, SALES-2 Alice's level, SALES-3 a level she lacks; DEALS she may not browse.
        assertThat(keys(source.load(query("project in (SALES, DEALS)", ALICE)))).containsExactly("SALES-1", "SALES-2");
        // Bob browses both projects but is in no level: SALES-1 and DEALS-1.
        assertThat(keys(source.load(query("project in (SALES, DEALS)", BOB)))).containsExactly("SALES-1", "DEALS-1");
        assertThat(source.count("status = Open", ALICE)).isEqualTo(1);
        assertThat(source.count("status = Open", BOB)).isEqualTo(2);

        verifyNoInteractions(viewerSearch);
        assertThat(jira.searches).isEqualTo(built);
        assertThat(cache.status().fallbacks()).isZero();
    }

    @Test
    void theHistoryOfATrackedFieldComesFromTheCache() {
        cache.rebuild();

        IssueTable table = source.load(new IssueQuery("key = SALES-2", ALICE, KEYS, ZoneOffset.UTC,
                Set.of(Column.STATUS)));

        assertThat(table.history()).isPresent();
        assertThat(table.history().get().knownRows()).isEqualTo(1);
        assertThat(table.history().get().changeCount()).isEqualTo(1);
        verifyNoInteractions(viewerSearch);
    }

    @Test
    void whileTheCacheFillsGadgetsAreToldHowFarItIs() {
        assertThatThrownBy(() -> source.load(query("project = SALES", ALICE))).isInstanceOf(IssuesNotReady.class)
                .satisfies(e -> assertThat(((IssuesNotReady) e).percent()).isZero());
        assertThatThrownBy(() -> source.count("project = SALES", ALICE)).isInstanceOf(IssuesNotReady.class);
        verifyNoInteractions(viewerSearch);
    }

    @Test
    void queriesReadNeitherTheSettingsNorTheProfilesFromJira() {
        cache.rebuild();
        int settingsRead = settings.reads();
        int profilesRead = profileReads.get();

        // 1000 loads and 1000 counts within the 10 s a read stays fresh.
        for (int i = 0; i < 1000; i++) {
            assertThat(keys(source.load(query("project = SALES", BOB)))).containsExactly("SALES-1");
            assertThat(source.count("status = Open", BOB)).isEqualTo(2);
            clock.advance(Duration.ofMillis(9));
        }
        assertThat(settings.reads()).isEqualTo(settingsRead);
        assertThat(profileReads.get()).isEqualTo(profilesRead);

        // 9 s have passed: the next query past the 10th second reads each once, and the next ones again nothing.
        clock.advance(Duration.ofSeconds(1));
        source.count("status = Open", BOB);
        source.count("status = Open", BOB);
        assertThat(settings.reads()).isEqualTo(settingsRead + 1);
        assertThat(profileReads.get()).isEqualTo(profilesRead + 1);
        verifyNoInteractions(viewerSearch);
    }

    @Test
    void withTheKillSwitchOnJiraIsSearchedAsTheViewerAsBeforeWithinTenSeconds() throws SearchException {
        cache.rebuild();
        settings.enabled(false);
        searchFinds(jira.issues.get(10_001L));

        // Thrown by an admin on any node: the cache answers from its last read of the settings for at most 10 s.
        clock.advance(Duration.ofMillis(9_999));
        assertThat(keys(source.load(query("project = SALES", ALICE)))).containsExactly("SALES-1", "SALES-2");
        verifyNoInteractions(viewerSearch);
        clock.advance(Duration.ofMillis(1));

        assertThat(keys(source.load(query("project = SALES", ALICE)))).containsExactly("SALES-1");

        verify(viewerSearch).search(same(alice), same(parsed), any());
        assertThat(cache.status().fallbacks()).as("not a fallback: the cache is off").isZero();
    }

    @Test
    void overTheMaximumJiraIsSearchedAsTheViewer() throws SearchException {
        settings.maxIssues(3);
        cache.rebuild();
        when(viewerSearch.searchCount(any(), any())).thenReturn(4L);

        assertThat(source.count("project in (SALES, DEALS)", ALICE)).isEqualTo(4);

        verify(viewerSearch).searchCount(same(alice), same(parsed));
    }

    @Test
    void jqlOutsideTheCachesSubsetTakesItsKeysFromJirasSearchAsTheViewerAndItsRowsFromTheCache()
            throws SearchException {
        cache.rebuild();
        when(viewerSearch.searchCount(any(), any())).thenReturn(2L);
        // Jira's search would never give Alice SALES-3; the cache's filter holds even if it did.
        searchFinds(jira.issues.get(10_001L), jira.issues.get(10_003L));

        IssueTable table = source.load(query("project = SALES AND fixVersion = 2.0", ALICE));

        assertThat(keys(table)).containsExactly("SALES-1");
        verify(viewerSearch).parseQuery(same(alice), eq("project = SALES AND fixVersion = 2.0"));
        verify(viewerSearch).search(same(alice), same(parsed), any());
        assertThat(cache.status().fallbacks()).isEqualTo(1);
    }

    @Test
    void aFallbackOverTheBoundIsA400OnTheJqlBeforeAnyIssueIsRead() throws SearchException {
        cache.rebuild();
        when(viewerSearch.searchCount(any(), any())).thenReturn(100_001L);

        assertThatThrownBy(() -> source.load(query("fixVersion = 2.0", ALICE)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("jql");
                    assertThat(error.messageKey()).isEqualTo("saleskpi.cache.fallbackTooBig");
                    assertThat(error.message()).startsWith("This query matches 100001 issues; a query the issue"
                            + " cache cannot answer may match at most 100000.");
                }));
        verify(viewerSearch, never()).search(any(), any(), any());
    }

    @Test
    void countsOutsideTheSubsetAreJirasCountAsTheViewer() throws SearchException {
        cache.rebuild();
        when(viewerSearch.searchCount(any(), any())).thenReturn(7L);

        assertThat(source.count("fixVersion = 2.0", ALICE)).isEqualTo(7);

        verify(viewerSearch).searchCount(same(alice), same(parsed));
        assertThat(cache.status().fallbacks()).isEqualTo(1);
    }

    @Test
    void theDescriptionAndAllTextAreNotHeldSoJiraIsSearched() throws SearchException {
        cache.rebuild();
        searchFinds(jira.issues.get(10_001L));

        assertThat(keys(source.load(query("project = SALES AND description ~ renewal", ALICE))))
                .containsExactly("SALES-1");
        assertThat(keys(source.load(query("text ~ renewal", ALICE)))).containsExactly("SALES-1");

        assertThat(cache.status().fallbacks()).isEqualTo(2);
    }

    @Test
    void aColumnTheCacheDoesNotHoldAsAskedIsReadFromJirasSearch() throws SearchException {
        cache.rebuild();
        searchFinds();
        Column held = Column.custom(CacheJira.AMOUNT, FieldType.NUMBER);
        Column asText = Column.custom(CacheJira.AMOUNT, FieldType.TEXT);

        assertThat(source.load(new IssueQuery("project = SALES", ALICE, Set.of(Column.KEY, held), ZoneOffset.UTC))
                .size()).isEqualTo(2);
        verifyNoInteractions(viewerSearch);
        source.load(new IssueQuery("project = SALES", ALICE, Set.of(Column.KEY, asText), ZoneOffset.UTC));

        verify(viewerSearch).search(same(alice), same(parsed), any());
        assertThat(cache.status().fallbacks()).isEqualTo(1);
    }

    @Test
    void invalidJqlGetsJirasOwnError() {
        cache.rebuild();
        MessageSet errors = mock(MessageSet.class);
        when(errors.hasAnyErrors()).thenReturn(true);
        when(errors.getErrorMessages()).thenReturn(new LinkedHashSet<>(List.of("Error in the JQL Query.")));
        when(viewerSearch.parseQuery(any(), eq("project = = SALES")))
                .thenReturn(new SearchService.ParseResult(null, errors));

        assertThatThrownBy(() -> source.load(query("project = = SALES", ALICE)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Error in the JQL Query.");
    }

    private void searchFinds(Issue... issues) throws SearchException {
        when(viewerSearch.search(any(), any(), any())).thenReturn(new SearchResults<>(List.of(issues), issues.length,
                500, 0));
    }

    private static IssueQuery query(String jql, UserRef user) {
        return new IssueQuery(jql, user, KEYS, ZoneOffset.UTC);
    }

    private static List<String> keys(IssueTable table) {
        List<String> keys = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            keys.add(table.keys().key(row));
        }
        return keys;
    }
}
