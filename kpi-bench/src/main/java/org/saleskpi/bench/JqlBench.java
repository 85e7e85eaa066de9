package org.saleskpi.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.saleskpi.core.issue.IssueTable;

/**
 * Times the standalone server's JQL over its issue index of the bench's demo issues: index build
 * and heap per issue, the won-or-lost deals filter against a hand-written loop in the same
 * process, and loading the KPI columns through the issue source against building the same
 * table one issue record per row, as the source did before. Run with
 * {@code java -Xmx2g -cp kpi-bench/target/kpi-bench.jar org.saleskpi.bench.JqlBench --issues 1000000}
 * (it takes BenchMain's options; those about DuckDB are ignored).
 */
public final class JqlBench {
    private JqlBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions.main(args, JqlBench::run);
    }

    /** Runs the bench and returns the process's exit status: 1 when JQL and the loop disagree. */
    static int run(BenchOptions options, PrintStream out, PrintStream err) throws Exception {
        Workload workload = Workload.of(options.seed(), options.issues(), options.zone());
        // A small index first, so that class loading is not charged to the big one.
        IndexedDemo.build(Workload.of(options.seed(), 1_000, options.zone())).filter();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = TableFootprint.settledHeap(memory);
        long start = System.nanoTime();
        IndexedDemo demo = IndexedDemo.build(workload);
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        long heap = TableFootprint.settledHeap(memory) - before;
        int size = demo.index().size();
        out.printf(Locale.ROOT, "issues=%d index_build_ms=%d (generating the issues included)%n", size, buildMillis);
        out.printf(Locale.ROOT, "index_bytes_per_issue=%.1f (heap delta %d bytes; arrays alone %.1f per issue)%n",
                (double) heap / size, heap, (double) demo.index().arrayBytes() / size);

        MedianTimer<Integer> jql = new MedianTimer<>(options.runs(), demo::filter);
        MedianTimer<Integer> baseline = new MedianTimer<>(options.runs(), demo::baseline);
        for (int i = 0; i < options.warmup(); i++) {
            jql.warmUp();
            baseline.warmUp();
        }
        for (int i = 0; i < options.runs(); i++) {
            jql.time();
            baseline.time();
        }
        // Gathering columns against the former record-per-row path, taking turns in this JVM.
        MedianTimer<IssueTable> load = new MedianTimer<>(options.runs(), demo::load);
        MedianTimer<IssueTable> rowwise = new MedianTimer<>(options.runs(), demo::loadRowwise);
        for (int i = 0; i < Math.min(options.warmup(), 3); i++) {
            load.warmUp();
            rowwise.warmUp();
        }
        for (int i = 0; i < options.runs(); i++) {
            load.time();
            rowwise.time();
        }
        MedianTimer<IssueTable> cached = MedianTimer.alone(1, options.runs(), demo::loadCached);

        out.printf(Locale.ROOT, "jql=%s matches=%d%n", IndexedDemo.FILTER, jql.last());
        out.printf(Locale.ROOT, "jql_runs: %s%n", jql);
        out.printf(Locale.ROOT, "baseline_runs: %s%n", baseline);
        out.printf(Locale.ROOT, "load_runs: %s rows=%d columns=%d%n", load, load.last().size(),
                load.last().columns().size());
        out.printf(Locale.ROOT, "load_rowwise_runs: %s%n", rowwise);
        out.printf(Locale.ROOT, "load_cached_runs: %s%n", cached);
        out.printf(Locale.ROOT, "jql_filter_ms=%.2f%n", jql.medianMillis());
        out.printf(Locale.ROOT, "jql_baseline_ms=%.2f%n", baseline.medianMillis());
        out.printf(Locale.ROOT, "ratio_jql_vs_baseline=%.3f%n", jql.medianMillis() / baseline.medianMillis());
        out.printf(Locale.ROOT, "load_kpi_columns_ms=%.2f%n", load.medianMillis());
        out.printf(Locale.ROOT, "load_columnwise_ms=%.2f%n", load.medianMillis());
        out.printf(Locale.ROOT, "load_rowwise_ms=%.2f%n", rowwise.medianMillis());
        out.printf(Locale.ROOT, "ratio_load_columnwise_vs_rowwise=%.3f%n",
                load.medianMillis() / rowwise.medianMillis());
        if (!jql.last().equals(baseline.last())) {
            err.printf(Locale.ROOT, "FAILED: JQL selects %d issues, the loop %d%n", jql.last(), baseline.last());
            return 1;
        }
        if (!IndexedDemo.sameCells(load.last(), rowwise.last())
                || !IndexedDemo.sameCells(cached.last(), load.last())) {
            err.printf(Locale.ROOT, "FAILED: the loaded table differs from the one built row by row%n");
            return 1;
        }
        return 0;
    }
}
