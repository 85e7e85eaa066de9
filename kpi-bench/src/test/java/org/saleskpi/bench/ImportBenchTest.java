package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportBenchTest {

    @Test
    void writesTheDemoAsAnExportAndImportsEveryIssueIntoAnEmptyDataDirectory() throws Exception {
        Path folder = Path.of("target", "import-bench-test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ImportBench.run(ImportBench.parse("--issues", "300"), folder,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        // The header and one line per issue (a few descriptions span lines, none here: the demo writes none).
        assertThat(Files.readAllLines(folder.resolve("export-300-Europe_Berlin.csv"))).hasSize(301);
        assertThat(lines).anyMatch(line -> line.endsWith("300 rows read, 300 issues created, 0 updated, 0 unchanged,"
                + " 0 rows skipped"));
        assertThat(lines.get(lines.size() - 2)).matches("import_parse_only_per_second=\\d+");
        assertThat(lines.get(lines.size() - 1)).matches("import_issues_per_second=\\d+");
        assertThat(folder.resolve("data").resolve("saleskpi.mv.db")).exists();
    }

    @Test
    void twoHundredThousandIssuesByDefault() {
        assertThat(ImportBench.parse().issues()).isEqualTo(200_000);
        assertThat(ImportBench.parse("--issues", "5000").issues()).isEqualTo(5000);
    }
}
