package org.saleskpi.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Times one kind of run: {@link #warmUp()} runs are not kept, {@link #time()} runs are, and the
 * figure is their median. Two timers can take turns so that load from other processes on the
 * machine falls on both sides alike.
 */
public final class MedianTimer<T> {
    private final Callable<T> run;
    private final double[] millis;
    private int timed;
    private T last;

    public MedianTimer(int runs, Callable<T> run) {
        if (runs < 1) {
            throw new IllegalArgumentException("at least one timed run is needed");
        }
        this.run = run;
        this.millis = new double[runs];
    }

    public void warmUp() throws Exception {
        last = run.call();
    }

    public void time() throws Exception {
        long start = System.nanoTime();
        last = run.call();
        millis[timed++] = (System.nanoTime() - start) / 1e6;
    }

    /** The result of the latest run. */
    public T last() {
        return last;
    }

    public double medianMillis() {
        if (timed < millis.length) {
            throw new IllegalStateException(timed + " of " + millis.length + " runs timed");
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "median=%.2f ms runs=[", medianMillis()));
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
