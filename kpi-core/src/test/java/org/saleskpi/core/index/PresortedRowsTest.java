package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.jql.JqlContext;
import org.saleskpi.core.jql.JqlFilter;
import org.saleskpi.core.jql.JqlOrder;
import org.saleskpi.core.jql.JqlParser;
import org.saleskpi.core.jql.JqlQuery;
import org.saleskpi.core.user.UserRef;

/**
 * Pages walked from the presorted rows of created, updated and key are the pages the bounded heap picks from every
 * match: random issues with few distinct instants (so ties are broken by key in either direction), random filters,
 * orders and pages, and random writes and removals between the queries, so the rows must be patched to each version.
 */
class PresortedRowsTest {
    private static final JqlContext CONTEXT = new JqlContext(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC,
            Optional.empty(), DayOfWeek.MONDAY);
    private static final List<String> PREFIXES = List.of("SALES", "ab", "Zed");
    private static final List<String> STATUSES = List.of("Open", "won", "Lost");
    private static final List<String> FILTERS = List.of("", "project = SALES", "status in (Open, won)",
            "project != ab AND status = Lost", "key = SALES-3", "status = nothing");
    private static final List<String> ORDERS = List.of("", "ORDER BY updated DESC", "ORDER BY updated",
            "ORDER BY created DESC", "ORDER BY created ASC", "ORDER BY key", "ORDER BY key DESC",
            "ORDER BY updated DESC, key DESC", "ORDER BY created, key DESC", "ORDER BY updated ASC, key ASC",
            "ORDER BY issuekey DESC, updated", "ORDER BY created DESC, key DESC");

    @Test
    void pagesWalkedFromThePresortedRowsAreThePagesOfTheHeap() {
        Random random = new Random(52);
        IssueIndex index = new IssueIndex();
        Set<String> keys = new HashSet<>();
        IndexedIssueSource source = new IndexedIssueSource(index,
                (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()), Clock.systemUTC(), ZoneOffset.UTC);
        UserRef admin = new UserRef("admin", "Admin");
        int walked = 0;
        for (int round = 0; round < 80; round++) {
            write(index, keys, random, round == 0 ? 300 : random.nextInt(round % 10 == 0 ? 200 : 12));
            for (int query = 0; query < 12; query++) {
                String filter = FILTERS.get(random.nextInt(FILTERS.size()));
                String order = ORDERS.get(random.nextInt(ORDERS.size()));
                String jql = (filter + " " + order).trim();
                JqlQuery parsed = JqlParser.parse(jql);
                int size = index.size();
                int startAt = random.nextInt(4) == 0 ? random.nextInt(size + 5) : random.nextInt(30);
                int maxResults = random.nextInt(6) == 0 ? Integer.MAX_VALUE : 1 + random.nextInt(60);
                Optional<JqlOrder.Presort> presort = JqlOrder.presorted(parsed);
                List<String> heap = index.read(columns -> {
                    RowSet rows = JqlFilter.select(parsed, columns, CONTEXT);
                    List<String> expected = keys(columns, JqlOrder.page(parsed, rows, columns, startAt, maxResults));
                    presort.ifPresent(by -> assertThat(keys(columns, index.presorted(by.field()).page(columns, rows,
                            rows.count(), by.descending(), by.keysDescending(), startAt, maxResults)))
                            .as("presorted: " + jql + " from " + startAt + ", " + maxResults).isEqualTo(expected));
                    return expected;
                });
                walked += presort.isPresent() ? 1 : 0;
                SearchPage page = source.search(jql, admin, startAt, maxResults);
                assertThat(page.issues().stream().map(IndexedIssue::key).toList())
                        .as(jql + " from " + startAt + ", " + maxResults).isEqualTo(heap);
            }
        }
        assertThat(walked).isGreaterThan(500);
        assertThat(index.presortedBytes()).isGreaterThan(0);
    }

    @Test
    void onlyOneFieldThenTheKeyIsReadFromPresortedRows() {
        assertThat(JqlOrder.presorted(JqlParser.parse("project = SALES"))).contains(
                new JqlOrder.Presort(SystemField.CREATED, true, true));
        assertThat(JqlOrder.presorted(JqlParser.parse("ORDER BY updated DESC"))).contains(
                new JqlOrder.Presort(SystemField.UPDATED, true, false));
        assertThat(JqlOrder.presorted(JqlParser.parse("ORDER BY createdDate, key DESC"))).contains(
                new JqlOrder.Presort(SystemField.CREATED, false, true));
        assertThat(JqlOrder.presorted(JqlParser.parse("ORDER BY key DESC, updated"))).contains(
                new JqlOrder.Presort(SystemField.KEY, true, true));
        assertThat(JqlOrder.presorted(JqlParser.parse("ORDER BY updated, status"))).isEmpty();
        assertThat(JqlOrder.presorted(JqlParser.parse("ORDER BY status"))).isEmpty();
    }

    private static List<String> keys(IndexColumns columns, int[] rows) {
        return Arrays.stream(rows).mapToObj(columns::key).toList();
    }

    /** New issues, issues written again with other instants, and removals (the last row moves into the freed one). */
    private static void write(IssueIndex index, Set<String> keys, Random random, int count) {
        List<IndexedIssue> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key;
            if (!keys.isEmpty() && random.nextInt(3) == 0) {
                key = new ArrayList<>(keys).get(random.nextInt(keys.size()));
            } else {
                String prefix = PREFIXES.get(random.nextInt(PREFIXES.size()));
                key = prefix + "-" + (1 + random.nextInt(2000));
            }
            if (written.stream().anyMatch(issue -> issue.key().equals(key))) {
                continue;
            }
            // Few distinct instants: ties on created and updated are common.
            Instant created = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * random.nextInt(6));
            IssueRecord record = IssueRecord.builder(key, key.substring(0, key.indexOf('-'))).type("Deal")
                    .status(STATUSES.get(random.nextInt(STATUSES.size())), StatusCategory.TO_DO)
                    .created(created).updated(created.plusSeconds(60L * random.nextInt(4))).build();
            written.add(new IndexedIssue(record, "deal", "", Set.of()));
        }
        index.upsert(written);
        written.forEach(issue -> keys.add(issue.key()));
        if (!keys.isEmpty() && random.nextInt(3) == 0) {
            List<String> gone = new ArrayList<>(keys).subList(0, Math.min(keys.size(), 1 + random.nextInt(8)));
            index.remove(List.copyOf(gone));
            List.copyOf(gone).forEach(keys::remove);
        }
    }
}
