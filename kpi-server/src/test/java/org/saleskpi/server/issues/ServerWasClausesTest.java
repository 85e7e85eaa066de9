package org.saleskpi.server.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueHistories;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.core.jql.ValueHistory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.progress.Progress;
import org.saleskpi.store.Database;

/**
 * JQL's WAS clauses on the server are answered from its index's change log (ADR 0042) with the same issues as from the
 * store's recorded changes, through random writes of every kind: REST creations with and without a known past, edits,
 * demo histories, imports (whose issues' past is unknown, and stays so through later edits), another node's writes
 * re-read, and deletions. Random clauses of the four history fields, with values in any case, EMPTY, IN lists,
 * "unresolved" and a value an issue had only at its creation.
 */
class ServerWasClausesTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    private static final List<String> STATUSES = List.of("Prospecting", "Proposal", "Negotiation", "Won", "Lost");
    private static final List<String> REPS = List.of("ann", "bob", "cy");
    private static final List<String> FIELDS = List.of("status", "assignee", "reporter", "resolution");
    private static final List<String> OPERATORS = List.of("WAS", "was not", "was IN", "WAS NOT IN");
    private static final UserRef VIEWER = new UserRef("ann", "Ann");

    private final Random random = new Random(42);
    private final Set<String> keys = new LinkedHashSet<>();
    private Instant now = START;
    private int nextKey = 1;

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void theIndexsChangeLogSelectsTheIssuesTheStoresChangesSelect(Database database) {
        DataSource dataSource = database.openDataSource();
        IssueIndex index = TrackedIndex.empty(ZONE);
        IssueStore store = new IssueStore(dataSource, index);
        store.createSchema();
        IssueStore otherNode = new IssueStore(dataSource, new IssueIndex());
        List<String> storeAsked = new ArrayList<>();
        IndexedIssueSource fromIndex = source(index, counting(store, storeAsked));
        int compared = 0;
        int nonEmpty = 0;

        for (int step = 0; step < 50; step++) {
            now = now.plusSeconds(3_600 + random.nextInt(86_400));
            switch (random.nextInt(7)) {
                case 0 -> store.save(newDeals(1 + random.nextInt(3)), random.nextBoolean()
                        ? IssueWrite.by("admin", now) : IssueWrite.by("admin", now).withoutPast());
                case 1, 2 -> store.save(edited(store, 1 + random.nextInt(3)), IssueWrite.by("ann", now));
                case 3 -> withHistory(store);
                case 4 -> {
                    List<IndexedIssue> again = edited(store, 2);
                    List<List<IndexedIssue>> batches = List.of(newDeals(2), again);
                    Iterator<List<IndexedIssue>> next = batches.iterator();
                    store.importBatches(() -> next.hasNext() ? next.next() : null,
                            IssueWrite.by("admin", now).withoutPast());
                }
                case 5 -> {
                    List<IndexedIssue> changed = edited(otherNode, 2);
                    otherNode.save(changed, IssueWrite.by("bob", now));
                    store.reload(changed.stream().map(IndexedIssue::key).toList());
                }
                default -> {
                    if (keys.size() > 3) {
                        String gone = List.copyOf(keys).get(random.nextInt(keys.size()));
                        store.deleteIssues(List.of(gone));
                        keys.remove(gone);
                    }
                }
            }
            // The same rows in an index without a change log: the store answers its WAS clauses.
            IssueIndex plain = new IssueIndex();
            store.loadInto(plain, Progress.NONE);
            IndexedIssueSource fromStore = source(plain, store);
            for (int q = 0; q < 8; q++) {
                String jql = random.nextInt(4) == 0 ? clause() + (random.nextBoolean() ? " AND " : " OR ") + clause()
                        : clause();
                List<String> expected = keys(fromStore, jql);
                assertThat(keys(fromIndex, jql)).as(jql).isEqualTo(expected);
                assertThat(fromIndex.count(jql, VIEWER)).as(jql).isEqualTo(expected.size());
                compared++;
                nonEmpty += expected.isEmpty() || expected.size() == keys.size() ? 0 : 1;
            }
            ValueHistory stored = store.values().orElseThrow();
            ValueHistory held = index.valueHistory().orElseThrow();
            for (String field : FIELDS) {
                Set<String> values = Set.of(values(field).get(random.nextInt(values(field).size())));
                boolean empty = random.nextBoolean();
                assertThat(held.keysThatHad(field, values, empty)).as(field + " " + values + " " + empty)
                        .isEqualTo(stored.keysThatHad(field, values, empty));
            }
        }
        assertThat(compared).isEqualTo(400);
        assertThat(nonEmpty).describedAs("clauses that split the issues").isGreaterThan(150);
        assertThat(storeAsked).describedAs("the store is never asked").isEmpty();
    }

    /** A clause of a history field with random values in random case, EMPTY among them now and then. */
    private String clause() {
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        String operator = OPERATORS.get(random.nextInt(OPERATORS.size()));
        List<String> values = new ArrayList<>();
        for (int i = 0; i < (operator.toLowerCase().endsWith("in") ? 1 + random.nextInt(3) : 1); i++) {
            String value = random.nextInt(5) == 0 ? "EMPTY" : cased(values(field).get(random.nextInt(
                    values(field).size())));
            values.add(value.equals("EMPTY") ? value : "\"" + value + "\"");
        }
        if (field.equals("resolution") && random.nextInt(4) == 0) {
            values.set(0, "Unresolved");
        }
        String operand = operator.toLowerCase().endsWith("in") ? "(" + String.join(", ", values) + ")"
                : values.get(0);
        return (random.nextBoolean() ? field : field.toUpperCase()) + " " + operator + " " + operand;
    }

    private List<String> values(String field) {
        return switch (field) {
            case "status" -> STATUSES;
            case "resolution" -> List.of("Won", "Lost", "Done");
            default -> REPS;
        };
    }

    private String cased(String value) {
        return switch (random.nextInt(3)) {
            case 0 -> value.toLowerCase();
            case 1 -> value.toUpperCase();
            default -> value;
        };
    }

    private static List<String> keys(IndexedIssueSource source, String jql) {
        return List.copyOf(new TreeSet<>(source.search(jql, VIEWER, 0, 10_000).issues().stream()
                .map(IndexedIssue::key).toList()));
    }

    private IndexedIssueSource source(IssueIndex index, IssueHistories histories) {
        return new IndexedIssueSource(index, (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()),
                Clock.fixed(now, ZONE), ZONE, JqlPeople.NONE, histories);
    }

    /** The store, noting each WAS question asked of it. */
    private static IssueHistories counting(IssueStore store, List<String> asked) {
        return new IssueHistories() {
            @Override
            public Map<String, IssueHistory> histories(List<String> keys, Set<String> fieldIds) {
                return store.histories(keys, fieldIds);
            }

            @Override
            public Optional<ValueHistory> values() {
                return Optional.of((fieldId, values, empty) -> {
                    asked.add(fieldId);
                    return store.values().orElseThrow().keysThatHad(fieldId, values, empty);
                });
            }
        };
    }

    private List<IndexedIssue> newDeals(int count) {
        List<IndexedIssue> deals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = "SALES-" + nextKey++;
            keys.add(key);
            deals.add(deal(key, now.minusSeconds(random.nextInt(3_600)), random.nextInt(STATUSES.size())));
        }
        return deals;
    }

    /** Some held deals with new random values: each changed field becomes a recorded change. */
    private List<IndexedIssue> edited(IssueStore store, int count) {
        List<String> held = new ArrayList<>(keys);
        List<IndexedIssue> edited = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        for (int i = 0; i < count && !held.isEmpty(); i++) {
            String key = held.get(random.nextInt(held.size()));
            if (chosen.add(key)) {
                IndexedIssue before = store.find(key).orElseThrow();
                edited.add(deal(key, before.record().created(), random.nextInt(STATUSES.size())));
            }
        }
        return edited;
    }

    /** A new deal, or a held one, written with a whole history of status and assignee changes, as the demo does. */
    private void withHistory(IssueStore store) {
        String key = keys.isEmpty() || random.nextBoolean() ? "SALES-" + nextKey++
                : List.copyOf(keys).get(random.nextInt(keys.size()));
        Instant created = keys.contains(key) ? store.find(key).orElseThrow().record().created()
                : now.minusSeconds(86_400 * 20);
        keys.add(key);
        List<Change> changes = new ArrayList<>();
        Instant at = created;
        String status = "Prospecting";
        String assignee = null;
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            at = at.plusSeconds(1 + random.nextInt(86_400 * 3));
            String next = STATUSES.get(random.nextInt(STATUSES.size()));
            changes.add(Change.of(at, Column.STATUS.id(), status, next, "ann"));
            status = next;
            if (random.nextBoolean()) {
                String rep = REPS.get(random.nextInt(REPS.size()));
                changes.add(Change.of(at, Column.ASSIGNEE.id(), assignee, rep, "ann"));
                assignee = rep;
            }
        }
        IndexedIssue deal = issue(key, created, status, assignee, null);
        store.saveWithHistories(List.of(deal), List.of(IssueHistory.of(key, created, changes)));
    }

    private IndexedIssue deal(String key, Instant created, int status) {
        return issue(key, created, STATUSES.get(status), random.nextInt(4) == 0 ? null
                : REPS.get(random.nextInt(REPS.size())), random.nextInt(3) == 0 ? null
                : REPS.get(random.nextInt(REPS.size())));
    }

    private IndexedIssue issue(String key, Instant created, String status, String assignee, String reporter) {
        boolean done = status.equals("Won") || status.equals("Lost");
        IssueRecord.Builder record = IssueRecord.builder(key, "SALES").type("Opportunity")
                .status(status, done ? StatusCategory.DONE : StatusCategory.IN_PROGRESS)
                .resolution(done ? (random.nextInt(4) == 0 ? "Done" : status) : null)
                .assignee(assignee)
                .reporter(reporter)
                .created(created)
                .updated(now)
                .resolved(done ? now : null);
        return new IndexedIssue(record.build(), "Deal " + key, "", Set.of());
    }
}
