package org.saleskpi.server.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.server.imports.ImportPreview.Problem;
import org.saleskpi.server.imports.ImportPreview.Severity;
import org.saleskpi.server.issues.IssueStore;

/**
 * The dry run of an import: reads the file as the import would (the same scan, the same rows made the same way) and
 * answers what it would do, without writing anything: no issue, no field, no person. Beyond the rows the import
 * would skip, it names what would import but not count as meant: numbers that are not of the chosen style, people
 * the server does not know yet, statuses and types the project's KPI profile does not name, and projects without a
 * profile, for which it offers one guessed from the file.
 */
public final class ImportCheck {
    /** Fields the import would define get ids no store gives (it counts up from 10000), only for this answer. */
    private static final long FIRST_UNSTORED_FIELD = 999_000_000L;
    private static final int BATCH = 1_000;

    private final JiraCsvImport importer;
    private final IssueStore store;
    private final KnownPeople people;
    private final KpiProfileRepository profiles;

    public ImportCheck(IssueStore store, KnownPeople people, KpiProfileRepository profiles) {
        this.store = Objects.requireNonNull(store, "store");
        this.people = Objects.requireNonNull(people, "people");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        // Its scan only reads the store; this importer never runs.
        this.importer = new JiraCsvImport(store, name -> {
            throw new IllegalStateException("a dry run resolves no person");
        });
    }

    /**
     * What importing the file with these settings would do.
     *
     * @throws org.saleskpi.core.validation.InvalidInputException with field {@code file} when the file is not a
     *     readable export, as the import would
     */
    public ImportPreview check(byte[] csv, ImportSettings settings) {
        JiraDates dates = new JiraDates(settings.dateFormat(), settings.zone());
        String text = JiraCsvImport.text(csv);
        JiraCsvImport.Scan scan = importer.scan(text, dates, settings.numbers());
        return new Run(scan, dates, settings).run(new CsvRows(text));
    }

    /** One dry run's state, row by row. */
    private final class Run {
        private final JiraCsvImport.Scan scan;
        private final JiraDates dates;
        private final ImportSettings settings;
        private final Map<String, CustomField> fields = new LinkedHashMap<>();
        private final Set<String> newFields = new HashSet<>();
        private final Map<String, Optional<String>> known = new HashMap<>();
        private final Map<String, List<KpiProfile>> profilesOf = new HashMap<>();
        private final Map<String, Long> firstLine = new HashMap<>();
        private final Set<String> warnedOnce = new HashSet<>();
        /** The statuses of the leads and of the customers of each profile, by profile id and kind. */
        private final Map<String, KindStatuses> statusesOf = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private int problemCount;
        private final List<ImportPreview.Row> firstRows = new ArrayList<>();
        private final Map<String, ProjectRows> projects = new LinkedHashMap<>();
        private final Map<String, IssueAt> batch = new LinkedHashMap<>();
        private int created;
        private int updated;
        private int unchanged;
        private int skipped;
        /** The offered profiles' column choices, by project, made once the file is read. */
        private final Map<String, ImportPreview.ProfileOffer> offers = new HashMap<>();

        Run(JiraCsvImport.Scan scan, JiraDates dates, ImportSettings settings) {
            this.scan = scan;
            this.dates = dates;
            this.settings = settings;
            scan.header().customFields().forEach((column, name) -> {
                CustomColumn.Guess guess = scan.guesses().get(column);
                if (guess.seen()) {
                    CustomField field = scan.defined().get(name);
                    if (field == null) {
                        field = new CustomField("customfield_" + (FIRST_UNSTORED_FIELD + newFields.size()), name,
                                guess.type(scan.header().repeated(column)));
                        newFields.add(field.id());
                    }
                    fields.put(column, field);
                }
            });
        }

