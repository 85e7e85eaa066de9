package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.jql.JqlContext;
import org.saleskpi.core.jql.JqlFilter;
import org.saleskpi.core.jql.JqlParser;

/** Removing issues keeps every other issue whole, findable by key and by every column, and frees its values. */
class IndexRemovalTest {
    private static final JqlContext CONTEXT = new JqlContext(TwelveIssues.NOW, TwelveIssues.ZONE, Optional.empty(),
            DayOfWeek.MONDAY);

    @Test
    void theRemainingIssuesReadBackAsTheyWereWritten() {
        IssueIndex index = TwelveIssues.index();

        index.remove(List.of("SALES-1", "OPS-4", "SALES-99"));

        assertThat(index.size()).isEqualTo(10);
        assertThat(index.get("SALES-1")).isEmpty();
        assertThat(index.get("OPS-4")).isEmpty();
        for (IndexedIssue issue : TwelveIssues.issues()) {
            if (!Set.of("SALES-1", "OPS-4").contains(issue.key())) {
                assertThat(index.get(issue.key())).as(issue.key()).contains(issue);
            }
        }
        // SALES-1 was the only issue labelled q1 besides SALES-2 and the only Won one.
        assertThat(keys(index, "labels = q1")).containsExactly("SALES-2");
        assertThat(index.statuses()).doesNotContain("Won", "In Progress");
        assertThat(keys(index, "Amount > 900")).containsExactlyInAnyOrder("SALES-3");
    }

    @Test
    void aRemovedKeyMayComeBackAsANewIssue() {
        IssueIndex index = TwelveIssues.index();
        index.remove(List.of("SALES-3"));

        index.upsert(List.of(issue("SALES-3", "Proposal", null)));

        assertThat(index.size()).isEqualTo(12);
        assertThat(index.get("SALES-3").orElseThrow().record().status()).isEqualTo("Proposal");
        assertThat(keys(index, "Amount = 5000")).isEmpty();
        assertThat(keys(index, "status = Proposal")).containsExactly("SALES-3");
    }

    /** Random inserts and removals against a plain map: key lookups never lose or confuse an issue. */
    @Test
    void manyInsertsAndRemovalsAgreeWithAMap() {
        IssueIndex index = new IssueIndex();
        TreeMap<String, IndexedIssue> expected = new TreeMap<>();
        Random random = new Random(14);
        for (int step = 0; step < 20_000; step++) {
            String key = "P" + random.nextInt(3) + "-" + (1 + random.nextInt(3_000));
            if (random.nextInt(3) == 0) {
                index.remove(List.of(key));
                expected.remove(key);
            } else {
                IndexedIssue issue = issue(key, "S" + random.nextInt(5), random.nextBoolean() ? null : (long) step);
                index.upsert(List.of(issue));
                expected.put(key, issue);
            }
        }
        assertThat(index.size()).isEqualTo(expected.size());
        for (IndexedIssue issue : expected.values()) {
            assertThat(index.get(issue.key())).contains(issue);
        }
        for (int p = 0; p < 3; p++) {
            for (int n = 1; n <= 3_000; n++) {
                String key = "P" + p + "-" + n;
                assertThat(index.get(key).isPresent()).as(key).isEqualTo(expected.containsKey(key));
            }
        }
    }

    private static IndexedIssue issue(String key, String status, Long level) {
        return new IndexedIssue(IssueRecord.builder(key, key.substring(0, key.indexOf('-'))).type("Lead")
                .status(status, StatusCategory.TO_DO).created(Instant.parse("2024-03-01T09:00:00Z")).build(),
                "issue " + key, "", Set.of(), Optional.ofNullable(level));
    }

    private static List<String> keys(IssueIndex index, String jql) {
        return index.read(columns -> {
            List<String> keys = new ArrayList<>();
            JqlFilter.select(JqlParser.parse(jql), columns, CONTEXT).forEach(row -> keys.add(columns.key(row)));
            return keys;
        });
    }
}
