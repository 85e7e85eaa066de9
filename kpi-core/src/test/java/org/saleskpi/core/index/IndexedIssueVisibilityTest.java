package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.jql.JqlParser;
import org.saleskpi.core.jql.JqlQuery;
import org.saleskpi.core.user.UserRef;

/**
 * Every read of an index answers only the rows the user's {@link Visibility} allows: a browsable project, then no
 * security level or one the user is in. Project OPEN has no security; project SECRET has levels 10 and 20.
 */
class IndexedIssueVisibilityTest {
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final UserRef BOB = new UserRef("bob", "Bob");
    private static final UserRef CAROL = new UserRef("carol", "Carol");
    private static final Map<String, Visibility> SEES = Map.of(
            "alice", new Visibility(Set.of("OPEN", "SECRET"), Set.of(10L)),
            "bob", new Visibility(Set.of("SECRET"), Set.of()),
            "carol", Visibility.none());

    private final IssueIndex index = new IssueIndex();
    private final IndexedIssueSource source = new IndexedIssueSource(index,
            (user, projects) -> SEES.get(user.key()), java.time.Clock.fixed(Instant.parse("2024-03-15T12:00:00Z"),
                    ZoneOffset.UTC), ZoneOffset.UTC);

    IndexedIssueVisibilityTest() {
        index.upsert(List.of(issue("OPEN-1", "Open", null), issue("OPEN-2", "Won", null),
                issue("SECRET-1", "Open", null), issue("SECRET-2", "Won", 10L), issue("SECRET-3", "Lost", 20L)));
    }

    @Test
    void loadAnswersOnlyVisibleRows() {
        assertThat(keys(source.load(query("type = Deal", ALICE))))
                .containsExactly("OPEN-1", "OPEN-2", "SECRET-1", "SECRET-2");
        assertThat(keys(source.load(query("type = Deal", BOB)))).containsExactly("SECRET-1");
        assertThat(keys(source.load(query("type = Deal", CAROL)))).isEmpty();
    }

    @Test
    void aTableLoadedForOneUserNeverAnswersAnotherWhoSeesLess() {
        assertThat(keys(source.load(query("project = SECRET", ALICE)))).containsExactly("SECRET-1", "SECRET-2");
        assertThat(keys(source.load(query("project = SECRET", BOB)))).containsExactly("SECRET-1");
    }

    @Test
    void countsSearchesAndSingleIssuesLeakNothing() {
        assertThat(source.count("status = Lost", ALICE)).isZero();
        assertThat(source.count("status in (Won, Lost)", ALICE)).isEqualTo(2);
        assertThat(source.search("project = SECRET ORDER BY key", BOB, 0, 50).issues())
                .extracting(IndexedIssue::key).containsExactly("SECRET-1");
        assertThat(source.issue("SECRET-3", ALICE)).isEmpty();
        assertThat(source.issue("SECRET-2", ALICE)).isPresent();
        assertThat(source.issue("SECRET-2", BOB)).isEmpty();
    }

    @Test
    void pickersOfferOnlyWhatSomeVisibleIssueHolds() {
        assertThat(source.statuses(ALICE)).containsExactly("Open", "Won");
        assertThat(source.statuses(BOB)).containsExactly("Open");
        assertThat(source.projects(BOB)).containsExactly("SECRET");
        assertThat(source.projects(CAROL)).isEmpty();
    }

    @Test
    void aQueryParsedByTheCallerIsEvaluatedAsParsedWithoutReadingItsTextAgain() {
        // The text says Won; the tree the caller parsed says Open: the tree is what answers, still only visible rows.
        IssueQuery query = query("status = Won", ALICE);
        JqlQuery open = JqlParser.parse("status = Open");

        assertThat(keys(source.load(query, open))).containsExactly("OPEN-1", "SECRET-1");
        assertThat(keys(source.load(query("status = Open", BOB), open))).containsExactly("SECRET-1");
        assertThat(source.count(open, ALICE)).isEqualTo(2);
        assertThat(source.count(open, CAROL)).isZero();
    }

    @Test
    void loadKeysReadsTheChosenKeysThatAreHeldAndVisible() {
        IssueQuery query = query("this is not evaluated ~~~", ALICE);
        assertThat(keys(source.loadKeys(query, List.of("SECRET-3", "SECRET-2", "OPEN-1", "GONE-1"))))
                .containsExactly("OPEN-1", "SECRET-2");
        assertThat(keys(source.loadKeys(query("x", BOB), List.of("SECRET-2", "OPEN-1")))).isEmpty();
    }

    @Test
    void theSecurityLevelReadsBack() {
        assertThat(index.get("SECRET-3").orElseThrow().securityLevel()).contains(20L);
        assertThat(index.get("OPEN-1").orElseThrow().securityLevel()).isEmpty();
    }

    private static IssueQuery query(String jql, UserRef user) {
        return new IssueQuery(jql, user, Set.of(Column.KEY, Column.STATUS), ZoneOffset.UTC);
    }

    private static List<String> keys(IssueTable table) {
        List<String> keys = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            keys.add(table.keys().key(row));
        }
        return keys;
    }

    private static IndexedIssue issue(String key, String status, Long level) {
        return new IndexedIssue(IssueRecord.builder(key, key.substring(0, key.indexOf('-'))).type("Deal")
                .status(status, "Open".equals(status) ? StatusCategory.TO_DO : StatusCategory.DONE)
                .created(Instant.parse("2024-03-01T09:00:00Z")).build(), "deal " + key, "", Set.of(),
                Optional.ofNullable(level));
    }
}
