package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraDashboardBenchTest {

    @Test
    void theCacheAnswersTheViewsWithoutSearchingWhereTodaysPathReadsTheWholeScopePerGadget() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = JiraDashboardBench.run(JiraDashboardBench.parse("--issues", "2000", "--runs", "1",
                "--warmup", "1"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        // Today's path, per gadget: 2 000 issues at 500 a page are 4 full pages and the empty page that ends the
        // paging, 5 searches, and 2 000 issue objects; 10 gadgets make 50 searches and 20 000 issue objects a view.
        // The three history gadgets (funnel, time in stage, pipeline movement) also read the 2 000 histories each.
        assertThat(lines).anyMatch(l -> l.startsWith("baseline_view searches=50 issues_materialised=20000"
                + " histories_read=6000 "));
        assertThat(lines).filteredOn(l -> l.startsWith("baseline gadget=")).hasSize(10)
                .allMatch(l -> l.contains(" searches=5 issues_materialised=2000"));
        // The cache's build: the scope's 2 000 ids in pages of 500 (4 full pages and the empty one, 5 searches), then
        // the issues of each page by id (4 searches): 9 searches; 2 000 + 2 000 issue objects.
        assertThat(lines).anyMatch(l -> l.matches("cache_build_ms=\\d+ rows=2000 changes=\\d+ searches=9"
                + " issues_materialised=4000 charged_ms=100 phase=READY"));
        // 100 edits: each edit's event makes the cache check that the issue is still in scope (one search by id) and
        // read it (one more): 200 searches and 200 issue objects, against 50 searches and 20 000 objects per view.
        assertThat(lines).anyMatch(l -> l.startsWith("cache_refresh_after_100_edits searches=200"
                + " issues_materialised=200 then_searches_per_view=0.00 "));
        assertThat(lines).contains("baseline_refresh_after_100_edits searches=50 issues_materialised=20000");
        // After the warm-up round, ten users' views: every gadget reads the cache alone, without a search or an issue
        // object (pipeline movement's as-of filter on the issue type included: the cache tracks the type's changes).
        assertThat(lines).noneMatch(l -> l.startsWith("cache_fallback "));
        assertThat(lines).anyMatch(l -> l.matches("cache_views views=10 gadgets=100 searches_per_view=0\\.00"
                + " issues_materialised_per_view=0\\.00 gadget_p50_ms=\\d+\\.\\d+ gadget_p95_ms=\\d+\\.\\d+"
                + " without_search_gadget_p95_ms=\\d+\\.\\d+"));
        assertThat(lines.subList(lines.size() - 5, lines.size())).satisfiesExactly(
                l -> assertThat(l).isEqualTo("searches_per_view=0.00"),
                l -> assertThat(l).isEqualTo("issues_materialised_per_view=0.00"),
                l -> assertThat(l).matches("gadget_p95_ms=\\d+\\.\\d+"),
                l -> assertThat(l).isEqualTo("baseline_searches_per_view=50"),
                l -> assertThat(l).matches("baseline_gadget_p95_ms=\\d+\\.\\d+"));
    }

    @Test
    void aWrongOptionNamesThisCommandsUsage() {
        assertThatThrownBy(() -> JiraDashboardBench.parse("--issues")).hasMessageContaining("--issues needs a value")
                .hasMessageContaining("kpi-bench.jar jira-dashboard");
        assertThat(JiraDashboardBench.parse().runs()).isEqualTo(3);
        assertThat(JiraDashboardBench.parse("--issues", "5000").issues()).isEqualTo(5000);
    }
}
