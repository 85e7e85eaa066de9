package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.RowSet;
import org.saleskpi.core.index.SearchPage;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.user.UserRef;

/**
 * A page picked from the order (a bounded heap) is the same slice as sorting every match: random issues with many
 * ties and empty cells, random ORDER BY lists of one to three keys, random pages (deep, past the end, empty). The
 * reference below sorts the issues themselves by their values, as Jira's order is described in {@link OrderByTest}:
 * empty last ascending and first descending, names ignoring case, rows equal on every key by key ascending.
 */
class PagedOrderTest {
    private static final CustomField AMOUNT = new CustomField("customfield_10010", "Amount", FieldType.NUMBER);
    private static final CustomField CLOSE = new CustomField("customfield_10050", "Close date", FieldType.DATE);
    private static final JqlContext CONTEXT = new JqlContext(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC,
            Optional.empty(), DayOfWeek.MONDAY);
    private static final List<String> PREFIXES = List.of("SALES", "ab", "Zed");
    private static final List<String> PEOPLE = List.of("ann", "Bob", "cy");
    private static final List<String> STATUSES = List.of("Open", "won", "Lost");
    private static final List<String> SUMMARIES = List.of("", "alpha", "Beta", "beta deal", "gamma");

    /** Each sortable field of the test's issues with the value the reference compares, null when empty. */
    private static final Map<String, Function<IndexedIssue, Comparable<?>>> FIELDS = Map.of(
            "created", issue -> issue.record().created(),
            "updated", issue -> issue.record().updated(),
            "Amount", issue -> number(issue),
            "Close date", issue -> date(issue),
            "assignee", issue -> issue.record().assignee().map(PagedOrderTest::folded).orElse(null),
            "status", issue -> folded(issue.record().status()),
            "statusCategory", issue -> issue.record().statusCategory(),
            "summary", issue -> issue.summary().isEmpty() ? null : folded(issue.summary()),
            "key", issue -> new KeyOrder(folded(prefix(issue)), number(issue.key())));

    @Test
    void aPageIsTheSameSliceAsSortingEveryMatch() {
        Random random = new Random(16);
        for (int round = 0; round < 40; round++) {
            IssueIndex index = index(random, 1 + random.nextInt(400));
            Map<String, IndexedIssue> byKey = new HashMap<>();
            index.read(columns -> {
                for (int row = 0; row < columns.rows(); row++) {
                    byKey.put(columns.key(row), columns.issue(row));
                }
                return null;
            });
            for (int query = 0; query < 25; query++) {
                String jql = randomQuery(random);
                JqlQuery parsed = JqlParser.parse(jql);
                int size = index.size();
                int startAt = random.nextInt(4) == 0 ? random.nextInt(size + 5) : random.nextInt(Math.min(size, 20) + 1);
                int maxResults = random.nextInt(5) == 0 ? Integer.MAX_VALUE : random.nextInt(60);
                List<String> expected;
                List<String> actual = new ArrayList<>();
                expected = index.read(columns -> {
                    RowSet rows = JqlFilter.select(parsed, columns, CONTEXT);
                    for (int row : JqlOrder.page(parsed, rows, columns, startAt, maxResults)) {
                        actual.add(columns.key(row));
                    }
                    List<IndexedIssue> all = new ArrayList<>();
                    rows.forEach(row -> all.add(byKey.get(columns.key(row))));
                    all.sort(reference(parsed));
                    List<String> keys = all.stream().map(IndexedIssue::key).toList();
                    return keys.subList(Math.min(startAt, keys.size()),
                            (int) Math.min((long) startAt + maxResults, keys.size()));
                });
                assertThat(actual).as(jql + " from " + startAt + ", " + maxResults).isEqualTo(expected);
            }
        }
    }

    @Test
    void theSearchPagesTogetherAreTheWholeOrderAndCountEveryMatch() {
        Random random = new Random(7);
        IssueIndex index = index(random, 300);
        IndexedIssueSource source = new IndexedIssueSource(index,
                (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()), Clock.systemUTC(), ZoneOffset.UTC);
        UserRef admin = new UserRef("admin", "Admin");
        String jql = "status in (Open, won) ORDER BY updated DESC";
        SearchPage whole = source.search(jql, admin, 0, 1000);
        List<String> paged = new ArrayList<>();
        for (int startAt = 0; startAt < whole.total(); startAt += 50) {
            SearchPage page = source.search(jql, admin, startAt, 50);
            assertThat(page.total()).isEqualTo(whole.total());
            page.issues().forEach(issue -> paged.add(issue.key()));
        }
        assertThat(whole.issues()).hasSize(whole.total());
        assertThat(paged).isEqualTo(whole.issues().stream().map(IndexedIssue::key).toList());
        // Two of the three statuses, about two thirds of 300: a count of every match, not of the page.
        assertThat(whole.total()).isGreaterThan(150).isLessThan(250);
        assertThat(source.search(jql, admin, whole.total(), 50).issues()).isEmpty();
    }

