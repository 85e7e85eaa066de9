package org.saleskpi.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.FoldedText;
import org.saleskpi.core.index.IndexCodedColumn;
import org.saleskpi.core.index.IndexColumns;
import org.saleskpi.core.index.IndexTextColumn;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.RowOrder;
import org.saleskpi.core.index.RowSet;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.KeyColumn;
import org.saleskpi.core.jql.JqlContext;
import org.saleskpi.core.jql.JqlFilter;
import org.saleskpi.core.jql.JqlOrder;
import org.saleskpi.core.jql.JqlParser;
import org.saleskpi.core.jql.JqlQuery;
import org.saleskpi.core.jql.TextSearch;
import org.saleskpi.server.demo.DemoLoader;

/**
 * Top k against sort all, in one process so that the other load on the machine falls on both sides alike: issue
 * list pages picked with the bounded heap against boxing and sorting every match (the path the issue list took
 * before, kept here only as the baseline), {@code ~} folding as it scans the held texts against regionMatches at every
 * place of every text per query, and who's behind's key order read as numbers against parsing the keys per comparison.
 * Then the load mix's issue lists and text searches end to end (ADR 0052): pages walked from presorted rows against the
 * heap over every match, and searches read from the texts' words against reading every text. Each pair must give the
 * same answer (exit 1 if not); the figures are ratios of medians taken in turns. Run with
 * {@code java -Xmx3g -jar kpi-bench/target/kpi-bench.jar topk --issues 200000}.
 */
public final class TopkBench {
    static final String USAGE = "usage: java -jar kpi-bench.jar topk [--issues 200000] [--seed 42] [--runs 5]"
            + " [--warmup 3] [--zone Europe/Berlin]";
    private static final String[] DEFAULTS = {"--issues", "200000", "--warmup", "3"};

    private TopkBench() {
    }

    /** The options after {@code topk}, over this command's defaults. */
    static BenchOptions parse(String... args) {
        return BenchOptions.parse(DEFAULTS, USAGE, args);
    }

