package org.saleskpi.server.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.server.issues.IssueWrite;
import org.saleskpi.server.progress.ProgressLine;

/**
 * {@code import --file export.csv [--project KEY] [--date-format "dd/MMM/yy h:mm a"] [--time-zone
 * Europe/Berlin] [--number-format plain|en|de|fr|ja]}: a Jira CSV export into the server's store from the command line. Messages, never
 * stack traces; exit code 0 when imported, 1 when the file was refused, 2 for a wrong command line.
 */
public final class ImportCommand {
    public static final int IMPORTED = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = "usage: import --file export.csv [--project KEY]"
            + " [--date-format \"" + ImportSettings.JIRA_DATE_FORMAT + "\"] [--time-zone Europe/Berlin]"
            + " [--number-format " + String.join("|", NumberStyle.tags().split(", ")) + "]";
    private static final Set<String> OPTIONS = Set.of("--file", "--project", "--date-format", "--time-zone",
            "--number-format");

    private final Supplier<JiraCsvImport> importer;
    private final ZoneId defaultZone;
    private final Clock clock;

    /** {@code defaultZone} is used when no {@code --time-zone} is given: the zone the server runs in. */
    public ImportCommand(JiraCsvImport importer, ZoneId defaultZone) {
        this(importer, defaultZone, Clock.systemUTC());
    }

    /** Changes the import makes to stored issues are recorded at {@code clock}'s time, by nobody. */
    public ImportCommand(JiraCsvImport importer, ZoneId defaultZone, Clock clock) {
        this(ready(importer), defaultZone, clock);
    }

    /**
     * With an importer asked for only once the file is read (ADR 0079): the command-line import opens the database
     * while the file's first reading goes on, and {@code importer} may wait for it. What it throws is thrown by
     * {@link #run}, as an importer that could not be made.
     */
    public ImportCommand(Supplier<JiraCsvImport> importer, ZoneId defaultZone, Clock clock) {
        this.importer = Objects.requireNonNull(importer, "importer");
        this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!OPTIONS.contains(name)) {
                return usage(err, "unknown option: " + arg);
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                return usage(err, "option " + name + " needs a value");
            }
            if (options.put(name, value) != null) {
                return usage(err, "option " + name + " is given twice");
            }
        }
        if (!options.containsKey("--file")) {
            return usage(err, "missing --file: which Jira CSV export to import");
        }
        ZoneId zone = defaultZone;
        if (options.containsKey("--time-zone")) {
            try {
                zone = ZoneId.of(options.get("--time-zone"));
            } catch (DateTimeException e) {
                return usage(err, "--time-zone: unknown time zone '" + options.get("--time-zone")
                        + "' (use a region like Europe/Berlin)");
            }
        }
        ImportSettings settings;
        try {
            settings = new ImportSettings(Optional.ofNullable(options.get("--project")),
                    options.getOrDefault("--date-format", ImportSettings.JIRA_DATE_FORMAT), zone,
                    ImportSettings.numbers(options.get("--number-format")));
        } catch (InvalidInputException e) {
            return usage(err, e.getMessage());
        }
        Path file = Path.of(options.get("--file"));
        byte[] csv;
        try {
            csv = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("cannot read " + file + ": no such file");
            return REFUSED;
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return REFUSED;
        }
        return importFile(file, csv, settings, out, err);
    }

    private static Supplier<JiraCsvImport> ready(JiraCsvImport importer) {
        Objects.requireNonNull(importer, "importer");
        return () -> importer;
    }

    private int importFile(Path file, byte[] csv, ImportSettings settings, PrintStream out, PrintStream err) {
        JiraCsvImport.FirstReading reading;
        try {
            reading = JiraCsvImport.readFirst(csv, settings);
        } catch (InvalidInputException e) {
            err.println(file + ": " + e.getMessage());
            return REFUSED;
        }
        JiraCsvImport into = importer.get();
        ImportReport report;
        try {
            report = into.run(reading, IssueWrite.anonymous(clock.instant()), new ProgressLine(out, "import"));
        } catch (InvalidInputException e) {
            err.println(file + ": " + e.getMessage());
            return REFUSED;
        } catch (RuntimeException e) {
            err.println(file + ": the import failed and wrote nothing: " + e.getMessage());
            return REFUSED;
        }
        out.printf("%s: %d rows read, %d issues created, %d updated, %d unchanged, %d rows skipped%n",
                file, report.read(), report.created(), report.updated(), report.unchanged(), report.skipped().size());
        for (SkippedRow row : report.skipped()) {
            out.printf("  skipped line %d: %s%n", row.line(), row.reason());
        }
        if (report.withoutHistory() > 0) {
            out.printf("%d issues were created without their history: a Jira CSV export carries none, so KPIs"
                    + " that need the past show \"no history\" for them%n", report.withoutHistory());
        }
        return IMPORTED;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
