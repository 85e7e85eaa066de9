package org.saleskpi.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.server.Main;
import org.saleskpi.server.ServerWiring;
import org.saleskpi.server.demo.DemoLoader;
import org.saleskpi.server.imports.ImportSettings;

/**
 * The CSV import end to end: writes the demo issues as a Jira "CSV (all fields)" export under the bench's
 * {@code target/} folder, then runs the server jar's {@code import} command on it into an empty H2 data directory
 * there (database creation, schema, people, issues, commit). A parse of the same file with the same CSV reader,
 * timed in the same process, is the reference a shared machine's noise can be read against.
 */
public final class ImportBench {
    private static final String[] DEFAULTS = {"--issues", "200000", "--runs", "1", "--warmup", "0"};
    public static final String USAGE = "usage: java -jar kpi-bench.jar import [--issues 200000] [--zone Europe/Berlin]";
    /** The instant the demo stands at, fixed so every run writes the same file. */
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final Pattern REPORT = Pattern.compile("(\\d+) rows read, (\\d+) issues created");

    private ImportBench() {
    }

    /** The options after {@code import}, over this command's defaults. */
    static BenchOptions parse(String... args) {
        return BenchOptions.parse(DEFAULTS, USAGE, args);
    }

    static int run(BenchOptions options, PrintStream out, PrintStream err) throws Exception {
        return run(options, workFolder(), out, err);
    }