        ImportPreview run(CsvRows rows) {
            rows.next(); // the header, read by the scan
            List<CsvRows.Row> read = new ArrayList<>();
            while (rows.hasNext()) {
                read.add(rows.next());
                if (read.size() == BATCH) {
                    rows(read);
                    flush();
                    read.clear();
                }
            }
            rows(read);
            flush();
            statusesOf.values().forEach(this::convertedAndChurned);
            // The offers need every row's types and statuses; the first rows are shown with them.
            projects.forEach((key, found) -> {
                if (profilesOf(key).isEmpty()) {
                    offers.put(key, found.offer(fields));
                }
            });
            List<ImportPreview.Row> shown = firstRows.stream().map(this::withOffer).toList();
            List<ImportPreview.ProjectFound> found = projects.entrySet().stream()
                    .map(entry -> new ImportPreview.ProjectFound(entry.getKey(), entry.getValue().rows,
                            profilesOf(entry.getKey()).stream().map(KpiProfile::name).toList(),
                            Optional.ofNullable(offers.get(entry.getKey()))))
                    .toList();
            List<ImportPreview.Column> columns = fields.entrySet().stream()
                    .map(entry -> new ImportPreview.Column(header(entry.getKey()), entry.getValue().name(),
                            entry.getValue().type().name(), newFields.contains(entry.getValue().id())))
                    .toList();
            problems.sort((a, b) -> Long.compare(a.line(), b.line()));
            return new ImportPreview(scan.rows(), created, updated, unchanged, skipped, shown, problems,
                    problemCount, columns, found);
        }

        private void rows(List<CsvRows.Row> rows) {
            JiraHeader header = scan.header();
            for (CsvRows.Row row : rows) {
                String key = header.first(row.cells(), JiraCsvImport.KEY).trim();
                try {
                    IndexedIssue issue = JiraCsvImport.issue(header, row.cells(), fields, dates, settings,
                            name -> knownKey(name).orElse(name));
                    Long earlier = firstLine.putIfAbsent(issue.key(), row.line());
                    if (earlier != null) {
                        throw new CellProblem(JiraCsvImport.KEY, "saleskpi.import.problem.duplicate",
                                "the key appears again; first on line " + earlier, issue.key(), earlier);
                    }
                    batch.put(issue.key(), new IssueAt(row, issue));
                } catch (CellProblem problem) {
                    skipped++;
                    rowProblem(row, key, problem);
                } catch (IllegalArgumentException e) {
                    skipped++;
                    problem(new Problem(row.line(), Optional.empty(), key, Severity.ERROR, "saleskpi.import.problem.row",
                            List.of(e.getMessage()), e.getMessage()));
                }
                numbersThatBecomeText(row, key);
            }
        }

        /** A batch's rows against the stored issues of their keys: created, updated, unchanged or kept out. */
        private void flush() {
            Map<String, IndexedIssue> stored = store.find(batch.keySet());
            for (IssueAt at : batch.values()) {
                IndexedIssue issue = at.issue();
                IndexedIssue before = stored.get(issue.key());
                Optional<String> into = settings.project();
                if (before != null && into.isPresent() && !before.record().project().equals(into.get())) {
                    skipped++;
                    String message = issue.key() + ": is an issue of project " + before.record().project()
                            + ", which an import into " + into.get() + " does not change";
                    problem(new Problem(at.row().line(), Optional.of(JiraCsvImport.KEY), issue.key(), Severity.ERROR,
                            "saleskpi.import.problem.otherProject", List.of(before.record().project(), into.get()),
                            message));
                    continue;
                }
                if (before == null) {
                    created++;
                } else if (before.equals(issue)) {
                    unchanged++;
                } else {
                    updated++;
                }
                stored(at);
            }
            batch.clear();
        }

        /** A row the import would write: counted for its project, checked against its profile, maybe shown. */
        private void stored(IssueAt at) {
            IssueRecord record = at.issue().record();
            projects.computeIfAbsent(record.project(), any -> new ProjectRows()).add(record);
            people(at.row(), record.key());
            List<KpiProfile> ofProject = profilesOf(record.project());
            ofProject.forEach(profile -> againstProfile(at.row(), record, profile));
            if (firstRows.size() < ImportPreview.FIRST_ROWS) {
                firstRecords.put(record.key(), record);
                firstRows.add(shown(at, ofProject.stream().findFirst()));
            }
        }

        private ImportPreview.Row shown(IssueAt at, Optional<KpiProfile> profile) {
            IssueRecord record = at.issue().record();
            String owner = scan.header().first(at.row().cells(), JiraCsvImport.ASSIGNEE).strip();
            Optional<SalesModel> model = profile.map(KpiProfile::model);
            String kind = model.map(m -> kind(m, record.issueType())).orElse("");
            return new ImportPreview.Row(at.row().line(), record.key(), record.project(), record.issueType(), kind,
                    record.status(), record.statusCategory().name(),
                    model.flatMap(m -> number(record, m.amountField())),
                    model.map(m -> m.currency().getCurrencyCode()),
                    model.flatMap(m -> m.customerField().flatMap(id -> text(record, id))),
                    model.isEmpty() ? Optional.empty() : model.get().closeDateField()
                            .map(id -> date(record, id)).orElseGet(() -> record.resolved()
                                    .map(when -> when.atZone(settings.zone()).toLocalDate())),
                    owner.isEmpty() ? Optional.empty() : Optional.of(owner),
                    !owner.isEmpty() && knownKey(owner).isEmpty(), record.created());
        }

