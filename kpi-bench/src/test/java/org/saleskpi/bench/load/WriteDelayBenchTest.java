package org.saleskpi.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The write-delay bench's harness, briefly: both servers take writes without an error and the ratios are printed. */
class WriteDelayBenchTest {

    @Test
    void bothServersAreWrittenToAndTheRatiosEndTheOutput() throws Exception {
        Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "write-delay");
        WriteDelayBench.Options options = WriteDelayBench.parse("--seconds", "2", "--warmup", "0", "--clients", "2",
                "--data-dir", folder.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = WriteDelayBench.run(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        for (String side : List.of("write_delay_0", "h2_default")) {
            assertThat(lines).filteredOn(line -> line.startsWith(side + " ")).singleElement().satisfies(line ->
                    assertThat(line).matches(side + " one_client_writes_per_s=\\d+\\.\\d p50_ms=\\d+\\.\\d\\d"
                            + " p95_ms=\\d+\\.\\d\\d clients_writes_per_s=\\d+\\.\\d"
                            + " one_client_writes=[1-9]\\d* errors=0"));
        }
        assertThat(lines.subList(lines.size() - 5, lines.size())).satisfiesExactly(
                line -> assertThat(line).matches("ratio_one_client_writes_per_s=\\d+\\.\\d\\d"),
                line -> assertThat(line).matches("ratio_clients_writes_per_s=\\d+\\.\\d\\d"),
                line -> assertThat(line).matches("ratio_p50=\\d+\\.\\d\\d"),
                line -> assertThat(line).matches("ratio_p95=\\d+\\.\\d\\d"),
                line -> assertThat(line).isEqualTo("errors=0"));
        // Each server's data directory is deleted with it.
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aWrongCommandLineSaysWhatIsWrong() {
        assertThatThrownBy(() -> WriteDelayBench.parse("--seconds", "1")).hasMessageContaining("--seconds must be");
        assertThatThrownBy(() -> WriteDelayBench.parse("--rounds", "2"))
                .hasMessageContaining("unknown option --rounds");
        assertThatThrownBy(() -> WriteDelayBench.parse("--clients", "many"))
                .hasMessageContaining("--clients must be a whole number");
    }
}
