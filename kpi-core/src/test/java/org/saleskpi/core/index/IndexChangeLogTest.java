package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
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
import org.saleskpi.core.validation.InvalidInputException;

/**
 * An index that holds its rows' changes answers a history query with exactly the change table a host would build
 * from the same histories, through inserts, replacements, removals and the log's compaction; a table sliced before a
 * write still reads what it read.
 */
class IndexChangeLogTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    private static final Column CLOSE = Column.custom("customfield_10050", FieldType.DATE);
    private static final Column REGION = Column.custom("customfield_10060", FieldType.OPTION);
    private static final Set<Column> TRACKED = Set.of(Column.STATUS, Column.ASSIGNEE, Column.RESOLUTION, AMOUNT, CLOSE,
            REGION);
    private static final List<String> STATUSES = List.of("Prospecting", "Proposal", "Negotiation", "Won", "Lost");
    private static final List<String> REPS = List.of("ann", "bob", "cy", "dee");
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final UserRef VIEWER = new UserRef("ann", "Ann");

    private final Random random = new Random(7);
    /** What the index should hold, by key, in no particular order. */
    private final Map<String, Deal> held = new LinkedHashMap<>();

    @Test
    void aHistoryQueryGetsTheChangesTheHistoriesHold() {
        IssueIndex index = index();
        put(index, deals(0, 300));

        assertSameAsBuilt(index, TRACKED);
        // A query asking for fewer columns, and one for a column the log does not track, read the same.
        assertSameAsBuilt(index, Set.of(Column.STATUS));
        assertSameAsBuilt(index, Set.of(Column.STATUS, Column.REPORTER));
    }

    @Test
    void replacementsRemovalsAndCompactionKeepEveryRowsOwnChanges() {
        IssueIndex index = index();
        put(index, deals(0, 2_000));
        for (int round = 0; round < 12; round++) {
            // Every deal told anew (its old changes left behind), some removed, some new: past 65 536 left-behind
            // changes the log copies the live ones into new arrays.
            List<Deal> again = new ArrayList<>();
            for (String key : List.copyOf(held.keySet())) {
                if (random.nextInt(10) == 0) {
                    index.remove(List.of(key));
                    held.remove(key);
                } else {
                    again.add(deal(key));
                }
            }
            again.addAll(deals(2_000 + round * 100, 100));
            put(index, again);
            assertThat(index.size()).isEqualTo(held.size());
        }

        assertSameAsBuilt(index, TRACKED);
        long expectedChanges = held.values().stream().filter(deal -> deal.history.known())
                .mapToLong(deal -> deal.history.changes().size()).sum();
        assertThat(index.changeCount()).isEqualTo(expectedChanges);
    }

    @Test
    void aTableSlicedBeforeAWriteReadsWhatItRead() {
        IssueIndex index = index();
        put(index, deals(0, 500));
        IndexedIssueSource source = source(index);
        IssueTable before = source.load(query(TRACKED));
        List<List<String>> expected = described(before);

        for (int round = 0; round < 40; round++) {
            put(index, held.keySet().stream().map(this::deal).toList());
        }
        index.remove(List.copyOf(held.keySet()).subList(0, 100));

        assertThat(described(before)).isEqualTo(expected);
    }

    @Test
    void anIssueCreatedWithoutAHistoryWithABadValueOrLongAgoHasAnUnknownOne() {
        IssueIndex index = index();
        Deal plain = deal("SALES-1");
        index.upsert(List.of(plain.issue()));
        Deal bad = deal("SALES-2");
        IssueHistory badHistory = IssueHistory.of("SALES-2", bad.created, List.of(
                Change.of(bad.created.plusSeconds(60), AMOUNT.id(), null, "not a number", "ann")));
        index.upsert(List.of(bad.issue()), List.of(badHistory));
        // Created before 1932: more than an int of seconds from the log's base; the issue is held, its past unknown.
        Deal ancient = deal("SALES-3");
        IndexedIssue ancientIssue = new IndexedIssue(IssueRecord.builder("SALES-3", "SALES").type("Deal")
                .status("Won", StatusCategory.DONE).created(Instant.parse("1900-01-01T00:00:00Z"))
                .updated(Instant.parse("1900-01-01T00:00:00Z")).build(), "", "", Set.of());
        index.upsert(List.of(ancientIssue), List.of(IssueHistory.of("SALES-3", Instant.parse("1900-01-01T00:00:00Z"),
                ancient.history.changes())));

        IssueTable table = source(index).load(query(TRACKED));
        ChangeTable changes = table.history().orElseThrow();

        assertThat(table.size()).isEqualTo(3);
        assertThat(changes.known(0)).isFalse();
        assertThat(changes.known(1)).isFalse();
        assertThat(changes.known(2)).isFalse();
        assertThat(changes.changeCount()).isZero();
    }

    @Test
    void wasClausesAreAnsweredFromTheHeldChanges() {
        IssueIndex index = index();
        put(index, deals(0, 400));
        index.remove(List.of("SALES-7", "SALES-8"));
        held.remove("SALES-7");
        held.remove("SALES-8");
        IndexedIssueSource source = source(index);

        for (String status : List.of("Won", "negotiation")) {
            // Had it: holds it now, or (a known past only) a change from or to it, ignoring case.
            List<String> expected = held.values().stream().filter(deal -> deal.values.get(Column.STATUS)
                    .equalsIgnoreCase(status) || deal.history.changes().stream().anyMatch(change -> change.field()
                    .equals("status") && (status.equalsIgnoreCase(change.from().orElse(""))
                            || status.equalsIgnoreCase(change.to().orElse(""))))).map(Deal::key).sorted().toList();
            assertThat(expected).hasSizeGreaterThan(20);

            assertThat(keys(source, "status WAS \"" + status + "\"")).as(status).isEqualTo(expected);
            assertThat(source.count("status WAS NOT \"" + status + "\"", VIEWER))
                    .isEqualTo(held.size() - expected.size());
        }
        // A user value naming nobody in a directory is taken as the key it spells (a past assignee).
        List<String> gone = held.values().stream().filter(deal -> deal.values.get(Column.ASSIGNEE).equals("gone-1")
                || deal.history.changes().stream().anyMatch(change -> change.to().orElse("").equals("gone-1")
                        || change.from().orElse("").equals("gone-1"))).map(Deal::key).sorted().toList();
        assertThat(gone).hasSizeGreaterThan(5);
        assertThat(keys(source, "assignee WAS \"gone-1\"")).isEqualTo(gone);
        // The reporter's changes are not held: refused as on a host without history, not answered as "never".
        assertThatThrownBy(() -> keys(source, "reporter WAS NOT IN (ann, bob)"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The operator 'was not in' is not supported by the 'reporter' field here");
    }

    @Test
    void aTableWithWasClausesTheLogAnswersIsKeptAndPatchedAndTheStoreIsNotAsked() {
        IssueIndex index = index();
        put(index, deals(0, 300));
        List<String> asked = new ArrayList<>();
        // A store that answers every WAS clause with no key: the index's answers differ from it.
        IssueHistories store = new IssueHistories() {
            @Override
            public Map<String, IssueHistory> histories(List<String> keys, Set<String> fieldIds) {
                return Map.of();
            }

            @Override
            public Optional<ValueHistory> values() {
                return Optional.of((fieldId, values, empty) -> {
                    asked.add(fieldId);
                    return Set.of();
                });
            }
        };
        IndexedIssueSource kept = new IndexedIssueSource(index, (user, projects) -> new Visibility(
                Set.copyOf(projects), Set.of()), Clock.fixed(NOW, ZONE), ZONE, JqlPeople.NONE, store);
        String jql = "status WAS Won AND assignee WAS NOT IN (\"gone-1\", EMPTY)";
        List<String> fresh = keys(source(index), jql);
        assertThat(fresh).hasSizeGreaterThan(20);

        assertThat(keys(kept, jql)).isEqualTo(fresh);
        long gathered = kept.gatheredRows();
        assertThat(keys(kept, jql)).isEqualTo(fresh);
        assertThat(kept.gatheredRows()).describedAs("kept, not gathered again").isEqualTo(gathered);

        // A deal that never was Won gets a past through Won: the kept table is patched with it alone.
        Deal never = held.values().stream().filter(deal -> !fresh.contains(deal.key())
                && !deal.values.get(Column.ASSIGNEE).equals("gone-1")).findFirst().orElseThrow();
        Instant at = never.created().plusSeconds(3_600);
        put(index, List.of(new Deal(never.key(), never.created(), Map.of(Column.STATUS, "Lost", Column.ASSIGNEE, "ann",
                AMOUNT, "1000", CLOSE, "2025-07-01", REGION, "EMEA"), IssueHistory.of(never.key(), never.created(),
                List.of(Change.of(at, "status", "Prospecting", "Won", "ann"),
                        Change.of(at.plusSeconds(60), "status", "Won", "Lost", "ann"))))));
        List<String> after = keys(source(index), jql);
        assertThat(after).contains(never.key()).hasSize(fresh.size() + 1);
        assertThat(keys(kept, jql)).isEqualTo(after);
        assertThat(kept.gatheredRows()).describedAs("patched: the written row alone").isEqualTo(gathered + 1);
        assertThat(asked).isEmpty();

        // The reporter's changes are not held: its clause asks the store.
        assertThat(keys(kept, "reporter WAS ann")).isEmpty();
        assertThat(asked).containsExactly("reporter");
    }

    private static List<String> keys(IndexedIssueSource source, String jql) {
        IssueTable table = source.load(new IssueQuery(jql, VIEWER, Set.of(Column.KEY), ZONE));
        List<String> keys = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            keys.add(table.keys().key(row));
        }
        keys.sort(null);
        return keys;
    }

    private void assertSameAsBuilt(IssueIndex index, Set<Column> history) {
        IssueTable loaded = source(index).load(query(history));
        List<IssueHistory> inRowOrder = new ArrayList<>();
        for (int row = 0; row < loaded.size(); row++) {
            inRowOrder.add(held.get(loaded.keys().key(row)).history);
        }
        IssueTable built = loaded.withHistory(ChangeTable.of(loaded, history, inRowOrder));
        assertThat(loaded.size()).isEqualTo(held.size());
        // Only the asked columns' changes: nothing computed over all of a table's changes sees the others.
        assertThat(loaded.history().orElseThrow().tracked()).isEqualTo(history);
        HistoryTables.assertSame(loaded, built, List.of(START.plusSeconds(86_400 * 40),
                Instant.parse("2025-10-26T01:30:00Z"), NOW));
    }

    private static List<List<String>> described(IssueTable table) {
        return HistoryTables.described(table);
    }

    private static IssueIndex index() {
        IssueIndex index = new IssueIndex();
        index.defineField(new CustomField(AMOUNT.id(), "Amount", FieldType.NUMBER));
        index.defineField(new CustomField(CLOSE.id(), "Close date", FieldType.DATE));
        index.defineField(new CustomField(REGION.id(), "Region", FieldType.OPTION));
        index.trackChanges(TRACKED, ZONE);
        return index;
    }

    private static IndexedIssueSource source(IssueIndex index) {
        // No loaded tables kept: each load is sliced afresh.
        return new IndexedIssueSource(index, (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()),
                Clock.fixed(NOW, ZONE), ZONE, 0, 0);
    }

    private static IssueQuery query(Set<Column> history) {
        return new IssueQuery("project = SALES ORDER BY key", VIEWER, Set.of(Column.KEY, Column.STATUS,
                Column.STATUS_CATEGORY, Column.ASSIGNEE, Column.RESOLUTION, Column.RESOLVED, Column.UPDATED, AMOUNT,
                CLOSE, REGION), ZONE, history);
    }

    private void put(IssueIndex index, List<Deal> deals) {
        deals.forEach(deal -> held.put(deal.key, deal));
        index.upsert(deals.stream().map(Deal::issue).toList(), deals.stream().map(deal -> deal.history).toList());
    }

    private List<Deal> deals(int first, int count) {
        List<Deal> deals = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            deals.add(deal("SALES-" + (i + 1)));
        }
        return deals;
    }

    /** A deal told from a random creation through up to nine random changes, one in eight with no known history. */
    private Deal deal(String key) {
        Instant created = START.plusSeconds(random.nextInt(300) * 86_400L + random.nextInt(86_400));
        Map<Column, String> values = new LinkedHashMap<>();
        values.put(Column.STATUS, "Prospecting");
        values.put(Column.ASSIGNEE, REPS.get(random.nextInt(REPS.size())));
        values.put(AMOUNT, String.valueOf(1_000 + random.nextInt(50) * 250));
        values.put(CLOSE, LocalDate.of(2025, 6, 1).plusDays(random.nextInt(200)).toString());
        values.put(REGION, random.nextBoolean() ? "EMEA" : "APAC");
        List<Change> changes = new ArrayList<>();
        Instant at = created;
        for (int c = random.nextInt(10); c > 0; c--) {
            at = at.plusSeconds(1 + random.nextInt(20 * 86_400));
            Column column = List.copyOf(values.keySet()).get(random.nextInt(values.size()));
            String to = switch (column.id()) {
                case "status" -> STATUSES.get(random.nextInt(STATUSES.size()));
                case "assignee" -> random.nextInt(8) == 0 ? "gone-" + random.nextInt(3)
                        : REPS.get(random.nextInt(REPS.size()));
                case "customfield_10010" -> random.nextInt(6) == 0 ? null : (random.nextInt(400) * 12.5) + "";
                case "customfield_10050" -> LocalDate.of(2025, 6, 1).plusDays(random.nextInt(400)).toString();
                default -> random.nextBoolean() ? "EMEA" : "Americas";
            };
            changes.add(Change.of(at, column.id(), values.get(column), to, "ann"));
            values.put(column, to);
        }
        boolean known = random.nextInt(8) != 0;
        return new Deal(key, created, values, known ? IssueHistory.of(key, created, changes)
                : IssueHistory.unknown(key, created));
    }

    private record Deal(String key, Instant created, Map<Column, String> values, IssueHistory history) {
        IndexedIssue issue() {
            String status = values.get(Column.STATUS);
            boolean closed = status.equals("Won") || status.equals("Lost");
            IssueRecord.Builder b = IssueRecord.builder(key, "SALES").type("Deal")
                    .status(status, closed ? StatusCategory.DONE : StatusCategory.IN_PROGRESS).created(created)
                    .updated(history.changes().isEmpty() ? created
                            : history.changes().get(history.changes().size() - 1).at())
                    .assignee(values.get(Column.ASSIGNEE));
            if (values.get(AMOUNT) != null) {
                b.field(AMOUNT.id(), FieldValue.number(values.get(AMOUNT)));
            }
            b.field(CLOSE.id(), FieldValue.date(LocalDate.parse(values.get(CLOSE))));
            b.field(REGION.id(), FieldValue.option(values.get(REGION)));
            return new IndexedIssue(b.build(), "", "", Set.of());
        }
    }
}
