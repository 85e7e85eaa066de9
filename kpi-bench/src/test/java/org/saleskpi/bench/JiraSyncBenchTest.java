package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraSyncBenchTest {

    @Test
    void bothKindsAreCopiedWholeThenTheEditedIssuesReadAgain() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = JiraSyncBench.run(JiraSyncBench.parse("--issues", "300"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        // 300 issues at 100 a page: 3 pages; then 150 of them (half) edited, read in 2 pages (with the issues the
        // look-back reaches, at most a few).
        for (String kind : List.of("cloud", "data-center")) {
            assertThat(lines).anyMatch(line -> line.matches("first_sync kind=" + kind + " issues=300 pages=3"
                    + " seconds=\\d+\\.\\d issues_per_s=\\d+ pass_issues_per_s=\\d+ .*"));
            assertThat(lines).anyMatch(line -> line.matches("incremental kind=" + kind + " edited=150 issues=15\\d"
                    + " pages=2 seconds=\\d+\\.\\d\\d issues_per_s=\\d+"));
        }
    }

    @Test
    void fiftyThousandIssuesByDefault() {
        assertThat(JiraSyncBench.parse().issues()).isEqualTo(50_000);
        assertThat(JiraSyncBench.parse("--issues", "2000").issues()).isEqualTo(2000);
    }
}
