package org.saleskpi.bench.jmh;

import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.saleskpi.bench.IndexedDemo;
import org.saleskpi.bench.Workload;
import org.saleskpi.core.issue.IssueTable;

/** The won-or-lost deals JQL filter over the server's issue index, its hand-written loop, and a KPI load. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class JqlFilterBenchmark {
    @Param("1000000")
    public int issues;

    @Param("42")
    public long seed;

    private IndexedDemo demo;

    @Setup
    public void build() {
        demo = IndexedDemo.build(Workload.of(seed, issues, ZoneId.of("Europe/Berlin")));
    }

    @Benchmark
    public int jqlFilter() {
        return demo.filter();
    }

    @Benchmark
    public int handWrittenLoop() {
        return demo.baseline();
    }

    @Benchmark
    public IssueTable loadKpiColumns() {
        return demo.load();
    }
}
