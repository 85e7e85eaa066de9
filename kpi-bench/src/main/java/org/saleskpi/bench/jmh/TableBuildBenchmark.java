package org.saleskpi.bench.jmh;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import org.saleskpi.bench.Workload;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;

/** Building the columnar table from records already in memory: the cost an issue source pays per load. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TableBuildBenchmark {
    /** Records are held in memory for this one, so fewer than the bench's million. */
    @Param("200000")
    public int issues;

    @Param("42")
    public long seed;

    private Workload workload;
    private List<IssueRecord> records;

    @Setup
    public void generate() {
        workload = Workload.of(seed, issues, ZoneId.of("Europe/Berlin"));
        records = new ArrayList<>(issues);
        workload.stream(records::add);
    }

    @Benchmark
    public IssueTable build() {
        IssueTable.Builder builder = IssueTable.builder(workload.zone(), workload.columns());
        for (IssueRecord record : records) {
            builder.add(record);
        }
        return builder.build();
    }
}