    private static String randomQuery(Random random) {
        String filter = random.nextInt(3) == 0 ? "assignee in (ann, cy) " : "";
        if (random.nextInt(6) == 0) {
            return filter.trim();
        }
        List<String> names = new ArrayList<>(FIELDS.keySet());
        names.sort(Comparator.naturalOrder());
        List<String> keys = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int count = 1 + random.nextInt(3);
        while (keys.size() < count) {
            String name = names.get(random.nextInt(names.size()));
            if (used.add(name)) {
                String quoted = name.contains(" ") ? '"' + name + '"' : name;
                keys.add(quoted + (random.nextBoolean() ? " DESC" : random.nextBoolean() ? " ASC" : ""));
            }
        }
        return filter + "ORDER BY " + String.join(", ", keys);
    }

    /** The reference: the issues' own values, compared as {@link OrderByTest} describes Jira's order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<IndexedIssue> reference(JqlQuery query) {
        if (query.orderBy().isEmpty()) {
            Comparator<IndexedIssue> byCreated = Comparator.comparing(issue -> (Comparable) FIELDS.get("created")
                    .apply(issue));
            return byCreated.thenComparing(issue -> (Comparable) FIELDS.get("key").apply(issue)).reversed();
        }
        Comparator<IndexedIssue> all = (a, b) -> 0;
        for (JqlQuery.SortKey key : query.orderBy()) {
            Function<IndexedIssue, Comparable<?>> value = FIELDS.get(key.field().text());
            Comparator<IndexedIssue> one = Comparator.comparing(issue -> (Comparable) value.apply(issue),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            all = all.thenComparing(key.descending() ? one.reversed() : one);
        }
        return all.thenComparing(issue -> (Comparable) FIELDS.get("key").apply(issue));
    }

    private record KeyOrder(String prefix, int number) implements Comparable<KeyOrder> {
        @Override
        public int compareTo(KeyOrder other) {
            int byPrefix = prefix.compareTo(other.prefix);
            return byPrefix != 0 ? byPrefix : Integer.compare(number, other.number);
        }
    }

    private static IssueIndex index(Random random, int size) {
        IssueIndex index = new IssueIndex();
        index.defineField(AMOUNT);
        index.defineField(CLOSE);
        List<IndexedIssue> issues = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (issues.size() < size) {
            String prefix = PREFIXES.get(random.nextInt(PREFIXES.size()));
            String key = prefix + "-" + (1 + random.nextInt(3 * size));
            if (!keys.add(key)) {
                continue;
            }
            // Few distinct instants, amounts and days: ties on every key are common.
            Instant created = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * random.nextInt(10));
            IssueRecord.Builder record = IssueRecord.builder(key, prefix).type("Deal")
                    .status(STATUSES.get(random.nextInt(STATUSES.size())),
                            StatusCategory.values()[random.nextInt(StatusCategory.values().length)])
                    .created(created).updated(created.plusSeconds(60L * random.nextInt(5)));
            if (random.nextInt(4) > 0) {
                record.assignee(PEOPLE.get(random.nextInt(PEOPLE.size())));
            }
            if (random.nextInt(3) > 0) {
                record.field(AMOUNT.id(), FieldValue.number(BigDecimal.valueOf(random.nextInt(8) * 50L - 100, 1)));
            }
            if (random.nextInt(3) > 0) {
                record.field(CLOSE.id(), FieldValue.date(LocalDate.of(2026, 3, 1 + random.nextInt(6))));
            }
            issues.add(new IndexedIssue(record.build(), SUMMARIES.get(random.nextInt(SUMMARIES.size())), "", Set.of()));
        }
        index.upsert(issues);
        return index;
    }

    private static BigDecimal number(IndexedIssue issue) {
        FieldValue value = issue.record().fields().get(AMOUNT.id());
        return value == null ? null : ((FieldValue.NumberValue) value).value();
    }

    private static LocalDate date(IndexedIssue issue) {
        FieldValue value = issue.record().fields().get(CLOSE.id());
        return value == null ? null : ((FieldValue.DateValue) value).value();
    }

    private static String prefix(IndexedIssue issue) {
        return issue.key().substring(0, issue.key().lastIndexOf('-'));
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }

    private static String folded(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
