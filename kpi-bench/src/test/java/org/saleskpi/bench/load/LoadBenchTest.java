package org.saleskpi.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The load bench's harness on a small server: it runs every scenario over HTTP and counts what failed. */
class LoadBenchTest {
    private static final Pattern KIND_LINE = Pattern.compile(
            "(warmup|single|mix|mix_with_writes) kind=(\\S+) requests=(\\d+) p50_ms=\\S+ p95_ms=\\S+ errors=(\\d+)");

    @Test
    void everyRequestOfTheMixIsAnsweredAndARefusedOneIsCountedAsAnError() throws Exception {
        Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "load");
        LoadOptions options = LoadOptions.parse("--issues", "2000", "--clients", "4", "--seconds", "4",
                "--single-runs", "1", "--data-dir", folder.toString());
        // The server answers an unknown period 400: a failure the bench must count each time it is sent.
        DashboardMix.Request refused = new DashboardMix.Request("refused", "/kpis/won-revenue?period=next-century");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = LoadBench.run(options, List.of(refused), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(lines.subList(lines.size() - 4, lines.size()))
                .satisfiesExactly(
                        line -> assertThat(line).matches("mix_p95_ms=\\d+\\.\\d"),
                        line -> assertThat(line).matches("mix_with_writes_p95_ms=\\d+\\.\\d"),
                        line -> assertThat(line).startsWith("errors="),
                        line -> assertThat(line).matches("heap_bytes_per_issue=-?\\d+\\.\\d"));
        // The index alone is measured apart, on a line of its own before those four.
        assertThat(lines.subList(0, lines.size() - 4)).filteredOn(line -> line.startsWith("index_bytes_per_issue="))
                .singleElement().satisfies(line -> assertThat(line).matches("index_bytes_per_issue=-?\\d+\\.\\d"));

        long refusedSent = 0;
        long otherErrors = 0;
        for (String line : lines) {
            Matcher kind = KIND_LINE.matcher(line);
            if (!kind.matches()) {
                continue;
            }
            long requests = Long.parseLong(kind.group(3));
            long errors = Long.parseLong(kind.group(4));
            if (kind.group(2).equals("refused")) {
                assertThat(errors).as(line).isEqualTo(requests);
                refusedSent += requests;
            } else {
                otherErrors += errors;
            }
        }
        // Once in the warm-up, once in the single round, and first by the first client in each mix.
        assertThat(refusedSent).isGreaterThanOrEqualTo(4);
        assertThat(otherErrors).as("every request of the real mix is answered 2xx").isZero();
        assertThat(lines).contains("errors=" + refusedSent);
        for (String kind : List.of("gadget-battery", "gadget-whos-behind", "gadget-leaderboard", "kpi-cac",
                "issues-updated", "issues-text")) {
            assertThat(lines).anyMatch(line -> line.startsWith("single kind=" + kind + " requests=1 "));
        }

        Matcher writes = Pattern.compile("mix_with_writes_writes=(\\d+) mix_with_writes_visible=(\\d+) .*")
                .matcher(lines.stream().filter(line -> line.startsWith("mix_with_writes_writes=")).findFirst()
                        .orElseThrow());
        assertThat(writes.matches()).isTrue();
        // One write a second, on the clock, whether or not the last one shows yet (issue 16: one new or changed deal
        // per second): in four seconds a new won deal, its amount, an open deal won and another new deal, give or
        // take the last second's.
        assertThat(Integer.parseInt(writes.group(1))).isGreaterThanOrEqualTo(3);
        assertThat(writes.group(2)).as("every write showed on the gadget").isEqualTo(writes.group(1));
        assertThat(lines).anyMatch(line -> line.matches("heap_peak_vs_idle=\\d+\\.\\d\\d"));
        assertThat(lines).anyMatch(line -> line.matches(
                "heap_after_load_full_gc_bytes=\\d+ heap_after_load_full_gc_vs_idle=\\d+\\.\\d\\d"));
        // The live set under load, from a scenario of its own whose refusals are not among the goals' errors.
        assertThat(lines.subList(0, lines.size() - 4)).anyMatch(line -> line.matches(
                "heap_live_under_load_full_gcs=[1-6] heap_live_under_load_bytes=\\d+(,\\d+)*"
                        + " heap_live_under_load_max_bytes=[1-9]\\d* mix_with_writes_live_writes=\\d+"));
        assertThat(lines.subList(0, lines.size() - 4)).anyMatch(line -> line.matches(
                "heap_live_under_load_vs_idle=\\d+\\.\\d\\d"));
        assertThat(lines).anyMatch(line -> line.startsWith("mix_with_writes_live kind=refused requests="));
        // The index's change log apart (ADR 0042), never among the last four lines: the demo's deals have changes.
        assertThat(lines.subList(0, lines.size() - 4)).anyMatch(line -> line.matches("change_log_changes=[1-9]\\d*"
                + " change_log_bytes=\\d+ change_log_bytes_per_change=\\d+\\.\\d change_log_bytes_per_issue=\\d+\\.\\d"));
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("the server's data directory is deleted").isEmpty();
        }
    }

    @Test
    void aMillionIssuesAndSixteenClientsByDefault() {
        LoadOptions options = LoadOptions.parse();

        assertThat(options.issues()).isEqualTo(1_000_000);
        assertThat(options.clients()).isEqualTo(16);
        assertThat(options.seconds()).isEqualTo(30);
        assertThat(options.database()).isEqualTo(LoadOptions.Database.H2);
        assertThat(LoadOptions.parse("--database", "postgres", "--issues", "200_000").database())
                .isEqualTo(LoadOptions.Database.POSTGRES);
    }

    @Test
    void aWrongCommandLineNamesTheOptionAndTheUsage() {
        assertThatThrownBy(() -> LoadOptions.parse("--clients", "one"))
                .hasMessageStartingWith("--clients must be a whole number, not one;").hasMessageContaining("usage:");
        assertThatThrownBy(() -> LoadOptions.parse("--database", "oracle"))
                .hasMessageStartingWith("--database must be h2 or postgres, not oracle;");
        assertThatThrownBy(() -> LoadOptions.parse("--issues", "3000000"))
                .hasMessageStartingWith("--issues must be from 100 to 2000000;");
        assertThatThrownBy(() -> LoadOptions.parse("--seconds"))
                .hasMessageStartingWith("--seconds needs a value;");
    }
}
