package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.StandardField;

/** The output contract of the issue: a line per figure, bytes per issue, and the three timing lines last. */
class BenchMainTest {

    @Test
    void printsEveryFigureAndEndsWithTheThreeTimingLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = BenchMain.run(BenchOptions.parse("--issues", "3000", "--runs", "1", "--warmup", "1",
                        "--duckdb-threads", "1"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        // 39 before rows 16 to 18, which add 12 figures.
        assertThat(lines).filteredOn(l -> l.endsWith("same_in_duckdb")).hasSize(51);
        assertThat(lines).anyMatch(l -> l.matches("table_build_ms=\\d+ columns=\\[.*]"))
                .anyMatch(l -> l.contains(" engine_threads=1 duckdb_threads=1 ") && l.endsWith(" strings=enum"));
        assertThat(lines.subList(lines.size() - 4, lines.size())).satisfiesExactly(
                l -> assertThat(l).matches("bytes_per_issue=\\d+\\.\\d+ \\((heap|counted: .*); 17 columns: .*\\)"),
                l -> assertThat(l).matches("engine_ms=\\d+\\.\\d+"),
                l -> assertThat(l).matches("duckdb_ms=\\d+\\.\\d+"),
                l -> assertThat(l).matches("ratio_engine_vs_duckdb=\\d+\\.\\d+"));
        // Every standard column and every column the KPIs read, five custom fields among them.
        String footprint = lines.get(lines.size() - 4);
        List<String> columns = List.of(footprint.substring(footprint.indexOf("columns: ") + 9, footprint.length() - 1)
                .split(", "));
        assertThat(columns).hasSize(17).contains("customfield_10010", "customfield_10020", "customfield_10030",
                "customfield_10040", "customfield_10041");
        for (StandardField field : StandardField.values()) {
            assertThat(columns).contains(field.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void sumsWhatAddsUpOverMonthsAndAveragesTheRest() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BenchMain.run(BenchOptions.parse("--issues", "500", "--runs", "1", "--warmup", "0"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        // Counts and money of the issues dated in each month, and per-month targets.
        for (String additive : List.of("won-revenue.amount ", "target-attainment.target ",
                "sales-growth.previousAmount ", "churn-rate.lost ", "cac.newCustomers ")) {
            assertThat(lines).filteredOn(l -> l.startsWith(additive)).isNotEmpty().allMatch(l -> l.contains(" total="));
        }
        // Means, ratios and stocks: a sum over months would mean nothing.
        for (String other : List.of("sales-per-rep.averageDealSize ", "clv.customers ", "clv.wonAmount ",
                "churn-rate.atStart ", "cac.cost ")) {
            assertThat(lines).filteredOn(l -> l.startsWith(other)).isNotEmpty().allMatch(l -> l.contains(" mean="));
        }
    }

    @Test
    void defaultsToEnumStringsTenWarmUpRunsAndEveryCore() {
        BenchOptions options = BenchOptions.parse();

        assertThat(options.duckdbStrings()).isEqualTo(DuckDbRun.Strings.ENUM);
        assertThat(options.warmup()).isEqualTo(10);
        assertThat(options.duckdbThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(BenchOptions.parse("--duckdb-strings", "varchar", "--duckdb-threads", "3"))
                .satisfies(o -> assertThat(o.duckdbStrings()).isEqualTo(DuckDbRun.Strings.VARCHAR))
                .satisfies(o -> assertThat(o.duckdbThreads()).isEqualTo(3));
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> BenchOptions.parse("--issue", "10")).hasMessageContaining("unknown option --issue");
        assertThatThrownBy(() -> BenchOptions.parse("--duckdb-threads", "0")).hasMessageContaining("--duckdb-threads");
    }
}
