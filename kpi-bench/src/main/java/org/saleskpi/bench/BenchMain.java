package org.saleskpi.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saleskpi.bench.load.LoadBench;
import org.saleskpi.bench.load.LoadOptions;
import org.saleskpi.core.gadget.Additive;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.Unit;

/**
 * Generates the demo data set, computes every KPI with the engine and with DuckDB in the same
 * process, fails (exit 1) when any figure differs, and prints the timings and the table's bytes
 * per issue. Run with {@code java -jar kpi-bench.jar --issues 1000000}; {@code history} first runs
 * {@link HistoryBench} instead, {@code jira-dashboard} {@link JiraDashboardBench},
 * {@code jira-sync} {@link JiraSyncBench}, {@code import} {@link ImportBench}, {@code topk} {@link TopkBench},
 * {@code load} {@link LoadBench}, {@code patch} {@link PatchBench}.
 */
public final class BenchMain {
    /** Mismatches beyond this many are counted but not printed. */
    private static final int MISMATCHES_SHOWN = 50;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("history")) {
            BenchOptions.main(Arrays.copyOfRange(args, 1, args.length), HistoryBench::parse, HistoryBench::run);
            return;
        }
        if (args.length > 0 && args[0].equals("jira-dashboard")) {
            BenchOptions.main(Arrays.copyOfRange(args, 1, args.length), JiraDashboardBench::parse,
                    JiraDashboardBench::run);
            return;
        }
        if (args.length > 0 && args[0].equals("topk")) {
            BenchOptions.main(Arrays.copyOfRange(args, 1, args.length), TopkBench::parse, TopkBench::run);
            return;
        }
        if (args.length > 0 && args[0].equals("jira-sync")) {
            BenchOptions.main(Arrays.copyOfRange(args, 1, args.length), JiraSyncBench::parse, JiraSyncBench::run);
            return;
        }
        if (args.length > 0 && args[0].equals("patch")) {
            BenchOptions.main(Arrays.copyOfRange(args, 1, args.length), PatchBench::parse, PatchBench::run);
            return;
        }
        if (args.length > 0 && args[0].equals("import")) {
            BenchOptions.main(Arrays.copyOfRange(args, 1, args.length), ImportBench::parse, ImportBench::run);
            return;
        }
        if (args.length > 0 && args[0].equals("load")) {
            load(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        BenchOptions.main(args, BenchMain::run);
    }

    /** {@code load}: its own options (a wrong command line exits 2 with its message). */
    private static void load(String[] args) throws Exception {
        LoadOptions options;
        try {
            options = LoadBench.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(LoadBench.run(options, System.out, System.err));
    }

    /** Runs the bench and returns the process's exit status. */
    static int run(BenchOptions options, PrintStream out, PrintStream err) throws Exception {
        Workload workload = Workload.of(options.seed(), options.issues(), options.zone());
        out.printf(Locale.ROOT, "issues=%d edge_issues=%d seed=%d zone=%s data=%s compared=%s..%s months=%d"
                + " runs=%d warmup=%d%n", options.issues(), workload.issueCount() - options.issues(), options.seed(),
                options.zone(), workload.spec().window(),
                YearMonth.from(workload.months().get(0).start()),
                YearMonth.from(workload.months().get(workload.months().size() - 1).start()),
                workload.months().size(), options.runs(), options.warmup());
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        out.printf(Locale.ROOT, "java=%s processors=%d load_average=%.2f max_heap_mb=%d%n",
                System.getProperty("java.vm.version"), system.getAvailableProcessors(),
                system.getSystemLoadAverage(), Runtime.getRuntime().maxMemory() >> 20);

        // The memory goal is stated for every standard column plus the custom ones the KPIs read; the
        // engine's own table holds only the columns the KPIs read and is smaller.
        TableFootprint footprint = TableFootprint.measure(workload, workload.footprintColumns());
        TableFootprint kpiTable = TableFootprint.measure(workload, workload.columns());
        out.printf(Locale.ROOT, "table_build_ms=%d columns=%s%n", kpiTable.buildMillis(), ids(workload.columns()));

        EngineRun engine = new EngineRun(workload, kpiTable.table());
        try (DuckDbRun duckdb = DuckDbRun.load(workload, kpiTable.table(), options.duckdbStrings(),
                options.duckdbThreads())) {
            out.printf(Locale.ROOT, "duckdb_load_ms=%d duckdb_rows=%d engine_threads=%d duckdb_threads=%s"
                    + " duckdb_version=%s strings=%s%n", duckdb.loadMillis(), duckdb.rowCount(), EngineRun.THREADS,
                    duckdb.setting("threads"), duckdb.version(),
                    options.duckdbStrings().name().toLowerCase(Locale.ROOT));

            MedianTimer<EngineRun.Results> engineTiming = new MedianTimer<>(options.runs(), engine::compute);
            MedianTimer<KpiFigures> duckdbTiming = new MedianTimer<>(options.runs(), duckdb::compute);
            MedianTimer.inTurns(options.warmup(), options.runs(), engineTiming, duckdbTiming);

            KpiFigures engineFigures = engine.figures(engineTiming.last());
            KpiFigures duckdbFigures = duckdbTiming.last();
            List<Comparison.Mismatch> mismatches = Comparison.compare(engineFigures, duckdbFigures);
            printFigures(engineFigures, workload.engine().catalog(), mismatches, out);
            if (options.profile()) {
                profile(engine, options, out);
            }
            out.printf(Locale.ROOT, "load_average_after=%.2f%n", system.getSystemLoadAverage());
            out.printf(Locale.ROOT, "engine_runs: %s%n", engineTiming);
            out.printf(Locale.ROOT, "duckdb_runs: %s%n", duckdbTiming);
            out.printf(Locale.ROOT, "bytes_per_issue_counted=%.2f (rowBytes=%d dictionaryBytes=%d size=%d)%n",
                    footprint.countedPerIssue(), footprint.table().rowBytes(), footprint.table().dictionaryBytes(),
                    footprint.table().size());
            out.printf(Locale.ROOT, "bytes_per_issue_heap=%.2f (heap delta %d bytes; %s)%n",
                    footprint.heapPerIssue(), footprint.heapBytes(), footprint.heapNote());
            out.printf(Locale.ROOT, "kpi_table_bytes_per_issue=%.2f (the %d columns the KPIs read)%n",
                    kpiTable.bytesPerIssue(), workload.columns().size());
            out.printf(Locale.ROOT, "bytes_per_issue=%.2f (%s; %d columns: %s)%n", footprint.bytesPerIssue(),
                    footprint.heapReliable() ? "heap" : "counted: the heap measurement was not reliable",
                    footprint.table().columns().size(), String.join(", ", ids(footprint.table().columns())));
            out.printf(Locale.ROOT, "engine_ms=%.2f%n", engineTiming.medianMillis());
            out.printf(Locale.ROOT, "duckdb_ms=%.2f%n", duckdbTiming.medianMillis());
            out.printf(Locale.ROOT, "ratio_engine_vs_duckdb=%.3f%n",
                    engineTiming.medianMillis() / duckdbTiming.medianMillis());
            if (!mismatches.isEmpty()) {
                mismatches.stream().limit(MISMATCHES_SHOWN).forEach(err::println);
                err.printf(Locale.ROOT, "FAILED: %d cells differ between the engine and DuckDB%n", mismatches.size());
                return 1;
            }
            return 0;
        }
    }

    private static List<String> ids(Collection<Column> columns) {
        return columns.stream().map(Column::id).sorted().toList();
    }

    /** One line per figure: how many cells have a value, their sum (counts, money) or mean (the others). */
    private static void printFigures(KpiFigures figures, KpiCatalog catalog, List<Comparison.Mismatch> mismatches,
            PrintStream out) {
        Map<KpiFigures.Id, Integer> wrong = new LinkedHashMap<>();
        mismatches.forEach(m -> wrong.merge(m.id(), 1, Integer::sum));
        for (KpiFigures.Id id : figures.order()) {
            KpiFigures.Series series = figures.get(id);
            List<BigDecimal> present = new ArrayList<>();
            series.groups().values().forEach(row -> {
                for (BigDecimal cell : row) {
                    if (cell != null) {
                        present.add(cell);
                    }
                }
            });
            BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean additive = isAdditive(catalog.define(id.kpi()).figure(id.figure()).metric());
            String summary = additive ? "total=" + sum.toPlainString()
                    : "mean=" + (present.isEmpty() ? "-"
                            : sum.divide(BigDecimal.valueOf(present.size()), new MathContext(8)).toPlainString());
            int cells = series.groups().size() * figures.months().size();
            int bad = wrong.getOrDefault(id, 0);
            out.printf(Locale.ROOT, "%s months=%d groups=%d present=%d/%d %s %s%n", id, figures.months().size(),
                    series.groups().size(), present.size(), cells, summary,
                    bad == 0 ? "same_in_duckdb" : "MISMATCH(" + bad + ")");
        }
    }

    /**
     * Counts and money that each issue adds to one month only add up over months: counts and sums of
     * the issues dated in the month, their previous month's value, per-month inputs (targets), first
     * sightings and lapses. Ratios, means, distinct counts and stocks (customers at start, to date) do not.
     */
    static boolean isAdditive(Metric metric) {
        if (metric.unit() != Unit.COUNT && metric.unit() != Unit.AMOUNT) {
            return false;
        }
        if (metric instanceof Metric.Previous previous) {
            return isAdditive(previous.metric());
        }
        if (metric instanceof Metric.FirstSeen firstSeen) {
            return !firstSeen.throughEnd();
        }
        return metric instanceof Metric.Input || metric instanceof Metric.Lapsed || Additive.is(metric);
    }

    /**
     * What each KPI costs: alone, and as the time it adds to the monthly call (the full call less
     * the call without it), since KPIs in one call share the decoding and the filters.
     */
    private static void profile(EngineRun engine, BenchOptions options, PrintStream out) throws Exception {
        double monthly = MedianTimer.alone(options.warmup(), options.runs(), engine::computeMonthly).medianMillis();
        double byRep = MedianTimer.alone(options.warmup(), options.runs(), engine::computeByRep).medianMillis();
        out.printf(Locale.ROOT, "profile monthly_call_ms=%.2f by_rep_call_ms=%.2f%n", monthly, byRep);
        for (Kpi kpi : Workload.MONTHLY) {
            double alone = MedianTimer.alone(options.warmup(), options.runs(), () -> engine.computeOne(kpi))
                    .medianMillis();
            double without = MedianTimer.alone(options.warmup(), options.runs(),
                    () -> engine.computeMonthlyWithout(kpi)).medianMillis();
            out.printf(Locale.ROOT, "profile %s alone_ms=%.2f adds_to_monthly_call_ms=%.2f%n", kpi.key(), alone,
                    monthly - without);
        }
    }
}
