package org.saleskpi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Times one kind of run: {@link #warmUp()} runs are not kept, {@link #time()} runs are, and the
 * figure is their median wall time. Two timers can take turns so that load from other processes
 * on the machine falls on both sides alike. The process's CPU time per run is kept beside it: it
 * shows the work done (DuckDB's on all its threads), which other processes do not inflate.
 */
public final class MedianTimer<T> {
    private static final OperatingSystemMXBean SYSTEM = ManagementFactory.getOperatingSystemMXBean();

    private final Callable<T> run;
    private final double[] millis;
    private final double[] cpuMillis;
    private int timed;
    private T last;

    public MedianTimer(int runs, Callable<T> run) {
        if (runs < 1) {
            throw new IllegalArgumentException("at least one timed run is needed");
        }
        this.run = run;
        this.millis = new double[runs];
        this.cpuMillis = new double[runs];
    }

    public void warmUp() throws Exception {
        last = run.call();
    }

    public void time() throws Exception {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        last = run.call();
        millis[timed] = (System.nanoTime() - start) / 1e6;
        cpuMillis[timed] = (processCpuNanos() - cpu) / 1e6;
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
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long processCpuNanos() {
        if (SYSTEM instanceof com.sun.management.OperatingSystemMXBean hotspot) {
            return hotspot.getProcessCpuTime();
        }
        return Long.MIN_VALUE;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "median=%.2f ms cpu_median=%.2f ms runs=[",
                medianMillis(), medianCpuMillis()));
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
