package org.saleskpi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.DoubleSupplier;

/**
 * Times one kind of run: {@link #warmUp()} runs are not kept, {@link #time()} runs are, and the
 * figure is their median wall time. Two timers can take turns so that load from other processes
 * on the machine falls on both sides alike. The process's CPU time per run is kept beside it: it
 * shows the work done (DuckDB's on all its threads), which other processes do not inflate; it is
 * NaN, printed n/a, on a JVM without HotSpot's OperatingSystemMXBean.
 */
public final class MedianTimer<T> {
    private static final OperatingSystemMXBean SYSTEM = ManagementFactory.getOperatingSystemMXBean();

    private final Callable<T> run;
    private final DoubleSupplier cpuNanos;
    private final double[] millis;
    private final double[] cpuMillis;
    private int timed;
    private T last;

    public MedianTimer(int runs, Callable<T> run) {
        this(runs, run, MedianTimer::processCpuNanos);
    }

    /** With another CPU clock: one that gives NaN stands for a JVM that cannot tell. */
    MedianTimer(int runs, Callable<T> run, DoubleSupplier cpuNanos) {
        if (runs < 1) {
            throw new IllegalArgumentException("at least one timed run is needed");
        }
        this.run = run;
        this.cpuNanos = cpuNanos;
        this.millis = new double[runs];
        this.cpuMillis = new double[runs];
    }

    /**
     * Warms both up {@code warmup} times, then times them {@code runs} times in turns: taking turns spreads the load
     * of other processes on the machine over both sides alike.
     */
    static void inTurns(int warmup, int runs, MedianTimer<?> first, MedianTimer<?> second) throws Exception {
        for (int i = 0; i < warmup; i++) {
            first.warmUp();
            second.warmUp();
        }
        for (int i = 0; i < runs; i++) {
            first.time();
            second.time();
        }
    }

    public void warmUp() throws Exception {
        last = run.call();
    }

    public void time() throws Exception {
        double cpu = cpuNanos.getAsDouble();
        long start = System.nanoTime();
        last = run.call();
        millis[timed] = (System.nanoTime() - start) / 1e6;
        cpuMillis[timed] = (cpuNanos.getAsDouble() - cpu) / 1e6;
        timed++;
    }

    /** The result of the latest run. */
    public T last() {
        return last;
    }

    public double medianMillis() {
        return median(millis);
    }

    /** Median CPU time of the whole process per run (JIT and GC threads included); NaN where the JVM cannot tell. */
    public double medianCpuMillis() {
        return median(cpuMillis);
    }

    private double median(double[] values) {
        if (timed < values.length) {
            throw new IllegalStateException(timed + " of " + values.length + " runs timed");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            // Sorting puts NaN last: one unknown run leaves the median unknown too.
            return Double.NaN;
        }
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** NaN when the JVM cannot tell: HotSpot's bean is missing, or it reports -1 (not supported). */
    private static double processCpuNanos() {
        if (SYSTEM instanceof com.sun.management.OperatingSystemMXBean hotspot) {
            long nanos = hotspot.getProcessCpuTime();
            return nanos < 0 ? Double.NaN : nanos;
        }
        return Double.NaN;
    }

    @Override
    public String toString() {
        double cpu = medianCpuMillis();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "median=%.2f ms cpu_median=%s runs=[",
                medianMillis(), Double.isNaN(cpu) ? "n/a" : String.format(Locale.ROOT, "%.2f ms", cpu)));
        for (int i = 0; i < millis.length; i++) {
            text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", millis[i]));
        }
        return text.append(']').toString();
    }

    /** Warms up and times one run alone. */
    public static <T> MedianTimer<T> alone(int warmup, int runs, Callable<T> run) throws Exception {
        MedianTimer<T> timer = new MedianTimer<>(runs, run);
        for (int i = 0; i < warmup; i++) {
            timer.warmUp();
        }
        for (int i = 0; i < runs; i++) {
            timer.time();
        }
        return timer;
    }
}