    static int run(BenchOptions options, PrintStream out, PrintStream err) throws Exception {
        Workload workload = Workload.of(options.seed(), options.issues(), options.zone());
        IssueIndex index = new IssueIndex();
        DemoLoader.FIELDS.forEach(index::defineField);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<IndexedIssue> batch = new ArrayList<>();
        workload.stream(record -> {
            // The server's demo summaries, so that text search reads what a demo site holds.
            batch.add(DemoLoader.describe(record, workload.zone()));
            if (batch.size() == 10_000) {
                index.upsert(batch);
                batch.clear();
            }
        });
        index.upsert(batch);
        Instant now = workload.spec().window().end().atStartOfDay(workload.zone()).toInstant();
        JqlContext context = JqlContext.of(Clock.fixed(now, workload.zone()), workload.zone(), Optional.empty());
        int size = index.size();
        out.printf(Locale.ROOT, "issues=%d runs=%d warmup=%d heap_used_mb=%d (timings are medians taken in turns"
                + " with the baseline; other processes on the machine make them noise, the ratios are the figure)%n",
                size, options.runs(), options.warmup(), memory.getHeapMemoryUsage().getUsed() >> 20);

        List<String> failures = new ArrayList<>();
        List<String> ratios = new ArrayList<>();
        for (Page page : List.of(new Page("updated_desc_first", "ORDER BY updated DESC", 0),
                new Page("updated_desc_deep", "ORDER BY updated DESC", size / 2),
                new Page("default_first", "", 0),
                new Page("open_deals_by_amount", "issuetype = Opportunity AND statusCategory != Done"
                        + " ORDER BY Amount DESC, updated DESC", 0),
                new Page("status_key_desc", "ORDER BY status, key DESC", 50))) {
            JqlQuery query = JqlParser.parse(page.jql());
            int[][] results = index.read(columns -> {
                RowSet rows = JqlFilter.select(query, columns, context);
                return compare(options, out, "page_" + page.name(), ratios,
                        () -> JqlOrder.page(query, rows, columns, page.startAt(), 50),
                        () -> sortAllThenSlice(query, rows, columns, page.startAt(), 50));
            });
            if (!Arrays.equals(results[0], results[1])) {
                failures.add("page " + page.name() + " differs from sorting every match");
            }
        }

        for (ListCase list : List.of(
                new ListCase("sales_updated_desc_first", "project = SALES ORDER BY updated DESC", 0),
                new ListCase("sales_updated_desc_page3", "project = SALES ORDER BY updated DESC", 100),
                new ListCase("open_deals_updated_desc", "project = SALES AND issuetype in (Opportunity, Deal)"
                        + " AND statusCategory != Done ORDER BY updated DESC", 0),
                new ListCase("sales_default_order", "project = SALES", 0),
                new ListCase("sales_key_asc_deep", "project = SALES ORDER BY key", size / 4))) {
            JqlQuery query = JqlParser.parse(list.jql());
            int[][] results = index.read(columns -> compare(options, out, "list_" + list.name(), ratios,
                    () -> JqlOrder.page(query, JqlFilter.select(query, columns, context), columns, list.startAt(),
                            50, index::presorted),
                    () -> JqlOrder.page(query, JqlFilter.select(query, columns, context), columns, list.startAt(),
                            50)));
            if (!Arrays.equals(results[0], results[1])) {
                failures.add("list " + list.name() + " differs from the heap over every match");
            }
        }

        // The dashboard mix's text searches end to end (filter, text, page): the words and presorted rows against the
        // same filter with every text read (folded as it is scanned, the path before) and the heap.
        for (TextCase text : List.of(
                new TextCase("renewal_deals_by_updated", "project = SALES AND issuetype in (Opportunity, Deal)",
                        "summary", "renewal", " ORDER BY updated DESC"),
                new TextCase("trade_fair_any_text", "project = SALES", "text", "trade fair", ""),
                new TextCase("phrase_outbound_call", "project = SALES", "summary", "\"outbound call\"", ""),
                new TextCase("acme_summary", "project = SALES", "summary", "Acme", " ORDER BY created"))) {
            String jql = text.rest() + " AND " + text.field() + " ~ \"" + text.search().replace("\"", "\\\"") + "\""
                    + text.order();
            JqlQuery query = JqlParser.parse(jql);
            JqlQuery rest = JqlParser.parse(text.rest() + text.order());
            int[][] results = index.read(columns -> compare(options, out, "search_" + text.name(), ratios,
                    () -> JqlOrder.page(query, JqlFilter.select(query, columns, context), columns, 0, 50,
                            index::presorted),
                    () -> {
                        RowSet rows = JqlFilter.select(rest, columns, context)
                                .and(scannedTexts(text.search(), text.field(), columns));
                        return JqlOrder.page(query, rows, columns, 0, 50);
                    }));
            out.printf(Locale.ROOT, "search_%s page=%d%n", text.name(), results[0].length);
            if (!Arrays.equals(results[0], results[1])) {
                failures.add(jql + " differs from reading every text");
            }
        }

        for (String search : List.of("renewal", "\"outbound call\"", "Acme", "zzz")) {
            String jql = "summary ~ \"" + search.replace("\"", "\\\"") + "\"";
            JqlQuery query = JqlParser.parse(jql);
            String name = "text_" + search.replaceAll("[^A-Za-z]+", "_").replaceAll("^_|_$", "").toLowerCase(Locale.ROOT);
            int[][] results = index.read(columns -> compare(options, out, name, ratios,
                    () -> JqlFilter.select(query, columns, context).toArray(),
                    () -> scanEveryText(search, columns.summary(), columns.rows())));
            out.printf(Locale.ROOT, "%s matches=%d%n", name, results[0].length);
            if (!Arrays.equals(results[0], results[1])) {
                failures.add(jql + " differs from scanning every text");
            }
        }
        long texts = index.read(columns -> columns.summary().bytes() + columns.description().bytes());
        out.printf(Locale.ROOT, "text_bytes_per_issue=%.1f (the summaries and descriptions as the index holds them)%n",
                (double) texts / size);
        long words = index.read(columns -> columns.summary().wordBytes() + columns.description().wordBytes());
        out.printf(Locale.ROOT, "text_words_bytes_per_issue=%.1f presorted_bytes_per_issue=%.1f (what the searches"
                + " and issue lists above added to the index)%n", (double) words / size,
                (double) index.presortedBytes() / size);

        IssueTable table = workload.buildTable(Set.of(Column.KEY, Column.UPDATED));
        int[][] orders = compare(options, out, "whos_behind_order", ratios,
                () -> orderByKeyNumbers(table), () -> orderByParsedKeys(table));
        if (!Arrays.equals(orders[0], orders[1])) {
            failures.add("who's behind's order by key numbers differs from the order by parsed keys");
        }

        ratios.forEach(out::println);
        failures.forEach(failure -> err.println("FAILED: " + failure));
        return failures.isEmpty() ? 0 : 1;
    }

    private record Page(String name, String jql, int startAt) {
    }

    private record ListCase(String name, String jql, int startAt) {
    }

    /** A search of {@code field} within the rows of {@code rest}, in {@code order} (" ORDER BY …" or ""). */
    private record TextCase(String name, String rest, String field, String search, String order) {
    }