    static int run(BenchOptions options, Path folder, PrintStream out, PrintStream err) throws Exception {
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        out.printf(Locale.ROOT, "import issues=%d zone=%s folder=%s%n", options.issues(), options.zone(), folder);
        out.printf(Locale.ROOT, "java=%s processors=%d load_average=%.2f max_heap_mb=%d%n",
                System.getProperty("java.vm.version"), system.getAvailableProcessors(),
                system.getSystemLoadAverage(), Runtime.getRuntime().maxMemory() >> 20);
        Files.createDirectories(folder);
        // The same options give the same file: one written before is read again.
        Path csv = folder.resolve("export-" + options.issues() + "-" + options.zone().getId().replace('/', '_')
                + ".csv");
        long start = System.nanoTime();
        if (!Files.exists(csv)) {
            Path partial = folder.resolve(csv.getFileName() + ".partial");
            writeExport(options.issues(), options.zone(), partial);
            Files.move(partial, csv, StandardCopyOption.REPLACE_EXISTING);
        }
        out.printf(Locale.ROOT, "export issues=%d bytes=%d seconds=%.1f%n", options.issues(), Files.size(csv),
                seconds(start));

        start = System.nanoTime();
        long cpu = processCpuNanos();
        long parsed = parseOnly(csv);
        double parseSeconds = seconds(start);
        double parseCpu = (processCpuNanos() - cpu) / 1e9;

        Path dataDir = folder.resolve("data");
        deleteTree(dataDir);
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(new Tee(out, said), true, StandardCharsets.UTF_8);
        start = System.nanoTime();
        cpu = processCpuNanos();
        long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int code = Main.run(new String[] {"import", "--data-dir", dataDir.toString(), "--file", csv.toString(),
            "--time-zone", options.zone().getId()}, ServerWiring.commands(), both);
        double importSeconds = seconds(start);
        double importCpu = (processCpuNanos() - cpu) / 1e9;
        double importThreadCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpu) / 1e9;
        Matcher report = REPORT.matcher(said.toString(StandardCharsets.UTF_8));
        if (code != 0 || !report.find() || Long.parseLong(report.group(2)) != options.issues()) {
            err.println("the import did not create every issue (exit " + code + ")");
            return 1;
        }
        out.printf(Locale.ROOT, "load_average_after=%.2f%n", system.getSystemLoadAverage());
        // CPU seconds of the whole process (every thread, the collector's too): less at the mercy of other
        // processes on a shared machine than the wall clock, though not free of it.
        out.printf(Locale.ROOT, "import_seconds=%.2f import_cpu_seconds=%.2f parse_only_seconds=%.2f"
                + " parse_only_cpu_seconds=%.2f%n", importSeconds, importCpu, parseSeconds, parseCpu);
        out.printf(Locale.ROOT, "import_issues_per_cpu_second=%.0f parse_only_per_cpu_second=%.0f"
                + " import_thread_cpu_seconds=%.2f (the thread that imports, without the compiler's and the"
                + " collector's threads)%n", options.issues() / importCpu, parsed / parseCpu, importThreadCpu);
        out.printf(Locale.ROOT, "import_parse_only_per_second=%.0f%n", parsed / parseSeconds);
        out.printf(Locale.ROOT, "import_issues_per_second=%.0f%n", options.issues() / importSeconds);
        return 0;
    }

    /** Every demo issue as a row of a Jira export in its default date format and the given zone. */
    static void writeExport(int issues, ZoneId zone, Path file) throws IOException {
        DemoSpec spec = DemoLoader.spec(NOW, zone, issues);
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(ImportSettings.JIRA_DATE_FORMAT, Locale.ENGLISH)
                .withZone(zone);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd/MMM/yy", Locale.ENGLISH);
        List<String> header = new ArrayList<>(List.of("Summary", "Issue key", "Issue Type", "Status",
                "Status Category", "Project key", "Resolution", "Assignee", "Reporter", "Created", "Updated",
                "Resolved", "Due Date", "Labels", "Labels", "Description"));
        DemoLoader.FIELDS.forEach(field -> header.add("Custom field (" + field.name() + ")"));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            IOException[] failure = {null};
            DemoIssues.generate(spec, (IssueRecord record) -> {
                if (failure[0] != null) {
                    return;
                }
                IndexedIssue issue = DemoLoader.describe(record, zone);
                List<String> row = new ArrayList<>(header.size());
                row.add(issue.summary());
                row.add(record.key());
                row.add(record.issueType());
                row.add(record.status());
                row.add(category(record.statusCategory()));
                row.add(record.project());
                row.add(record.resolution().orElse(""));
                row.add(record.assignee().orElse(""));
                row.add(record.reporter().orElse(""));
                row.add(dateTime.format(record.created()));
                row.add(dateTime.format(record.updated()));
                row.add(record.resolved().map(dateTime::format).orElse(""));
                row.add(record.due().map(date::format).orElse(""));
                List<String> labels = issue.labels().stream().sorted().toList();
                row.add(labels.size() > 0 ? labels.get(0) : "");
                row.add(labels.size() > 1 ? labels.get(1) : "");
                row.add(issue.description());
                for (CustomField field : DemoLoader.FIELDS) {
                    row.add(record.field(field.id()).map(value -> cell(value, date)).orElse(""));
                }
                try {
                    printer.printRecord(row);
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    private static String category(StatusCategory category) {
        return switch (category) {
            case TO_DO -> "To Do";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
        };
    }

    private static String cell(FieldValue value, DateTimeFormatter date) {
        if (value instanceof FieldValue.NumberValue number) {
            return number.value().toPlainString();
        }
        if (value instanceof FieldValue.DateValue day) {
            return date.format(day.value());
        }
        if (value instanceof FieldValue.TextValue text) {
            return text.value();
        }
        if (value instanceof FieldValue.OptionValue option) {
            return option.value();
        }
        return ((FieldValue.UserValue) value).userKey();
    }

    /** Reads every cell of every record as the import's reader does, and counts the data rows. */
    static long parseOnly(Path csv) throws IOException {
        long rows = 0;
        long cells = 0;
        try (Reader reader = new BufferedReader(Files.newBufferedReader(csv, StandardCharsets.UTF_8), 1 << 16);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                rows++;
                for (String value : record) {
                    cells += value.length();
                }
            }
        }
        // The cell count keeps the loop from being optimised away.
        return cells < 0 ? 0 : rows - 1;
    }

    /** {@code kpi-bench/target/import-bench} beside the jar (or the test classes). */
    private static Path workFolder() throws Exception {
        Path code = Path.of(ImportBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return code.getParent().resolve("import-bench");
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Writes to the console and keeps a copy, to read the import's report from. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
