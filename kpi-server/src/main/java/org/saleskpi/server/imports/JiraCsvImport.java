package org.saleskpi.server.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.saleskpi.core.issue.FieldType;
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
    private static final String ISSUE_TYPE = "Issue Type";
    private static final String STATUS = "Status";
    private static final String STATUS_CATEGORY = "Status Category";
    private static final String PROJECT = "Project key";
    private static final String RESOLUTION = "Resolution";
    private static final String ASSIGNEE = "Assignee";
    private static final String REPORTER = "Reporter";
    private static final String CREATED = "Created";
    private static final String UPDATED = "Updated";
    private static final String RESOLVED = "Resolved";
    private static final String DUE = "Due Date";
    private static final String LABELS = "Labels";

    /** Status names that mean work has not started, for exports without a Status Category column. */
    private static final Set<String> NOT_STARTED = Set.of("to do", "open", "new", "backlog", "reopened",
            "selected for development");

    private final IssueStore store;
    private final PersonResolver people;

    public JiraCsvImport(IssueStore store, PersonResolver people) {
        this.store = Objects.requireNonNull(store, "store");
        this.people = Objects.requireNonNull(people, "people");
    }

    /**
     * Imports the export as {@code write} (who imports, when); progress counts issues written.
     *
     * @throws InvalidInputException with field {@code file} when the file is not a readable export
     */
    public ImportReport run(byte[] csv, ImportSettings settings, IssueWrite write, Progress progress) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(progress, "progress");
        JiraDates dates = new JiraDates(settings.dateFormat(), settings.zone());
        List<Row> rows = rows(text(csv));
        if (rows.isEmpty()) {
            throw invalid("the file is empty: a Jira export starts with a header row");
        }
        JiraHeader header = new JiraHeader(rows.get(0).cells());
        for (String required : List.of(KEY, SUMMARY)) {
            if (!header.has(required)) {
                throw invalid("the header row has no '" + required + "' column: is this a Jira CSV export?");
            }
        }
        List<Row> data = rows.subList(1, rows.size());
        Map<String, CustomField> fields = defineFields(header, data, dates);

        List<SkippedRow> skipped = new ArrayList<>();
        Map<String, IndexedIssue> issues = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (Row row : data) {
            try {
                IndexedIssue issue = issue(header, row.cells(), fields, dates, settings);
                Long earlier = firstLine.putIfAbsent(issue.key(), row.line());
                if (earlier != null) {
                    throw new IllegalArgumentException("the key appears again; first on line " + earlier);
                }
                issues.put(issue.key(), issue);
            } catch (IllegalArgumentException e) {
                String key = header.first(row.cells(), KEY).trim();
                skipped.add(new SkippedRow(row.line(), key.isEmpty() ? e.getMessage() : key + ": " + e.getMessage()));
            }
        }
        Map<String, IndexedIssue> stored = store.find(issues.keySet());
        settings.project().ifPresent(project -> keepOutOfOtherProjects(project, issues, stored, firstLine, skipped));
        skipped.sort(Comparator.comparingLong(SkippedRow::line));
        return write(data.size(), issues, stored, skipped, write.withoutPast(), progress);
    }

    /**
     * An import into one project, which that project's administrator may run, must not overwrite
     * (and so move) an issue of another project that happens to share a key with a row.
     */
    private static void keepOutOfOtherProjects(String project, Map<String, IndexedIssue> issues,
            Map<String, IndexedIssue> stored, Map<String, Long> firstLine, List<SkippedRow> skipped) {
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

    private ImportReport write(int read, Map<String, IndexedIssue> issues, Map<String, IndexedIssue> stored,
            List<SkippedRow> skipped, IssueWrite write, Progress progress) {
        List<IndexedIssue> changed = new ArrayList<>();
        int created = 0;
        int unchanged = 0;
        for (IndexedIssue issue : issues.values()) {
            IndexedIssue before = stored.get(issue.key());
            if (before == null) {
                created++;
                changed.add(issue);
            } else if (before.equals(issue)) {
                unchanged++;
            } else {
                changed.add(issue);
            }
        }
        if (changed.isEmpty()) {
            progress.report(0, 0);
        } else {
            store.save(changed, write, progress);
        }
        return new ImportReport(read, created, changed.size() - created, unchanged, skipped, created);
    }

    /** Strict UTF-8 without its byte order mark; anything else is not a Jira export. */
    private static String text(byte[] csv) {
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

    /** Every non-blank record with the line it starts on; the first is the header. */
    private static List<Row> rows(String text) {
        // Blank lines are kept by the parser so its line count stays that of the file.
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            long start = 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() > 1 || !record.get(0).isBlank()) {
                    rows.add(new Row(start, record));
                }
                start = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw invalid("the file is not valid CSV: " + reason);
        }
        return rows;
    }

    /** Custom field columns with a value get a field: the defined one of that name, or a new one. */
    private Map<String, CustomField> defineFields(JiraHeader header, List<Row> data, JiraDates dates) {
        Map<String, CustomField> fields = new LinkedHashMap<>();
        header.customFields().forEach((column, name) -> {
            List<String> values = new ArrayList<>();
            for (Row row : data) {
                String value = header.first(row.cells(), column);
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
            if (values.isEmpty()) {
                return;
            }
            Optional<CustomField> existing = store.field(name);
            FieldType type = existing.map(CustomField::type)
                    .orElseGet(() -> CustomColumn.infer(values, dates, header.repeated(column)));
            fields.put(column, existing.orElseGet(() -> store.defineField(name, type)));
        });
        return fields;
    }

    private IndexedIssue issue(JiraHeader header, CSVRecord row, Map<String, CustomField> fields, JiraDates dates,
            ImportSettings settings) {
        String key = required(header, row, KEY).trim();
        if (!key.matches("[A-Z][A-Z0-9_]*-\\d+")) {
            throw new IllegalArgumentException("Issue key '" + key + "' is not a Jira issue key");
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
                .assignee(person(header.first(row, ASSIGNEE)))
                .reporter(person(header.first(row, REPORTER)))
                .created(instant(required(header, row, CREATED), CREATED, dates))
                .updated(optionalInstant(header.first(row, UPDATED), UPDATED, dates))
                .resolved(optionalInstant(header.first(row, RESOLVED), RESOLVED, dates));
        String due = header.first(row, DUE);
        if (!due.isEmpty()) {
            record.due(dates.date(due).orElseThrow(() -> new IllegalArgumentException(
                    DUE + " '" + due + "' is not a date like " + dates.pattern())));
        }
        for (Map.Entry<String, CustomField> entry : fields.entrySet()) {
            String cell = header.first(row, entry.getKey());
            if (!cell.isEmpty()) {
                CustomField field = entry.getValue();
                record.field(field.id(), new CustomColumn(field.name(), field.type()).read(cell, dates, people));
            }
        }
        Set<String> labels = new LinkedHashSet<>();
        for (String cell : header.all(row, LABELS)) {
            for (String label : cell.trim().split("\\s+")) {
                labels.add(label);
            }
        }
        return new IndexedIssue(record.build(), summary, header.first(row, DESCRIPTION), labels);
    }

    private static String required(JiraHeader header, CSVRecord row, String column) {
        String value = header.first(row, column);
        if (value.isBlank()) {
            throw new IllegalArgumentException("missing " + column);
        }
        return value;
    }

    private static Instant instant(String cell, String column, JiraDates dates) {
        return dates.instant(cell).orElseThrow(() -> new IllegalArgumentException(
                column + " '" + cell + "' is not a date and time like " + dates.pattern()));
    }

    private static Instant optionalInstant(String cell, String column, JiraDates dates) {
        return cell.isEmpty() ? null : instant(cell, column, dates);
    }

    private String person(String name) {
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

    private static InvalidInputException invalid(String message) {
        return InvalidInputException.of("file", "saleskpi.import.file.invalid", message + "; nothing was imported");
    }

    /** A CSV record and the physical line of the file it starts on. */
    private record Row(long line, CSVRecord cells) {
    }
}
