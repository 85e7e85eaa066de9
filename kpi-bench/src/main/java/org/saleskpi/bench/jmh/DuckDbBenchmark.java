package org.saleskpi.bench.jmh;

import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.saleskpi.bench.DuckDbRun;
import org.saleskpi.bench.KpiFigures;
import org.saleskpi.bench.Workload;

/**
 * The DuckDB side of the bench under JMH, for a like-for-like figure beside {@link EngineBenchmark#fullRun}:
 * ENUM strings (the bench's default) and VARCHAR, on every core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DuckDbBenchmark {
    @Param("1000000")
    public int issues;

    @Param("42")
    public long seed;

    @Param({"ENUM", "VARCHAR"})
    public DuckDbRun.Strings strings;

    private DuckDbRun duckdb;

    @Setup
    public void load() throws SQLException {
        Workload workload = Workload.of(seed, issues, ZoneId.of("Europe/Berlin"));
        duckdb = DuckDbRun.load(workload, workload.buildTable(), strings, DuckDbRun.allCores());
    }

    @TearDown
    public void close() throws SQLException {
        duckdb.close();
    }

    @Benchmark
    public KpiFigures allQueries() throws SQLException {
        return duckdb.compute();
    }
}
