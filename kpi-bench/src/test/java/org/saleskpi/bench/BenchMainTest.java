package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The output contract of the issue: a line per figure, bytes per issue, and the three timing lines last. */
class BenchMainTest {

    @Test
    void printsEveryFigureAndEndsWithTheThreeTimingLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = BenchMain.run(BenchOptions.parse("--issues", "3000", "--runs", "1", "--warmup", "0"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(lines).filteredOn(l -> l.endsWith("same_in_duckdb")).hasSize(39);
        assertThat(lines).anyMatch(l -> l.matches("bytes_per_issue=\\d+\\.\\d+.*"));
        assertThat(lines.subList(lines.size() - 3, lines.size())).satisfiesExactly(
                l -> assertThat(l).matches("engine_ms=\\d+\\.\\d+"),
                l -> assertThat(l).matches("duckdb_ms=\\d+\\.\\d+"),
                l -> assertThat(l).matches("ratio_engine_vs_duckdb=\\d+\\.\\d+"));
    }

    @Test
    void rejectsAnUnknownOption() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenchOptions.parse("--issue", "10"))
                .hasMessageContaining("unknown option --issue");
    }
}