        /** A row of a project without a profile, shown as the offered profile would read it. */
        private ImportPreview.Row withOffer(ImportPreview.Row row) {
            ImportPreview.ProfileOffer offer = offers.get(row.project());
            if (offer == null) {
                return row;
            }
            IssueRecord record = firstRecords.get(row.key());
            String kind = offer.types().stream().filter(type -> type.name().equals(row.type()))
                    .map(ImportPreview.TypeFound::kind).findFirst().orElse("");
            return new ImportPreview.Row(row.line(), row.key(), row.project(), row.type(), kind, row.status(),
                    row.statusCategory(), offer.amount().flatMap(column -> number(record, fieldIdOf(column))),
                    Optional.empty(), offer.customer().flatMap(column -> text(record, fieldIdOf(column))),
                    offer.closeDate().map(column -> date(record, fieldIdOf(column)))
                            .orElseGet(() -> record.resolved().map(when -> when.atZone(settings.zone()).toLocalDate())),
                    row.owner(), row.ownerIsNew(), row.created());
        }

        private final Map<String, IssueRecord> firstRecords = new HashMap<>();

        private String fieldIdOf(String fieldName) {
            return fields.values().stream().filter(field -> field.name().equals(fieldName)).map(CustomField::id)
                    .findFirst().orElse("");
        }

        /** Statuses and types of the row the profile does not name, once per type and status. */
        private void againstProfile(CsvRows.Row row, IssueRecord record, KpiProfile profile) {
            SalesModel model = profile.model();
            String kind = kind(model, record.issueType());
            if (kind.isEmpty()) {
                once(row, record.key(), JiraCsvImport.ISSUE_TYPE, "type:" + profile.id() + ":" + record.issueType(),
                        "saleskpi.import.problem.type.unknown", List.of(record.issueType(), profile.name()),
                        "issue type '" + record.issueType() + "' is none of the types of profile " + profile.name()
                                + ": no KPI of it counts these issues");
                return;
            }
            if (kind.equals("lead") || kind.equals("customer")) {
                statusesOf.computeIfAbsent(profile.id() + ":" + kind, any -> new KindStatuses(profile, kind, row,
                        record.key())).statuses.add(record.status());
                return;
            }
            if (!kind.equals("deal")) {
                return;
            }
            String status = record.status();
            Set<String> stages = model.pipeline().stages().stream().map(Stage::status).collect(Collectors.toSet());
            if (model.wonStatuses().contains(status) || model.lostStatuses().contains(status)
                    || stages.contains(status)) {
                return;
            }
            String won = String.join(", ", new TreeSet<>(model.wonStatuses()));
            String lost = String.join(", ", new TreeSet<>(model.lostStatuses()));
            if (record.statusCategory() == StatusCategory.DONE) {
                once(row, record.key(), JiraCsvImport.STATUS, "done:" + profile.id() + ":" + status,
                        "saleskpi.import.problem.status.closed", List.of(status, profile.name(), won, lost),
                        "status '" + status + "' is done but neither a won nor a lost status of profile "
                                + profile.name() + " (won: " + won + "; lost: " + lost + "): such deals count as open");
            } else if (!stages.isEmpty()) {
                String names = String.join(", ", model.pipeline().stages().stream().map(Stage::status).toList());
                once(row, record.key(), JiraCsvImport.STATUS, "stage:" + profile.id() + ":" + status,
                        "saleskpi.import.problem.status.stage", List.of(status, profile.name(), names),
                        "status '" + status + "' is none of the stages of profile " + profile.name() + " (" + names
                                + "): such deals are open but in no stage");
            }
        }

