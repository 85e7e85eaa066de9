package org.saleskpi.bench.jmh;

import java.time.ZoneId;
import java.util.Map;
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
import org.saleskpi.bench.EngineRun;
import org.saleskpi.bench.Workload;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiResult;

/**
 * The engine's hot loops over a built table: the bench's full run, each of its two calls, and
 * single KPIs that exercise one kind of leaf (a count, a sum, a median, first-seen customers).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
    @Param("1000000")
    public int issues;

    @Param("42")
    public long seed;

    private EngineRun run;

    @Setup
    public void build() {
        Workload workload = Workload.of(seed, issues, ZoneId.of("Europe/Berlin"));
        run = new EngineRun(workload, workload.buildTable());
    }

    @Benchmark
    public EngineRun.Results fullRun() {
        return run.compute();
    }

    @Benchmark
    public Map<Kpi, KpiResult> monthlyCall() {
        return run.computeMonthly();
    }

    @Benchmark
    public Map<Kpi, KpiResult> byRepCall() {
        return run.computeByRep();
    }

    /** A count over one filter and one date: new leads. */
    @Benchmark
    public Map<Kpi, KpiResult> countKpi() {
        return run.computeOne(Kpi.NEW_LEADS);
    }

    /** A sum and a count over won deals: won revenue. */
    @Benchmark
    public Map<Kpi, KpiResult> sumKpi() {
        return run.computeOne(Kpi.WON_REVENUE);
    }

    /** Mean and median of days: sales cycle, the one that keeps lists per cell. */
    @Benchmark
    public Map<Kpi, KpiResult> medianKpi() {
        return run.computeOne(Kpi.SALES_CYCLE);
    }

    /** Running sums and first-seen customers: historical CLV. */
    @Benchmark
    public Map<Kpi, KpiResult> firstSeenKpi() {
        return run.computeOne(Kpi.CLV);
    }
}
