package org.saleskpi.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.store.Database;

class ImportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final IssueStore store = newStore();
    private final ImportCommand command = new ImportCommand(new JiraCsvImport(store, new SlugPeople()), ZoneId.of("UTC"));

    @TempDir
    Path folder;

    @Test
    void importsAFileWithTheGivenZoneAndPrintsWhatItDid() throws IOException {
        Path export = folder.resolve("export.csv");
        Files.write(export, JiraCsvImportTest.fixture());

        int exit = run("--file", export.toString(), "--time-zone", "Europe/Berlin", "--project=CRM");

        assertThat(exit).isEqualTo(ImportCommand.IMPORTED);
        assertThat(out()).contains("import: 10 issues in ")
                .contains("export.csv: 10 rows read, 10 issues created, 0 updated, 0 unchanged, 0 rows skipped");
        assertThat(err()).isEmpty();
        assertThat(store.find("SALES-101").orElseThrow().record().created())
                .isEqualTo(Instant.parse("2024-03-12T14:45:00Z"));
        assertThat(store.find("SALES-101").orElseThrow().record().project()).isEqualTo("CRM");
    }

    @Test
    void listsTheSkippedRowsWithTheirLines() throws IOException {
        Path export = folder.resolve("export.csv");
        Files.writeString(export, "Issue key,Summary,Issue Type,Status,Created\n"
                + "A-1,Fine,Task,Open,2024-03-01 10:00\nA-2,,Task,Open,2024-03-01 10:00\n");

        int exit = run("--file", export.toString(), "--date-format", "yyyy-MM-dd HH:mm");

        assertThat(exit).isEqualTo(ImportCommand.IMPORTED);
        assertThat(out()).contains("1 issues created").contains("  skipped line 3: A-2: missing Summary");
    }

    @Test
    void readsNumbersWithTheThousandsSeparatorsOfTheChosenLanguage() throws IOException {
        Path export = folder.resolve("export.csv");
        Files.writeString(export, "Issue key,Summary,Issue Type,Status,Created,Custom field (Amount)\n"
                + "A-1,Deal,Deal,Open,2024-03-01 10:00,\"1.234,56\"\n"
                + "A-2,Deal,Deal,Open,2024-03-01 10:00,\"12,5\"\n"
                + "A-3,Deal,Deal,Open,2024-03-01 10:00,\"1,234.56\"\n");

        int exit = run("--file", export.toString(), "--date-format", "yyyy-MM-dd HH:mm", "--number-format", "de");

        assertThat(exit).isEqualTo(ImportCommand.IMPORTED);
        String amount = store.field("Amount").orElseThrow().id();
        assertThat(store.find("A-1").orElseThrow().record().field(amount))
                .contains(org.saleskpi.core.issue.FieldValue.number(new java.math.BigDecimal("1234.56")));
        assertThat(store.find("A-2").orElseThrow().record().field(amount))
                .contains(org.saleskpi.core.issue.FieldValue.number(new java.math.BigDecimal("12.5")));
        assertThat(out()).describedAs("an English number in a German file is a problem of its row, never misread")
                .contains("  skipped line 4: A-3: Custom field (Amount) '1,234.56' is not a number written like"
                        + " 1.234,56");
        err.reset();
        assertThat(run("--file", export.toString(), "--number-format", "xx")).isEqualTo(ImportCommand.USAGE);
        assertThat(err()).contains("numberFormat must be one of plain, en, de, fr, ja, was: xx");
    }

    @Test
    void wrongCommandLinesGetAMessageAndTheUsage() {
        assertThat(run()).isEqualTo(ImportCommand.USAGE);
        assertThat(err()).contains("missing --file").contains(ImportCommand.USAGE_TEXT);
        err.reset();
        assertThat(run("--file", "x.csv", "--verbose")).isEqualTo(ImportCommand.USAGE);
        assertThat(err()).contains("unknown option: --verbose");
        err.reset();
        assertThat(run("--file")).isEqualTo(ImportCommand.USAGE);
        assertThat(err()).contains("option --file needs a value");
        err.reset();
        assertThat(run("--file", "x.csv", "--time-zone", "Mars/Olympus")).isEqualTo(ImportCommand.USAGE);
        assertThat(err()).contains("unknown time zone 'Mars/Olympus'");
        err.reset();
        assertThat(run("--file", "x.csv", "--project", "crm")).isEqualTo(ImportCommand.USAGE);
        assertThat(err()).contains("project must be a Jira project key");
    }

    @Test
    void anUnreadableOrMalformedFileIsRefusedWithoutAStackTrace() throws IOException {
        assertThat(run("--file", folder.resolve("missing.csv").toString())).isEqualTo(ImportCommand.REFUSED);
        assertThat(err()).contains("missing.csv: no such file");
        err.reset();
        Path broken = folder.resolve("broken.csv");
        Files.writeString(broken, "Issue key,Summary\nA-1,\"never closed\n");

        assertThat(run("--file", broken.toString())).isEqualTo(ImportCommand.REFUSED);
        assertThat(err()).contains("broken.csv: the file is not valid CSV").contains("nothing was imported")
                .doesNotContain("\tat ");
        assertThat(store.count()).isZero();
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedWithoutWaitingForTheImporter() throws IOException {
        // The command-line import opens its database while the file is read (ADR 0079): a file refused by its
        // first reading needs none.
        AtomicInteger asked = new AtomicInteger();
        ImportCommand reading = new ImportCommand(() -> {
            asked.incrementAndGet();
            throw new IllegalStateException("the database is still opening");
        }, ZoneId.of("UTC"), Clock.systemUTC());
        Path notAnExport = folder.resolve("notes.csv");
        Files.writeString(notAnExport, "Title,Body\nHello,World\n");

        int exit = reading.run(new String[] {"--file", notAnExport.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(ImportCommand.REFUSED);
        assertThat(err()).contains("notes.csv: the header row has no 'Issue key' column");
        assertThat(asked).hasValue(0);
    }

    @Test
    void theImporterIsAskedForOnceTheFileIsRead() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        JiraCsvImport importer = new JiraCsvImport(store, new SlugPeople());
        ImportCommand later = new ImportCommand(() -> {
            asked.incrementAndGet();
            return importer;
        }, ZoneId.of("UTC"), Clock.systemUTC());
        Path export = folder.resolve("export.csv");
        Files.write(export, JiraCsvImportTest.fixture());

        int exit = later.run(new String[] {"--file", export.toString(), "--time-zone", "Europe/Berlin"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err()).isEqualTo(ImportCommand.IMPORTED);
        assertThat(asked).hasValue(1);
        assertThat(store.count()).isEqualTo(10);
    }

    private int run(String... args) {
        return command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static IssueStore newStore() {
        IssueStore store = new IssueStore(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        store.createSchema();
        return store;
    }
}
