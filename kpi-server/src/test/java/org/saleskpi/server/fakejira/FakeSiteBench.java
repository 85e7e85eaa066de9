package org.saleskpi.server.fakejira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Generating a site of the issue's size (50 000 deals) takes a few seconds. Opt-in:
 * {@code -Dsaleskpi.fake.bench=true}.
 */
class FakeSiteBench {
    @Test
    @EnabledIfSystemProperty(named = "saleskpi.fake.bench", matches = "true")
    void fiftyThousandDealsGenerateWithinTenSeconds() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        FakeSite site = FakeSite.generate(2026, 50_000, ZoneId.of("Europe/Berlin"), Instant.parse("2026-11-30T12:00:00Z"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStart);
        long changes = site.issues().stream().mapToLong(i -> i.changelog().size()).sum();
        System.out.println("generated 50000 deals with " + changes + " change groups in " + took.toMillis()
                + " ms (" + cpu.toMillis() + " ms CPU of this thread)");
        assertThat(site.issues()).hasSize(50_000);
        // CPU time, not wall time: the shared build machine's load must not decide the test.
        assertThat(cpu).isLessThan(Duration.ofSeconds(10));
    }
}