        /**
         * The profile's converted statuses (of leads) or churned statuses (of customers) that none of the file's
         * leads or customers is in: conversion or churn would then count none of them, which a wrong name (the
         * profile's "Converted" where Jira says "Qualified") causes as surely as a file without any. Said once per
         * profile and kind, on its first such row, with the statuses the file has, so the user can tell which.
         */
        private void convertedAndChurned(KindStatuses found) {
            SalesModel model = found.profile.model();
            boolean leads = found.kind.equals("lead");
            Set<String> named = leads ? model.convertedStatuses() : model.churnedStatuses();
            if (named.stream().anyMatch(found.statuses::contains)) {
                return;
            }
            String inFile = String.join(", ", found.statuses);
            String name = found.profile.name();
            if (named.isEmpty()) {
                problem(new Problem(found.row.line(), Optional.of(JiraCsvImport.STATUS), found.key, Severity.WARNING,
                        leads ? "saleskpi.import.problem.status.noConverted" : "saleskpi.import.problem.status.noChurned",
                        List.of(name, inFile), "profile " + name + " names no " + (leads ? "converted" : "churned")
                                + " status: no " + found.kind + " counts as " + (leads ? "converted" : "lost")
                                + " (the file's are in " + inFile + ")"));
                return;
            }
            String statuses = String.join(", ", new TreeSet<>(named));
            problem(new Problem(found.row.line(), Optional.of(JiraCsvImport.STATUS), found.key, Severity.WARNING,
                    leads ? "saleskpi.import.problem.status.converted" : "saleskpi.import.problem.status.churned",
                    List.of(name, statuses, inFile), "no " + found.kind + " of the file is in a "
                            + (leads ? "converted" : "churned") + " status of profile " + name + " (" + statuses
                            + "); they are in " + inFile + ": if one of these means " + (leads ? "converted" : "lost")
                            + ", add it to the profile"));
        }

        /** The assignee and reporter the server does not know yet: the import adds them, once per name. */
        private void people(CsvRows.Row row, String key) {
            for (String column : List.of(JiraCsvImport.ASSIGNEE, JiraCsvImport.REPORTER)) {
                String name = scan.header().first(row.cells(), column).strip();
                if (!name.isEmpty() && knownKey(name).isEmpty()) {
                    once(row, key, column, "person:" + name.toLowerCase(java.util.Locale.ROOT),
                            "saleskpi.import.problem.person.new", List.of(name),
                            "'" + name + "' is not a user of this server yet: the import adds them as a person"
                                    + " who cannot sign in");
                }
            }
        }

        /**
         * Cells of a new custom column that look like numbers but are not of the chosen style: the column then
         * becomes a text field that no KPI can add up, which a user must hear of before importing.
         */
        private void numbersThatBecomeText(CsvRows.Row row, String key) {
            fields.forEach((column, field) -> {
                if (!newFields.contains(field.id()) || field.type() == FieldType.NUMBER) {
                    return;
                }
                String cell = scan.header().first(row.cells(), column);
                if (!cell.isEmpty() && settings.numbers().looksLikeNumber(cell)
                        && settings.numbers().read(cell).isEmpty()) {
                    String header = header(column);
                    problem(new Problem(row.line(), Optional.of(header), key, Severity.WARNING,
                            "saleskpi.import.problem.number.text", List.of(cell, settings.numbers().example(), header,
                                    otherReadings(cell)),
                            header + " '" + cell + "' is not a number written like " + settings.numbers().example()
                                    + otherReadingsInWords(cell) + ", so the column becomes a text field that no KPI"
                                    + " adds up"));
                }
            });
        }

        private void rowProblem(CsvRows.Row row, String key, CellProblem problem) {
            List<String> params = problem.params().stream().map(String::valueOf).toList();
            String messageKey = problem.messageKey();
            String message = problem.getMessage();
            // A number of another style: say how the other styles read it, so the right one can be chosen.
            if (messageKey.startsWith("saleskpi.import.problem.number") && !otherReadings(params.get(0)).isEmpty()) {
                messageKey = "saleskpi.import.problem.number.otherStyle";
                params = List.of(params.get(0), settings.numbers().example(), otherReadings(params.get(0)));
                message = message + otherReadingsInWords(params.get(0));
            }
            problem(new Problem(row.line(), Optional.of(problem.column()), key, Severity.ERROR, messageKey, params,
                    message));
        }

        /** {@code 1234 (en), 1.234 (de)}: how the other styles read a cell. */
        private String otherReadings(String cell) {
            return settings.numbers().otherReadings(cell).stream()
                    .map(reading -> reading.value().toPlainString() + " (" + reading.style().tag() + ")")
                    .collect(Collectors.joining(", "));
        }

        private String otherReadingsInWords(String cell) {
            String readings = otherReadings(cell);
            return readings.isEmpty() ? "" : "; it reads as " + readings + " in another number format";
        }

        private void once(CsvRows.Row row, String key, String column, String what, String messageKey,
                List<String> params, String message) {
            if (warnedOnce.add(what)) {
                problem(new Problem(row.line(), Optional.of(column), key, Severity.WARNING, messageKey, params,
                        message));
            }
        }