    /**
     * The rows whose summary, description (for {@code text}) or text fields (for {@code text}) hold every term, every
     * text read and folded as it is scanned: the search before it had words.
     */
    private static RowSet scannedTexts(String search, String field, IndexColumns columns) {
        List<String> terms = TextSearch.terms(search);
        List<String> folded = terms.stream().map(FoldedText::of).toList();
        Predicate<String> asItIs = text -> terms.stream().allMatch(term -> TextSearch.contains(text, term));
        int rows = columns.rows();
        RowSet found = RowSet.none(rows);
        columns.summary().scan(folded, asItIs, rows, found);
        if (field.equals("text")) {
            columns.description().scan(folded, asItIs, rows, found);
            for (CustomField custom : columns.fields()) {
                if (custom.type() == FieldType.TEXT) {
                    IndexCodedColumn<String> coded = columns.coded(custom);
                    coded.select(coded.codesWhere(asItIs), rows, found);
                }
            }
        }
        return found;
    }

    /** Times both in turns; prints the medians and keeps the ratio line; gives both results. */
    private static int[][] compare(BenchOptions options, PrintStream out, String name, List<String> ratios,
            Callable<int[]> topk, Callable<int[]> baseline) {
        try {
            MedianTimer<int[]> fast = new MedianTimer<>(options.runs(), topk);
            MedianTimer<int[]> slow = new MedianTimer<>(options.runs(), baseline);
            MedianTimer.inTurns(options.warmup(), options.runs(), fast, slow);
            out.printf(Locale.ROOT, "%s new: %s%n", name, fast);
            out.printf(Locale.ROOT, "%s baseline: %s%n", name, slow);
            ratios.add(String.format(Locale.ROOT, "%s_ratio_new_vs_baseline=%.4f (new %.2f ms, baseline %.2f ms)",
                    name, fast.medianMillis() / slow.medianMillis(), fast.medianMillis(), slow.medianMillis()));
            return new int[][] {fast.last(), slow.last()};
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed", e);
        }
    }

    /** The baseline of a page: every match boxed and sorted, then the page cut out, as the issue list did before. */
    private static int[] sortAllThenSlice(JqlQuery query, RowSet rows, IndexColumns columns, int startAt,
            int maxResults) {
        RowOrder order = JqlOrder.order(query, columns);
        Integer[] boxed = Arrays.stream(rows.toArray()).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, order::compare);
        int end = Math.min(boxed.length, startAt + maxResults);
        int[] page = new int[Math.max(0, end - startAt)];
        for (int i = startAt; i < end; i++) {
            page[i - startAt] = boxed[i];
        }
        return page;
    }

    /** The baseline of {@code summary ~}: each word looked for at every place of every text, ignoring case. */
    private static int[] scanEveryText(String search, IndexTextColumn texts, int rows) {
        List<String> terms = TextSearch.terms(search);
        RowSet found = RowSet.none(rows);
        for (int row = 0; row < rows; row++) {
            String text = texts.value(row);
            boolean all = true;
            for (String term : terms) {
                all &= TextSearch.contains(text, term);
            }
            if (all) {
                found.add(row);
            }
        }
        return found.toArray();
    }

    /** Who's behind's lists now: the day, then the key's prefix rank and number read once per row. */
    private static int[] orderByKeyNumbers(IssueTable table) {
        record Late(int row, int day, long keyOrder) {
        }
        DateColumn updated = table.dates(Column.UPDATED);
        KeyColumn.LongKeyOrder keys = table.keys().order();
        List<Late> late = new ArrayList<>(table.size());
        for (int row = 0; row < table.size(); row++) {
            late.add(new Late(row, updated.day(row), keys.of(row)));
        }
        late.sort(Comparator.comparingInt(Late::day).thenComparingLong(Late::keyOrder));
        return late.stream().mapToInt(Late::row).toArray();
    }

    /** Who's behind's lists before: the key text split and parsed in every comparison. */
    private static int[] orderByParsedKeys(IssueTable table) {
        record Late(int row, String key, int day) {
        }
        DateColumn updated = table.dates(Column.UPDATED);
        KeyColumn keys = table.keys();
        List<Late> late = new ArrayList<>(table.size());
        for (int row = 0; row < table.size(); row++) {
            late.add(new Late(row, keys.key(row), updated.day(row)));
        }
        late.sort(Comparator.comparingInt(Late::day).thenComparing(Late::key, (a, b) -> {
            int dashA = a.lastIndexOf('-');
            int dashB = b.lastIndexOf('-');
            int byProject = a.substring(0, dashA).compareTo(b.substring(0, dashB));
            return byProject != 0 ? byProject
                    : Long.compare(Long.parseLong(a.substring(dashA + 1)), Long.parseLong(b.substring(dashB + 1)));
        }));
        return late.stream().mapToInt(Late::row).toArray();
    }
}
