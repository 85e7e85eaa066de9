package org.saleskpi.server.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.issues.IssueWrite;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.server.progress.Progress;

/**
 * Imports a Jira "CSV (all fields)" export into the local store: creates or updates issues by key
 * in one transaction, leaves unchanged issues alone, and skips bad rows with their line and reason.
 * A file that is not a readable export imports nothing. The export carries no history: the issues
 * it creates have none the store knows, while the changes it makes to stored issues are recorded
 * as the importer's, at the import's time.
 */
public final class JiraCsvImport {
    static final String KEY = "Issue key";
    static final String SUMMARY = "Summary";
    private static final String DESCRIPTION = "Description";
    static final String ISSUE_TYPE = "Issue Type";
    static final String STATUS = "Status";
    private static final String STATUS_CATEGORY = "Status Category";
    private static final String PROJECT = "Project key";
    private static final String RESOLUTION = "Resolution";
    static final String ASSIGNEE = "Assignee";
    static final String REPORTER = "Reporter";
    private static final String CREATED = "Created";
    private static final String UPDATED = "Updated";
    static final String RESOLVED = "Resolved";
    private static final String DUE = "Due Date";
    private static final String LABELS = "Labels";

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Status names that mean work has not started, for exports without a Status Category column. */
    private static final Set<String> NOT_STARTED = Set.of("to do", "open", "new", "backlog", "reopened",
            "selected for development");

    /** Rows read, resolved and written per batch: large enough for JDBC batches, small enough for memory. */
    static final int BATCH = 5_000;

    private final IssueStore store;
    private final PersonResolver people;
    private final int batchRows;

    public JiraCsvImport(IssueStore store, PersonResolver people) {
        this(store, people, BATCH);
    }

