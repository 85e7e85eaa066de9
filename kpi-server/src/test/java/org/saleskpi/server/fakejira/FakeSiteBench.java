package org.saleskpi.server.fakejira;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.saleskpi.server.jira.JiraKind;

/**
 * The fake at the issue's size (50 000 deals): generating it takes a few seconds, and serving it is not
 * what limits a sync. Not a unit test (surefire runs *Test classes only); run it with
 * {@code mvn -o -B -q -pl kpi-server -am verify -Dtest=FakeSiteBench -Dsaleskpi.fake.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FakeSiteBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    @EnabledIfSystemProperty(named = "saleskpi.fake.bench", matches = "true")
    void fiftyThousandDealsGenerateWithinTenSecondsAndPageQuickly() {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        FakeSite site = FakeSite.generate(2026, 50_000, ZoneId.of("Europe/Berlin"), Instant.parse("2026-11-30T12:00:00Z"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Duration cpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpuStart);
        long changes = site.issues().stream().mapToLong(i -> i.changelog().size()).sum();
        System.out.println("generated 50000 deals with " + changes + " change groups in " + took.toMillis()
                + " ms (" + cpu.toMillis() + " ms CPU of this thread)");
        assertThat(site.issues()).hasSize(50_000);
        // CPU time, not wall time: the shared build machine's load must not decide the test.
        assertThat(cpu).isLessThan(Duration.ofSeconds(10));

        try (FakeJira cloud = FakeJira.start(site, JiraKind.CLOUD)) {
            Calls calls = Calls.as(cloud, site.users().get(0));
            start = System.nanoTime();
            int ids = 0;
            String token = null;
            do {
                JsonObject page = calls.post("/rest/api/3/search/jql", "{\"jql\":\"project in (DEAL, ENT, SMB, PART) ORDER BY created ASC\","
                        + "\"maxResults\":5000" + (token == null ? "" : ",\"nextPageToken\":\"" + token + "\"") + "}").json().getAsJsonObject();
                ids += page.getAsJsonArray("issues").size();
                token = page.has("nextPageToken") ? page.get("nextPageToken").getAsString() : null;
            } while (token != null);
            System.out.println("Cloud id-only search of " + ids + " issues in "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
            assertThat(ids).isEqualTo(50_000);
        }
    }
}
