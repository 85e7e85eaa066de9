package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JQL bench agrees with its hand-written loop and prints its figures last. */
class JqlBenchTest {

    @Test
    void jqlSelectsWhatTheLoopSelectsAndPrintsTheTimings() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = JqlBench.run(BenchOptions.parse("--issues", "20000", "--runs", "1", "--warmup", "1"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(lines).anyMatch(l -> l.matches("jql=.* matches=[1-9]\\d*"))
                .anyMatch(l -> l.startsWith("index_bytes_per_issue="));
        assertThat(lines.subList(lines.size() - 7, lines.size())).satisfiesExactly(
                l -> assertThat(l).matches("jql_filter_ms=\\d+\\.\\d+"),
                l -> assertThat(l).matches("jql_baseline_ms=\\d+\\.\\d+"),
                l -> assertThat(l).matches("ratio_jql_vs_baseline=\\d+\\.\\d+"),
                l -> assertThat(l).matches("load_kpi_columns_ms=\\d+\\.\\d+"),
                l -> assertThat(l).matches("load_columnwise_ms=\\d+\\.\\d+"),
                l -> assertThat(l).matches("load_rowwise_ms=\\d+\\.\\d+"),
                l -> assertThat(l).matches("ratio_load_columnwise_vs_rowwise=\\d+\\.\\d+"));
    }
}