    /** With another batch size, for tests that watch an import batch by batch. */
    JiraCsvImport(IssueStore store, PersonResolver people, int batchRows) {
        this.store = Objects.requireNonNull(store, "store");
        this.people = Objects.requireNonNull(people, "people");
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be at least 1, was " + batchRows);
        }
        this.batchRows = batchRows;
    }

    /**
     * Imports the export as {@code write} (who imports, when). The file is read twice: first to check it is an
     * export, count its rows and learn the types of new custom fields; then batch by batch, each batch's rows
     * resolved on a second thread while the batch before is written ({@link ReadAhead}: at most two batches ahead),
     * all written in one transaction. Progress counts data rows done (written, unchanged or skipped) of the file's
     * data rows, after each batch is written.
     *
     * @throws InvalidInputException with field {@code file} when the file is not a readable export
     */
    public ImportReport run(byte[] csv, ImportSettings settings, IssueWrite write, Progress progress) {
        Objects.requireNonNull(settings, "settings");
        JiraDates dates = new JiraDates(settings.dateFormat(), settings.zone());
        String text = text(csv);
        return run(new FirstReading(text, settings, dates, scan(text, dates, settings.numbers())), write, progress);
    }

    /**
     * The first reading of an export without the store (ADR 0079): the file checked, its rows counted and its custom
     * columns' types learnt, so that a command can read while the database opens; {@link #run(FirstReading,
     * IssueWrite, Progress)} then goes on with the fields the store defines. Every value of a custom column is tried,
     * as no field is known to be defined yet.
     *
     * @throws InvalidInputException with field {@code file} when the file is not a readable export
     */
    public static FirstReading readFirst(byte[] csv, ImportSettings settings) {
        Objects.requireNonNull(settings, "settings");
        JiraDates dates = new JiraDates(settings.dateFormat(), settings.zone());
        String text = text(csv);
        return new FirstReading(text, settings, dates, scan(text, dates, settings.numbers(), Map.of()));
    }

    /** Imports an export read by {@link #readFirst}, as {@link #run(byte[], ImportSettings, IssueWrite, Progress)}. */
    public ImportReport run(FirstReading reading, IssueWrite write, Progress progress) {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(progress, "progress");
        // The fields defined now: a reading made before the database opened knew of none.
        Scan scan = reading.scan().knowing(definedFields());
        Map<String, CustomField> fields = defineFields(scan);
        Batches batches = new Batches(new CsvRows(reading.text()), scan, fields, reading.dates(), reading.settings());
        batches.rows.next(); // the header, read by the scan
        progress.report(0, scan.rows());
        try (Written written = new Written(batches, scan.rows(), progress)) {
            store.importBatches(written, write.withoutPast());
        }
        progress.report(scan.rows(), scan.rows());
        batches.skipped.sort(Comparator.comparingLong(SkippedRow::line));
        return new ImportReport(scan.rows(), batches.created, batches.updated, batches.unchanged, batches.skipped,
                batches.created);
    }

    /** An export's text and what its first reading found, with the settings it is read with. */
    public static final class FirstReading {
        private final String text;
        private final ImportSettings settings;
        private final JiraDates dates;
        private final Scan scan;

        private FirstReading(String text, ImportSettings settings, JiraDates dates, Scan scan) {
            this.text = text;
            this.settings = settings;
            this.dates = dates;
            this.scan = scan;
        }

        String text() {
            return text;
        }

        ImportSettings settings() {
            return settings;
        }

        JiraDates dates() {
            return dates;
        }

        Scan scan() {
            return scan;
        }

        /** The file's data rows. */
        public int rows() {
            return scan.rows();
        }
    }

    /**
     * The first reading: the header, the number of data rows, and for each custom column without a field of its
     * name, the type its values fit; a file that is not an export fails here, before anything is written.
     */
    Scan scan(String text, JiraDates dates, NumberStyle numbers) {
        return scan(text, dates, numbers, definedFields());
    }

    /** The first reading, knowing {@code defined}: the custom fields already defined, by name. */
    private static Scan scan(String text, JiraDates dates, NumberStyle numbers, Map<String, CustomField> defined) {
        CsvRows rows = new CsvRows(text);
        try {
            if (!rows.hasNext()) {
                throw invalid("the file is empty: a Jira export starts with a header row");
            }
            JiraHeader header = new JiraHeader(rows.next().cells());
            for (String required : List.of(KEY, SUMMARY)) {
                if (!header.has(required)) {
                    throw invalid("the header row has no '" + required + "' column: is this a Jira CSV export?");
                }
            }
            Map<String, CustomColumn.Guess> guesses = new LinkedHashMap<>();
            header.customFields().forEach((column, name) -> guesses.put(column, new CustomColumn.Guess(dates, numbers)));
            int count = 0;
            while (rows.hasNext()) {
                CSVRecord row = rows.next().cells();
                count++;
                for (Map.Entry<String, CustomColumn.Guess> guess : guesses.entrySet()) {
                    String value = header.first(row, guess.getKey());
                    CustomColumn.Guess seen = guess.getValue();
                    // A defined field's type is kept: its values need only be noticed, not tried.
                    if (!value.isEmpty() && (!seen.seen()
                            || !defined.containsKey(header.customFields().get(guess.getKey())))) {
                        seen.see(value);
                    }
                }
            }
            return new Scan(header, count, guesses, defined);
        } catch (CsvRows.NotCsvException e) {
            throw invalid("the file is not valid CSV: " + e.getMessage());
        }
    }

    /** Custom field columns with a value get a field: the defined one of that name, or a new one. */
    private Map<String, CustomField> defineFields(Scan scan) {
        Map<String, CustomField> fields = new LinkedHashMap<>();
        scan.header().customFields().forEach((column, name) -> {
            CustomColumn.Guess guess = scan.guesses().get(column);
            if (!guess.seen()) {
                return;
            }
            CustomField existing = scan.defined().get(name);
            fields.put(column, existing != null ? existing
                    : store.defineField(name, guess.type(scan.header().repeated(column))));
        });
        return fields;
    }

    /** What the first reading found. */
    record Scan(JiraHeader header, int rows, Map<String, CustomColumn.Guess> guesses,
            Map<String, CustomField> defined) {

        /** The same reading, with the custom fields defined by now. */
        Scan knowing(Map<String, CustomField> fields) {
            return new Scan(header, rows, guesses, fields);
        }
    }

    /** The custom fields the store defines, by name. */
    private Map<String, CustomField> definedFields() {
        Map<String, CustomField> defined = new HashMap<>();
        store.fields().forEach(field -> defined.put(field.name(), field));
        return defined;
    }

    /** The new and changed issues of a batch, and the file's data rows done once it is written. */
    private record Batch(List<IndexedIssue> issues, int done) {
    }

    /**
     * The batches as the store writes them, made ahead on another thread from the store's first ask on, once the
     * store has said whether its tables are empty; progress counts the rows of the batches written, reported when the
     * store asks for the next one (the last once the import commits).
     */
    private static final class Written implements IssueStore.ImportBatches, AutoCloseable {
        private final Batches batches;
        private final int rows;
        private final Progress progress;
        private ReadAhead<Batch> ahead;
        private int done;

        Written(Batches batches, int rows, Progress progress) {
            this.batches = batches;
            this.rows = rows;
            this.progress = progress;
        }

        @Override
        public void intoEmptyTables() {
            batches.nothingStored = true;
        }

        @Override
        public List<IndexedIssue> next() {
            if (done > 0 && done < rows) {
                progress.report(done, rows);
            }
            if (ahead == null) {
                ahead = new ReadAhead<>(batches::next, "csv-import-read-ahead");
            }
            Batch batch = ahead.next();
            if (batch == null) {
                return null;
            }
            done = batch.done();
            return batch.issues();
        }

        @Override
        public void close() {
            if (ahead != null) {
                ahead.close();
            }
        }
    }

    /**
     * The second reading, a batch at a time: each row made an issue (or skipped with its line and reason), compared
     * with the stored issue of its key, and the new and changed ones handed on. Runs on the read-ahead thread; its
     * counts are read once that thread has ended.
     */
    private final class Batches {
        private final CsvRows rows;
        private final Scan scan;
        private final Map<String, CustomField> fields;
        private final JiraDates dates;
        private final ImportSettings settings;
        private final PersonResolver names = new NamesSeen(people);
        private final Map<String, Long> firstLine = new HashMap<>();
        private final List<SkippedRow> skipped = new ArrayList<>();
        /** Set before the read-ahead thread starts, when the store's tables were empty: nothing to look up. */
        private boolean nothingStored;
        private int done;
        private int created;
        private int updated;
        private int unchanged;

        Batches(CsvRows rows, Scan scan, Map<String, CustomField> fields, JiraDates dates, ImportSettings settings) {
            this.rows = rows;
            this.scan = scan;
            this.fields = fields;
            this.dates = dates;
            this.settings = settings;
        }

        Batch next() {
            if (!rows.hasNext()) {
                return null;
            }
            Map<String, IndexedIssue> issues = new LinkedHashMap<>();
            JiraHeader header = scan.header();
            for (int read = 0; read < batchRows && rows.hasNext(); read++) {
                CsvRows.Row row = rows.next();
                done++;
                try {
                    IndexedIssue issue = issue(header, row.cells(), fields, dates, settings, names);
                    Long earlier = firstLine.putIfAbsent(issue.key(), row.line());
                    if (earlier != null) {
                        throw new CellProblem(KEY, "saleskpi.import.problem.duplicate",
                                "the key appears again; first on line " + earlier, issue.key(), earlier);
                    }
                    issues.put(issue.key(), issue);
                } catch (IllegalArgumentException e) {
                    String key = header.first(row.cells(), KEY).trim();
                    skipped.add(new SkippedRow(row.line(), key.isEmpty() ? e.getMessage() : key + ": " + e.getMessage()));
                }
            }
            Map<String, IndexedIssue> stored = nothingStored ? Map.of() : store.find(issues.keySet());
            settings.project().ifPresent(project -> keepOutOfOtherProjects(project, issues, stored));
            List<IndexedIssue> changed = new ArrayList<>(issues.size());
            for (IndexedIssue issue : issues.values()) {
                IndexedIssue before = stored.get(issue.key());
                if (before == null) {
                    created++;
                    changed.add(issue);
                } else if (before.equals(issue)) {
                    unchanged++;
                } else {
                    updated++;
                    changed.add(issue);
                }
            }
            return new Batch(changed, done);
        }

        /**
         * An import into one project, which that project's administrator may run, must not overwrite
         * (and so move) an issue of another project that happens to share a key with a row.
         */
        private void keepOutOfOtherProjects(String project, Map<String, IndexedIssue> issues,
                Map<String, IndexedIssue> stored) {
            issues.keySet().removeIf(key -> {
                IndexedIssue before = stored.get(key);
                if (before == null || before.record().project().equals(project)) {
                    return false;
                }
                skipped.add(new SkippedRow(firstLine.get(key), key + ": is an issue of project "
                        + before.record().project() + ", which an import into " + project + " does not change"));
                return true;
            });
        }
    }

    /** Strict UTF-8 without its byte order mark; anything else is not a Jira export. */
    static String text(byte[] csv) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(csv)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("the file is not UTF-8 text; Jira exports CSV as UTF-8");
        }
        if (text.indexOf('\0') >= 0) {
            throw invalid("the file is not text (it holds NUL bytes)");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static IndexedIssue issue(JiraHeader header, CSVRecord row, Map<String, CustomField> fields,
            JiraDates dates, ImportSettings settings, PersonResolver people) {
        String key = required(header, row, KEY).trim();
        if (!ISSUE_KEY.matcher(key).matches()) {
            throw new CellProblem(KEY, "saleskpi.import.problem.key", "Issue key '" + key + "' is not a Jira issue key",
                    key);
        }
        String summary = required(header, row, SUMMARY).trim();
        String type = required(header, row, ISSUE_TYPE).trim();
        String status = required(header, row, STATUS).trim();
        String resolution = header.first(row, RESOLUTION).trim();
        // Some Jira versions write "Unresolved" rather than leaving the cell empty.
        Optional<String> resolved = Optional.of(resolution)
                .filter(value -> !value.isEmpty() && !value.equalsIgnoreCase("Unresolved"));
        String project = settings.project()
                .or(() -> Optional.of(header.first(row, PROJECT).trim()).filter(value -> !value.isEmpty()))
                .orElse(key.substring(0, key.lastIndexOf('-')));
        IssueRecord.Builder record = IssueRecord.builder(key, project)
                .type(type)
                .status(status, category(header.first(row, STATUS_CATEGORY), status, resolved.isPresent()))
                .resolution(resolved.orElse(null))
                .assignee(person(header.first(row, ASSIGNEE), people))
                .reporter(person(header.first(row, REPORTER), people))
                .created(instant(required(header, row, CREATED), CREATED, dates))
                .updated(optionalInstant(header.first(row, UPDATED), UPDATED, dates))
                .resolved(optionalInstant(header.first(row, RESOLVED), RESOLVED, dates));
        String due = header.first(row, DUE);
        if (!due.isEmpty()) {
            record.due(dates.date(due).orElseThrow(() -> new CellProblem(DUE, "saleskpi.import.problem.date",
                    DUE + " '" + due + "' is not a date like " + dates.pattern(), due, dates.pattern())));
        }
        for (Map.Entry<String, CustomField> entry : fields.entrySet()) {
            String cell = header.first(row, entry.getKey());
            if (!cell.isEmpty()) {
                CustomField field = entry.getValue();
                record.field(field.id(), new CustomColumn(field.name(), field.type()).read(cell, dates, settings.numbers(),
                        people));
            }
        }
        Set<String> labels = new LinkedHashSet<>();
        for (String cell : header.all(row, LABELS)) {
            for (String label : SPACES.split(cell.trim())) {
                if (label.length() > IssueStore.MAX_LABEL) {
                    throw new CellProblem(LABELS, "saleskpi.import.problem.label", "a label is longer than "
                            + IssueStore.MAX_LABEL + " characters, the most Jira allows", IssueStore.MAX_LABEL);
                }
                labels.add(label);
            }
        }
        return new IndexedIssue(record.build(), summary, header.first(row, DESCRIPTION), labels);
    }

    private static String required(JiraHeader header, CSVRecord row, String column) {
        String value = header.first(row, column);
        if (value.isBlank()) {
            throw new CellProblem(column, "saleskpi.import.problem.missing", "missing " + column);
        }
        return value;
    }

    private static Instant instant(String cell, String column, JiraDates dates) {
        return dates.instant(cell).orElseThrow(() -> new CellProblem(column, "saleskpi.import.problem.dateTime",
                column + " '" + cell + "' is not a date and time like " + dates.pattern(), cell, dates.pattern()));
    }

    private static Instant optionalInstant(String cell, String column, JiraDates dates) {
        return cell.isEmpty() ? null : instant(cell, column, dates);
    }

    private static String person(String name, PersonResolver people) {
        return name.isBlank() ? null : people.userKeyFor(name.trim());
    }

    /** The exported category, or one derived: resolved means done, a few well-known names mean not started. */
    private static StatusCategory category(String exported, String status, boolean resolved) {
        String name = exported.trim().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
        switch (name) {
            case "todo":
            case "new":
                return StatusCategory.TO_DO;
            case "inprogress":
            case "indeterminate":
                return StatusCategory.IN_PROGRESS;
            case "done":
            case "complete":
                return StatusCategory.DONE;
            default:
                if (resolved) {
                    return StatusCategory.DONE;
                }
                return NOT_STARTED.contains(status.toLowerCase(Locale.ROOT))
                        ? StatusCategory.TO_DO : StatusCategory.IN_PROGRESS;
        }
    }

    static InvalidInputException invalid(String message) {
        return InvalidInputException.of("file", "saleskpi.import.file.invalid", message + "; nothing was imported");
    }
}
