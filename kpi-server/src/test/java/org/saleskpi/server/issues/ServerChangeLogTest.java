package org.saleskpi.server.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.HistoryTables;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueHistories;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.core.jql.ValueHistory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.progress.Progress;
import org.saleskpi.store.Database;

/**
 * The server's index holds the changes its store records, through every kind of write: REST creations with and
 * without a known past, edits (one change per changed field), demo histories, imports, deletions, another node's
 * writes re-read, and a field defined after the issues. After each step a history query answered from the index
 * (its store of changes is never asked) equals the table built from what the store records, change by change and
 * cell by cell as of several instants; a fresh start-up load of the store gives the same again. JQL's WAS clauses are
 * answered from the index's changes (the store is never asked) with the issues the store's recorded changes select:
 * random clauses of the four history fields, with values in any case, EMPTY, IN lists, "unresolved" and a value an issue
 * had only at its creation, over issues with a known past and issues imported without one and edited later.
 */
class ServerChangeLogTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    private static final CustomField AMOUNT = new CustomField("customfield_10010", "Amount", FieldType.NUMBER);
    private static final CustomField REGION = new CustomField("customfield_10020", "Region", FieldType.OPTION);
    private static final CustomField STAGE = new CustomField("customfield_10030", "Stage", FieldType.TEXT);
    private static final Column AMOUNT_COLUMN = Column.custom(AMOUNT.id(), AMOUNT.type());
    private static final Column REGION_COLUMN = Column.custom(REGION.id(), REGION.type());
    private static final Column STAGE_COLUMN = Column.custom(STAGE.id(), STAGE.type());
    private static final List<String> STATUSES = List.of("Prospecting", "Proposal", "Negotiation", "Won", "Lost");
    private static final List<String> REPS = List.of("ann", "bob", "cy");
    private static final List<String> REGIONS = List.of("North", "South", "East");
    private static final List<String> WAS_FIELDS = List.of("status", "assignee", "reporter", "resolution");
    private static final List<String> WAS_OPERATORS = List.of("WAS", "was not", "was IN", "WAS NOT IN");
    private static final UserRef VIEWER = new UserRef("ann", "Ann");
    private static final IssueHistories NEVER_ASKED = (keys, fieldIds) -> {
        throw new AssertionError("the store's changes were read for " + keys.size() + " keys");
    };

    private final Random random = new Random(16);
    private final Set<String> keys = new LinkedHashSet<>();
    private Instant now = START;
    private int nextKey = 1;
    private boolean stageDefined;
    private final List<String> storeAsked = new ArrayList<>();
    private int splitting;

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void everyWriteKeepsTheIndexsChangesAsTheStoreRecordsThem(Database database) {
        DataSource dataSource = database.openDataSource();
        IssueIndex index = TrackedIndex.empty(ZONE);
        IssueStore store = new IssueStore(dataSource, index);
        store.createSchema();
        store.defineField(AMOUNT);
        store.defineField(REGION);
        // Another node's store over the same tables; this node re-reads what it wrote.
        IssueStore otherNode = new IssueStore(dataSource, new IssueIndex());

        for (int step = 0; step < 60; step++) {
            now = now.plusSeconds(3_600 + random.nextInt(86_400));
            switch (step == 30 ? -1 : random.nextInt(7)) {
                case -1 -> {
                    store.defineField(STAGE);
                    stageDefined = true;
                }
                case 0 -> store.save(newDeals(1 + random.nextInt(3)), random.nextBoolean()
                        ? IssueWrite.by("admin", now) : IssueWrite.by("admin", now).withoutPast());
                case 1, 2 -> store.save(edited(store, 1 + random.nextInt(3)), IssueWrite.by("ann", now));
                case 3 -> withHistories(store);
                case 4 -> {
                    List<IndexedIssue> again = edited(store, 2);
                    List<List<IndexedIssue>> batches = List.of(newDeals(3), again);
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
                    if (!keys.isEmpty()) {
                        String gone = List.copyOf(keys).get(random.nextInt(keys.size()));
                        store.deleteIssues(List.of(gone));
                        keys.remove(gone);
                    }
                }
            }
            if (step % 5 == 4) {
                assertSameAsStored(index, store);
                assertSameWasAnswers(index, store);
            }
        }
        assertThat(splitting).describedAs("WAS clauses that split the issues").isGreaterThan(100);
        assertThat(storeAsked).describedAs("the store is never asked a WAS clause").isEmpty();
        assertThat(index.changeCount()).describedAs("the test writes changes").isGreaterThan(40);
        assertSameAsStored(index, store);

        IssueIndex loaded = TrackedIndex.empty(ZONE);
        store.loadInto(loaded, Progress.NONE);
        assertSameAsStored(loaded, store);
        assertThat(loaded.changeCount()).isEqualTo(index.changeCount());
    }

    private void assertSameAsStored(IssueIndex index, IssueStore store) {
        List<Set<Column>> histories = new ArrayList<>(List.of(Set.of(Column.STATUS),
                Set.of(Column.STATUS, Column.ASSIGNEE, Column.RESOLUTION, Column.DUE, AMOUNT_COLUMN, REGION_COLUMN)));
        if (stageDefined) {
            histories.add(Set.of(Column.STATUS, STAGE_COLUMN));
        }
        IndexedIssueSource source = new IndexedIssueSource(index,
                (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()), Clock.fixed(now, ZONE), ZONE,
                JqlPeople.NONE, NEVER_ASKED);
        for (Set<Column> history : histories) {
            Set<Column> columns = new HashSet<>(Set.of(Column.KEY, Column.STATUS, Column.STATUS_CATEGORY,
                    Column.ASSIGNEE, Column.RESOLUTION, Column.RESOLVED, Column.UPDATED, Column.DUE, AMOUNT_COLUMN,
                    REGION_COLUMN));
            columns.addAll(history);
            IssueTable logged = source.load(new IssueQuery("project = SALES ORDER BY key", VIEWER, columns, ZONE,
                    history));
            assertThat(logged.size()).isEqualTo(keys.size());
            IssueTable recorded = logged.withHistory(ChangeTable.of(logged, history, stored(store, logged, history)));
            HistoryTables.assertSame(logged, recorded, List.of(START.plusSeconds(86_400 * 3),
                    now.minusSeconds(86_400 * 2), now));
        }
    }

    /** Random WAS clauses select the same issues from the index's changes as from the store's (ADR 0059). */
    private void assertSameWasAnswers(IssueIndex index, IssueStore store) {
        // The same rows in an index without a change log: the store answers its WAS clauses.
        IssueIndex plain = new IssueIndex();
        store.loadInto(plain, Progress.NONE);
        IndexedIssueSource fromStore = source(plain, store);
        IndexedIssueSource fromIndex = source(index, asking(store));
        for (int q = 0; q < 30; q++) {
            String jql = random.nextInt(4) == 0 ? clause() + (random.nextBoolean() ? " AND " : " OR ") + clause()
                    : clause();
            List<String> expected = keys(fromStore, jql);
            assertThat(keys(fromIndex, jql)).as(jql).isEqualTo(expected);
            assertThat(fromIndex.count(jql, VIEWER)).as(jql).isEqualTo(expected.size());
            splitting += expected.isEmpty() || expected.size() == keys.size() ? 0 : 1;
        }
    }

    /** A clause of a history field with random values in random case, EMPTY among them now and then. */
    private String clause() {
        String field = WAS_FIELDS.get(random.nextInt(WAS_FIELDS.size()));
        String operator = WAS_OPERATORS.get(random.nextInt(WAS_OPERATORS.size()));
        boolean list = operator.toLowerCase(Locale.ROOT).endsWith("in");
        List<String> pool = switch (field) {
            case "status" -> STATUSES;
            case "resolution" -> List.of("Won", "Lost", "Done");
            default -> REPS;
        };
        List<String> values = new ArrayList<>();
        for (int i = 0; i < (list ? 1 + random.nextInt(3) : 1); i++) {
            String value = pool.get(random.nextInt(pool.size()));
            values.add(random.nextInt(5) == 0 ? "EMPTY" : "\"" + switch (random.nextInt(3)) {
                case 0 -> value.toLowerCase(Locale.ROOT);
                case 1 -> value.toUpperCase(Locale.ROOT);
                default -> value;
            } + "\"");
        }
        if (field.equals("resolution") && random.nextInt(4) == 0) {
            values.set(0, "Unresolved");
        }
        return (random.nextBoolean() ? field : field.toUpperCase(Locale.ROOT)) + " " + operator + " "
                + (list ? "(" + String.join(", ", values) + ")" : values.get(0));
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
    private IssueHistories asking(IssueStore store) {
        return new IssueHistories() {
            @Override
            public Map<String, IssueHistory> histories(List<String> keys, Set<String> fieldIds) {
                return store.histories(keys, fieldIds);
            }

            @Override
            public Optional<ValueHistory> values() {
                return Optional.of((fieldId, values, empty) -> {
                    storeAsked.add(fieldId);
                    return store.values().orElseThrow().keysThatHad(fieldId, values, empty);
                });
            }
        };
    }

    /** What the store records of the table's rows, as the server read it per request before its index held it. */
    private static List<IssueHistory> stored(IssueStore store, IssueTable table, Set<Column> history) {
        List<String> rowKeys = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            rowKeys.add(table.keys().key(row));
        }
        Set<String> fieldIds = new HashSet<>();
        history.forEach(column -> fieldIds.add(column.id()));
        Map<String, IssueHistory> stored = store.histories(rowKeys, fieldIds);
        return rowKeys.stream().map(stored::get).toList();
    }

    private List<IndexedIssue> newDeals(int count) {
        List<IndexedIssue> deals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = "SALES-" + nextKey++;
            keys.add(key);
            deals.add(deal(key, now.minusSeconds(random.nextInt(3_600)), random.nextInt(3)));
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

    /** A new deal or a held one written with a whole history of its own, as the demo writes them. */
    private void withHistories(IssueStore store) {
        String key = keys.isEmpty() || random.nextBoolean() ? "SALES-" + nextKey++ : List.copyOf(keys).get(0);
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
                changes.add(Change.of(at, AMOUNT.id(), "100", "150.50", "ann"));
            }
            if (random.nextBoolean()) {
                changes.add(Change.of(at, "summary", "Deal", "A longer deal name", "ann"));
            }
            if (random.nextInt(3) == 0) {
                String rep = REPS.get(random.nextInt(REPS.size()));
                changes.add(Change.of(at, Column.ASSIGNEE.id(), assignee, rep, "ann"));
                assignee = rep;
            }
        }
        IndexedIssue deal = deal(key, created, STATUSES.indexOf(status));
        store.saveWithHistories(List.of(deal), List.of(IssueHistory.of(key, created, changes)));
    }

    private IndexedIssue deal(String key, Instant created, int status) {
        String name = STATUSES.get(status);
        boolean done = name.equals("Won") || name.equals("Lost");
        IssueRecord.Builder record = IssueRecord.builder(key, "SALES")
                .type("Opportunity")
                .status(name, done ? StatusCategory.DONE : StatusCategory.IN_PROGRESS)
                .resolution(done ? (random.nextInt(4) == 0 ? "Done" : name) : null)
                .assignee(random.nextInt(4) == 0 ? null : REPS.get(random.nextInt(REPS.size())))
                .reporter(random.nextInt(3) == 0 ? null : REPS.get(random.nextInt(REPS.size())))
                .created(created)
                .updated(now)
                .resolved(done ? now : null)
                .due(random.nextBoolean() ? LocalDate.of(2025, 6, 1 + random.nextInt(28)) : null)
                .field(AMOUNT.id(), FieldValue.number(new BigDecimal(random.nextInt(50) * 100)))
                .field(REGION.id(), FieldValue.option(REGIONS.get(random.nextInt(REGIONS.size()))));
        if (stageDefined && random.nextBoolean()) {
            record.field(STAGE.id(), FieldValue.text("stage " + random.nextInt(3)));
        }
        return new IndexedIssue(record.build(), "Deal " + key, random.nextBoolean() ? "" : "Notes", Set.of());
    }
}
