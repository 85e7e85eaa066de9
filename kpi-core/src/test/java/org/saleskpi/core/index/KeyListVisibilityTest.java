package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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
import org.saleskpi.core.user.UserRef;

/**
 * Rows decided issue by issue by someone else (ADR 0036): project JIRA's rows are shown to each user only as their
 * key list says; project LOCAL is decided by project alone. Ann and Ben browse both projects; Ann's list holds
 * JIRA-1 and JIRA-2, Ben's JIRA-3, Cy's is empty.
 */
class KeyListVisibilityTest {
    private static final UserRef ANN = new UserRef("ann", "Ann");
    private static final UserRef BEN = new UserRef("ben", "Ben");
    private static final UserRef CY = new UserRef("cy", "Cy");
    private static final Map<String, Visibility> SEES = Map.of(
            "ann", limited(Set.of("JIRA-1", "JIRA-2")),
            "ben", limited(Set.of("JIRA-3")),
            "cy", limited(Set.of()));

    private final IssueIndex index = new IssueIndex();
    private final IndexedIssueSource source = new IndexedIssueSource(index, (user, projects) -> SEES.get(user.key()),
            Clock.fixed(Instant.parse("2024-03-15T12:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC);

    KeyListVisibilityTest() {
        index.upsert(List.of(issue("JIRA-1", "Won"), issue("JIRA-2", "Open"), issue("JIRA-3", "Won"),
                issue("LOCAL-1", "Won")));
    }

    @Test
    void eachUserSeesTheirListedKeysOfTheLimitedProjectAndAllOfTheOthers() {
        assertThat(keys(source.load(query("type = Deal", ANN)))).containsExactly("JIRA-1", "JIRA-2", "LOCAL-1");
        assertThat(keys(source.load(query("type = Deal", BEN)))).containsExactly("JIRA-3", "LOCAL-1");
        assertThat(keys(source.load(query("type = Deal", CY)))).containsExactly("LOCAL-1");
    }

    /** The loaded-tables cache keys on the visibility: Ben must not be answered from the table loaded for Ann. */
    @Test
    void twoUsersBrowsingTheSameProjectsNeverShareATable() {
        IssueTable forAnn = source.load(query("project = JIRA", ANN));
        IssueTable forBen = source.load(query("project = JIRA", BEN));

        assertThat(keys(forAnn)).containsExactly("JIRA-1", "JIRA-2");
        assertThat(keys(forBen)).containsExactly("JIRA-3");
        // Asked again, each gets their own table back from the cache.
        assertThat(source.load(query("project = JIRA", ANN))).isSameAs(forAnn);
        assertThat(source.load(query("project = JIRA", BEN))).isSameAs(forBen);
    }

    @Test
    void countsSearchesPickersAndSingleIssuesFollowTheList() {
        assertThat(source.count("status = Won", ANN)).isEqualTo(2);
        assertThat(source.count("status = Won", BEN)).isEqualTo(2);
        assertThat(source.count("project = JIRA", CY)).isZero();
        assertThat(source.search("project = JIRA ORDER BY key", BEN, 0, 10).issues())
                .extracting(IndexedIssue::key).containsExactly("JIRA-3");
        assertThat(source.issue("JIRA-3", ANN)).isEmpty();
        assertThat(source.issue("JIRA-3", BEN)).isPresent();
        assertThat(source.statuses(CY)).containsExactly("Won");
        assertThat(source.projects(CY)).containsExactly("LOCAL");
        assertThat(source.loadKeys(query("x", ANN), List.of("JIRA-3", "JIRA-1")).size()).isEqualTo(1);
    }

    /** A row written after the lists were made is hidden from everyone until a list names it: the list fails closed. */
    @Test
    void aRowTheListDoesNotYetNameIsHidden() {
        index.upsert(List.of(issue("JIRA-4", "Won")));

        assertThat(source.count("project = JIRA", ANN)).isEqualTo(2);
        assertThat(source.count("project = JIRA", BEN)).isEqualTo(1);
        assertThat(source.issue("JIRA-4", ANN)).isEmpty();
    }

    private static Visibility limited(Set<String> jiraKeys) {
        return new Visibility(Set.of("JIRA", "LOCAL"), Set.of(), Map.of(), Set.of(), Map.of("JIRA", jiraKeys));
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

    private static IndexedIssue issue(String key, String status) {
        return new IndexedIssue(IssueRecord.builder(key, key.substring(0, key.indexOf('-'))).type("Deal")
                .status(status, "Open".equals(status) ? StatusCategory.TO_DO : StatusCategory.DONE)
                .created(Instant.parse("2024-03-01T09:00:00Z")).build(), "deal " + key, "", Set.of(),
                Optional.empty());
    }
}
