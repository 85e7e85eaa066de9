package org.saleskpi.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.server.demo.DemoLoader;
import org.saleskpi.server.issues.TrackedIndex;

/**
 * What one write costs the next load of a kept table (ADR 0040, 0049): the demo's issues with their histories in an
 * index that holds its change log, as the standalone server's; the whole project's table loaded with history (the
 * funnel's status, and the pipeline movement's status, resolution and amount) and without; then, run after run, one
 * issue written (its amount changed, the change recorded) and the next load timed (the patch), against a load of the
 * same table from scratch in the same process (the baseline, taken in turns). Each patched table is checked against
 * the fresh one (rows, changes); a difference exits 1. Run with
 * {@code java -Xmx3g -jar kpi-bench/target/kpi-bench.jar patch --issues 200000}.
 */
public final class PatchBench {
    static final String USAGE = "usage: java -jar kpi-bench.jar patch [--issues 200000] [--seed 42] [--runs 15]"
            + " [--warmup 3] [--zone Europe/Berlin]";
    private static final String[] DEFAULTS = {"--issues", "200000", "--runs", "15", "--warmup", "3"};
    private static final int BATCH = 5_000;
    /** The loading thread's own CPU time: what other processes on a shared machine inflate least. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final UserRef ADMIN = new UserRef("admin", "Admin");
    private static final Column AMOUNT = Column.custom(DemoSalesModel.AMOUNT_FIELD, FieldType.NUMBER);
    private static final Column CLOSE_DATE = Column.custom(DemoSalesModel.CLOSE_DATE_FIELD, FieldType.DATE);
    private static final Column FORECAST = Column.custom(DemoSalesModel.FORECAST_CATEGORY_FIELD, FieldType.OPTION);
    private static final Set<Column> COLUMNS = new LinkedHashSet<>(List.of(Column.KEY, Column.STATUS,
            Column.STATUS_CATEGORY, Column.ASSIGNEE, Column.CREATED, Column.RESOLVED, Column.UPDATED, AMOUNT,
            CLOSE_DATE, FORECAST));

    private PatchBench() {
    }

    /** The options after {@code patch}, over this command's defaults. */
    static BenchOptions parse(String... args) {
        return BenchOptions.parse(DEFAULTS, USAGE, args);
    }

    static int run(BenchOptions options, PrintStream out, PrintStream err) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Clock clock = Clock.fixed(now, options.zone());
        IssueIndex index = TrackedIndex.empty(options.zone());
        DemoLoader.FIELDS.forEach(index::defineField);
        List<IndexedIssue> issues = new ArrayList<>(BATCH);
        List<IssueHistory> histories = new ArrayList<>(BATCH);
        DemoIssues.generate(DemoLoader.spec(now, options.zone(), options.issues()), (record, history) -> {
            issues.add(DemoLoader.describe(record, options.zone()));
            histories.add(history);
            if (issues.size() == BATCH) {
                index.upsert(issues, histories);
                issues.clear();
                histories.clear();
            }
        });
        index.upsert(issues, histories);
        out.printf(Locale.ROOT, "issues=%d changes=%d runs=%d warmup=%d (medians taken in turns with the baseline;"
                + " other processes on the machine make them noise, the ratios are the figure)%n", index.size(),
                index.changeCount(), options.runs(), options.warmup());

        Visibility everything = new Visibility(Set.copyOf(index.projects()), Set.of());
        IndexedIssueSource kept = new IndexedIssueSource(index, (user, projects) -> everything, clock, options.zone());
        IndexedIssueSource none = new IndexedIssueSource(index, (user, projects) -> everything, clock, options.zone(),
                0, 0);
        String jql = "project = " + DemoSpec.DEFAULT_PROJECT_KEY;
        Map<String, IssueQuery> queries = new java.util.LinkedHashMap<>();
        queries.put("plain", new IssueQuery(jql, ADMIN, COLUMNS, options.zone()));
        queries.put("history_status", new IssueQuery(jql, ADMIN, COLUMNS, options.zone(), Set.of(Column.STATUS)));
        queries.put("history_movement", new IssueQuery(jql, ADMIN, COLUMNS, options.zone(),
                Set.of(Column.STATUS, Column.RESOLUTION, AMOUNT)));
        queries.put("history_all_tracked", new IssueQuery(jql, ADMIN, COLUMNS, options.zone(),
                index.read(columns -> columns.changes().orElseThrow().tracked())));