        private void problem(Problem problem) {
            problemCount++;
            if (problems.size() < ImportPreview.MOST_PROBLEMS) {
                problems.add(problem);
            }
        }

        private Optional<String> knownKey(String name) {
            return known.computeIfAbsent(name.strip(), people::knownKey);
        }

        private List<KpiProfile> profilesOf(String project) {
            return profilesOf.computeIfAbsent(project, profiles::ofProject);
        }

        /** The header as the file writes it, from its lower-cased key. */
        private String header(String column) {
            return "Custom field (" + scan.header().customFields().get(column) + ")";
        }
    }

    /** deal, lead, customer, campaign, cost or empty: what the profile makes of an issue type. */
    static String kind(SalesModel model, String type) {
        if (model.dealTypes().contains(type)) {
            return "deal";
        }
        if (model.leadTypes().contains(type)) {
            return "lead";
        }
        if (model.customerTypes().contains(type)) {
            return "customer";
        }
        if (model.campaignTypes().contains(type)) {
            return "campaign";
        }
        return model.costTypes().contains(type) ? "cost" : "";
    }

    private static Optional<BigDecimal> number(IssueRecord record, String fieldId) {
        return record.field(fieldId).filter(FieldValue.NumberValue.class::isInstance)
                .map(value -> ((FieldValue.NumberValue) value).value());
    }

    private static Optional<String> text(IssueRecord record, String fieldId) {
        return record.field(fieldId).map(value -> {
            if (value instanceof FieldValue.TextValue text) {
                return text.value();
            }
            return value instanceof FieldValue.OptionValue option ? option.value() : String.valueOf(value);
        });
    }

    private static Optional<LocalDate> date(IssueRecord record, String fieldId) {
        return record.field(fieldId).filter(FieldValue.DateValue.class::isInstance)
                .map(value -> ((FieldValue.DateValue) value).value());
    }

    /** The statuses the file's leads or customers of a profile are in, and the first row of them. */
    private static final class KindStatuses {
        private final KpiProfile profile;
        private final String kind;
        private final CsvRows.Row row;
        private final String key;
        private final Set<String> statuses = new TreeSet<>();

        KindStatuses(KpiProfile profile, String kind, CsvRows.Row row, String key) {
            this.profile = profile;
            this.kind = kind;
            this.row = row;
            this.key = key;
        }
    }

    /** A row of the file and the issue made of it. */
    private record IssueAt(CsvRows.Row row, IndexedIssue issue) {
    }

    /** The rows of one project: count, and the statuses of each issue type, for an offered profile. */
    private static final class ProjectRows {
        private int rows;
        private final Map<String, Map<String, StatusRows>> statuses = new LinkedHashMap<>();

        void add(IssueRecord record) {
            rows++;
            statuses.computeIfAbsent(record.issueType(), any -> new LinkedHashMap<>())
                    .computeIfAbsent(record.status(), any -> new StatusRows(record.statusCategory())).rows++;
        }

        ImportPreview.ProfileOffer offer(Map<String, CustomField> fields) {
            List<ImportPreview.TypeFound> types = new ArrayList<>();
            statuses.forEach((type, ofType) -> {
                String kind = ProfileGuess.kind(type);
                List<ImportPreview.StatusFound> found = new ArrayList<>();
                int count = 0;
                for (Map.Entry<String, StatusRows> status : ofType.entrySet()) {
                    count += status.getValue().rows;
                    found.add(new ImportPreview.StatusFound(status.getKey(), status.getValue().category.name(),
                            status.getValue().rows, ProfileGuess.role(kind, status.getKey())));
                }
                types.add(new ImportPreview.TypeFound(type, count, kind, found));
            });
            List<String> numbers = names(fields, FieldType.NUMBER);
            List<String> texts = new ArrayList<>(names(fields, FieldType.TEXT));
            texts.addAll(names(fields, FieldType.OPTION));
            List<String> days = names(fields, FieldType.DATE);
            return new ImportPreview.ProfileOffer(types, numbers, texts, days, ProfileGuess.amount(numbers),
                    ProfileGuess.customer(texts), ProfileGuess.closeDate(days));
        }

        private static List<String> names(Map<String, CustomField> fields, FieldType type) {
            return fields.values().stream().filter(field -> field.type() == type).map(CustomField::name).toList();
        }
    }

    private static final class StatusRows {
        private final StatusCategory category;
        private int rows;

        StatusRows(StatusCategory category) {
            this.category = category;
        }
    }
}
