package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The timer's figures: a median of the timed runs, and CPU time only where the JVM can tell. */
class MedianTimerTest {

    @Test
    void cpuTimeIsUnknownNotZeroWhenTheJvmCannotTell() throws Exception {
        MedianTimer<String> timer = new MedianTimer<>(3, () -> "done", () -> Double.NaN);
        for (int i = 0; i < 3; i++) {
            timer.time();
        }

        assertThat(timer.medianCpuMillis()).isNaN();
        assertThat(timer.toString()).contains("cpu_median=n/a ").doesNotContain("NaN");
        assertThat(timer.last()).isEqualTo("done");
    }

    @Test
    void cpuTimeIsTheMedianOfTheTimedRuns() throws Exception {
        // A fake clock that advances 5, 1 and 3 ms (in nanoseconds) over the three timed runs.
        double[] readings = {0, 5e6, 5e6, 6e6, 6e6, 9e6};
        int[] next = {0};
        MedianTimer<String> timer = new MedianTimer<>(3, () -> "done", () -> readings[next[0]++]);
        for (int i = 0; i < 3; i++) {
            timer.time();
        }

        assertThat(timer.medianCpuMillis()).isEqualTo(3.0);
        assertThat(timer.toString()).contains("cpu_median=3.00 ms");
    }
}
