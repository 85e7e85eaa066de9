package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryBenchTest {

    @Test
    void printsEveryFigureAndEndsWithTheFourHistoryLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = HistoryBench.run(HistoryBench.parse("--issues", "2000", "--runs", "1", "--warmup", "0",
                        "--duckdb-threads", "1"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        String errors = err.toString(StandardCharsets.UTF_8);
        // Funnel 3, time in stage 6, velocity 6, slippage 6, movement 9, open pipeline at month ends 3.
        assertThat(lines).filteredOn(l -> l.endsWith("same_in_duckdb")).hasSize(33);
        assertThat(errors).doesNotContain("MISMATCH");
        assertThat(lines).anyMatch(l -> l.matches("changes=\\d+ changes_per_issue=\\d+\\.\\d+ tracked=\\[.*status.*]"
                + " tracked_changes=\\d+ duckdb_change_rows=\\d+ .* duckdb_threads=1"));
        assertThat(lines.subList(lines.size() - 4, lines.size())).satisfiesExactly(
                l -> assertThat(l).matches("history_engine_ms=\\d+\\.\\d+"),
                l -> assertThat(l).matches("history_duckdb_ms=\\d+\\.\\d+"),
                l -> assertThat(l).matches("ratio_history_vs_duckdb=\\d+\\.\\d+"),
                l -> assertThat(l).matches("bytes_per_change=\\d+\\.\\d+"));
        // The demo's history gives more than the workload's 5 changes per issue, and every figure agrees: it passes.
        double perIssue = lines.stream().filter(l -> l.startsWith("changes="))
                .mapToDouble(l -> Double.parseDouble(l.replaceAll(".*changes_per_issue=(\\d+\\.\\d+).*", "$1")))
                .findFirst().orElseThrow();
        assertThat(perIssue).isGreaterThanOrEqualTo(5.0);
        assertThat(status).as(errors).isZero();
        assertThat(errors).doesNotContain("fewer than the 5 per issue the workload asks for");
    }

    @Test
    void aWrongOptionNamesTheHistoryUsage() {
        assertThatThrownBy(() -> HistoryBench.parse("--issues")).hasMessageContaining("--issues needs a value")
                .hasMessageContaining("kpi-bench.jar history");
        assertThat(HistoryBench.parse().runs()).isEqualTo(3);
        assertThat(HistoryBench.parse("--runs", "7").runs()).isEqualTo(7);
    }
}
