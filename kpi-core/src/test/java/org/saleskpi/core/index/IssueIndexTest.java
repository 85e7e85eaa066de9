package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.jql.JqlContext;
import org.saleskpi.core.jql.JqlFilter;
import org.saleskpi.core.jql.JqlParser;

/** Upserts insert or replace by key, all or nothing, and readers never see half of one. */
class IssueIndexTest {
    private static final JqlContext CONTEXT = new JqlContext(TwelveIssues.NOW, TwelveIssues.ZONE, Optional.empty(),
            DayOfWeek.MONDAY);

    @Test
    void upsertReplacesTheIssueWithTheSameKey() {
        IssueIndex index = TwelveIssues.index();
        IndexedIssue won = new IndexedIssue(IssueRecord.builder("SALES-3", "SALES").type("Opportunity")
                .status("Won", StatusCategory.DONE).resolution("Done").assignee("bob")
                .created(Instant.parse("2024-03-14T10:00:00Z")).resolved(Instant.parse("2024-03-15T09:00:00Z"))
                .field(TwelveIssues.AMOUNT.id(), FieldValue.number("5500.25")).build(),
                "Expansion into Acme subsidiaries", "signed", Set.of("vip"));

        index.upsert(List.of(won));

        assertThat(index.size()).isEqualTo(12);
        assertThat(index.get("SALES-3")).contains(won);
        assertThat(keys(index, "status = Won")).containsExactlyInAnyOrder("SALES-1", "SALES-3");
        assertThat(keys(index, "Amount > 5000")).containsExactly("SALES-3");
        assertThat(keys(index, "Customer is empty")).contains("SALES-3");
        // No issue is in Negotiation any more, so pickers stop offering it.
        assertThat(index.statuses()).doesNotContain("Negotiation").contains("Won");
        assertThat(index.get("SALES-99")).isEmpty();
        assertThat(index.projects()).containsExactly("OPS", "SALES");
        assertThat(index.issueTypes()).containsExactly("Campaign", "Customer", "Deal", "Expense", "Lead",
                "Opportunity", "Task");
    }

    @Test
    void aBatchWithAnUndefinedFieldChangesNothing() {
        IssueIndex index = TwelveIssues.index();
        IndexedIssue fresh = issue("SALES-20", "Open");
        IndexedIssue unknownField = new IndexedIssue(IssueRecord.builder("SALES-21", "SALES").type("Lead")
                .status("Open", StatusCategory.TO_DO).created(Instant.EPOCH)
                .field("customfield_99999", FieldValue.number(1)).build(), "x", "", Set.of());
        IndexedIssue wrongType = new IndexedIssue(IssueRecord.builder("SALES-22", "SALES").type("Lead")
                .status("Open", StatusCategory.TO_DO).created(Instant.EPOCH)
                .field(TwelveIssues.AMOUNT.id(), FieldValue.text("many")).build(), "x", "", Set.of());

        assertThatThrownBy(() -> index.upsert(List.of(fresh, unknownField))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("customfield_99999 is not defined");
        assertThatThrownBy(() -> index.upsert(List.of(fresh, wrongType))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("is a NUMBER");
        assertThat(index.size()).isEqualTo(12);
        assertThat(index.get("SALES-20")).isEmpty();
    }

    @Test
    void growsPastItsFirstArraysAndWidensCodesPastAByte() {
        IssueIndex index = new IssueIndex();
        List<IndexedIssue> many = new ArrayList<>();
        for (int i = 1; i <= 5_000; i++) {
            many.add(issue("BIG-" + i, "Status " + (i % 700)));
        }

        index.upsert(many);

        assertThat(index.size()).isEqualTo(5_000);
        assertThat(index.statuses()).hasSize(700);
        assertThat(keys(index, "status = \"Status 699\"")).hasSize(7).contains("BIG-699", "BIG-4899");
        assertThat(index.get("BIG-4999").orElseThrow().record().status()).isEqualTo("Status 99");
    }

    @Test
    void readersSeeEachBatchWholeWhileAWriterRuns() throws Exception {
        IssueIndex index = new IssueIndex();
        index.upsert(List.of(issue("PAIR-1", "Left"), issue("PAIR-2", "Left")));
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            // Each batch moves both issues together, so a count of one would be half a batch.
            Future<?> writer = threads.submit(() -> {
                for (int i = 0; i < 5_000; i++) {
                    String status = i % 2 == 0 ? "Right" : "Left";
                    index.upsert(List.of(issue("PAIR-1", status), issue("PAIR-2", status)));
                }
                stop.set(true);
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(threads.submit(() -> {
                    int halves = 0;
                    while (!stop.get()) {
                        int left = keys(index, "status = Left").size();
                        if (left == 1) {
                            halves++;
                        }
                    }
                    return halves;
                }));
            }
            writer.get(30, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(30, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static IndexedIssue issue(String key, String status) {
        return new IndexedIssue(IssueRecord.builder(key, key.substring(0, key.indexOf('-'))).type("Task")
                .status(status, StatusCategory.TO_DO).created(Instant.parse("2024-01-01T00:00:00Z")).build(),
                key, "", Set.of());
    }

    private static List<String> keys(IssueIndex index, String jql) {
        return index.read(columns -> {
            List<String> keys = new ArrayList<>();
            JqlFilter.select(JqlParser.parse(jql), columns, CONTEXT).forEach(row -> keys.add(columns.key(row)));
            return keys;
        });
    }
}