        Random random = new Random(options.seed());
        List<String> keys = List.copyOf(index.read(columns -> {
            List<String> all = new ArrayList<>(columns.rows());
            for (int row = 0; row < columns.rows(); row++) {
                all.add(columns.key(row));
            }
            return all;
        }));
        List<String> ratios = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, IssueQuery> named : queries.entrySet()) {
            IssueQuery query = named.getValue();
            kept.load(query);
            double[] patch = new double[options.runs()];
            double[] fresh = new double[options.runs()];
            double[] patchCpu = new double[options.runs()];
            double[] freshCpu = new double[options.runs()];
            for (int run = -options.warmup(); run < options.runs(); run++) {
                writeOne(index, keys.get(random.nextInt(keys.size())), run);
                long cpu = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                IssueTable patched = kept.load(query);
                long patchedAt = System.nanoTime();
                long patchedCpu = THREADS.getCurrentThreadCpuTime();
                IssueTable loaded = none.load(query);
                long loadedAt = System.nanoTime();
                long loadedCpu = THREADS.getCurrentThreadCpuTime();
                if (run >= 0) {
                    patch[run] = (patchedAt - start) / 1e6;
                    fresh[run] = (loadedAt - patchedAt) / 1e6;
                    patchCpu[run] = (patchedCpu - cpu) / 1e6;
                    freshCpu[run] = (loadedCpu - patchedCpu) / 1e6;
                }
                String difference = difference(patched, loaded);
                if (difference != null) {
                    failures.add(named.getKey() + " run " + run + ": " + difference);
                }
            }
            double patchMs = median(patch);
            double freshMs = median(fresh);
            double patchCpuMs = median(patchCpu);
            double freshCpuMs = median(freshCpu);
            out.printf(Locale.ROOT, "%s rows=%d patch_ms=%.2f fresh_ms=%.2f patch_cpu_ms=%.2f fresh_cpu_ms=%.2f%n",
                    named.getKey(), kept.load(query).size(), patchMs, freshMs, patchCpuMs, freshCpuMs);
            ratios.add(String.format(Locale.ROOT, "%s_ratio_patch_vs_fresh=%.4f (thread CPU: patch %.2f ms, fresh"
                    + " %.2f ms; wall: patch %.2f ms, fresh %.2f ms)", named.getKey(), patchCpuMs / freshCpuMs,
                    patchCpuMs, freshCpuMs, patchMs, freshMs));
        }
        ratios.forEach(out::println);
        failures.forEach(failure -> err.println("FAILED: " + failure));
        return failures.isEmpty() ? 0 : 1;
    }

    /** The issue's amount raised by one, its history the change alone (as an edit the server records). */
    private static void writeOne(IssueIndex index, String key, int run) {
        IndexedIssue issue = index.get(key).orElseThrow();
        IssueRecord record = issue.record();
        BigDecimal amount = record.field(DemoSalesModel.AMOUNT_FIELD)
                .map(value -> ((FieldValue.NumberValue) value).value()).orElse(BigDecimal.ZERO);
        BigDecimal raised = amount.add(BigDecimal.ONE);
        Map<String, FieldValue> fields = new HashMap<>(record.fields());
        fields.put(DemoSalesModel.AMOUNT_FIELD, FieldValue.number(raised));
        Instant at = record.updated().plusSeconds(60 + run);
        IssueRecord written = new IssueRecord(record.key(), record.project(), record.issueType(), record.status(),
                record.statusCategory(), record.resolution(), record.assignee(), record.reporter(), record.created(),
                at, record.resolved(), record.due(), fields);
        IssueHistory history = IssueHistory.of(key, record.created(), List.of(Change.of(at,
                DemoSalesModel.AMOUNT_FIELD, amount.toPlainString(), raised.toPlainString(), "bench")));
        index.upsert(List.of(new IndexedIssue(written, issue.summary(), issue.description(), issue.labels())),
                List.of(history));
    }

    /** Where the two tables differ in rows or changes, or null. */
    private static String difference(IssueTable patched, IssueTable loaded) {
        if (patched.size() != loaded.size()) {
            return "rows " + patched.size() + " != " + loaded.size();
        }
        for (int row = 0; row < patched.size(); row++) {
            if (!patched.keys().key(row).equals(loaded.keys().key(row))) {
                return "row " + row + " holds " + patched.keys().key(row) + ", not " + loaded.keys().key(row);
            }
        }
        if (loaded.history().isEmpty()) {
            return null;
        }
        ChangeTable a = patched.history().orElseThrow();
        ChangeTable b = loaded.history().orElseThrow();
        if (a.changeCount() != b.changeCount()) {
            return "changes " + a.changeCount() + " != " + b.changeCount();
        }
        for (int row = 0; row < a.size(); row++) {
            if (a.end(row) - a.start(row) != b.end(row) - b.start(row) || a.known(row) != b.known(row)) {
                return "changes of row " + row;
            }
            for (int i = a.start(row), j = b.start(row); i < a.end(row); i++, j++) {
                if (a.atSecond(i) != b.atSecond(j) || !a.column(i).equals(b.column(j))
                        || a.fromCode(i) != b.fromCode(j) || a.toCode(i) != b.toCode(j)) {
                    return "change " + (i - a.start(row)) + " of row " + row;
                }
            }
        }
        return null;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
