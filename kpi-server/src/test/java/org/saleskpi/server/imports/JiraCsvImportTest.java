package org.saleskpi.server.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.server.issues.ChangeGroup;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.issues.IssueWrite;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.server.issues.RecordingSink;
import org.saleskpi.server.progress.Progress;
import org.saleskpi.store.Database;

class JiraCsvImportTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ImportSettings JIRA_IN_BERLIN = ImportSettings.defaults(BERLIN);
    /** The importing administrator, after the export's last update. */
    private static final IssueWrite ADMIN = IssueWrite.by("admin", Instant.parse("2024-09-02T12:00:00Z"));
    private static final String HEADER = "Issue key,Summary,Issue Type,Status,Created,Custom field (Amount),Description";

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void importsTheExportAndReloadsExactlyWhatWasImported(Database database) {
        RecordingSink index = new RecordingSink();
        IssueStore store = store(database.openDataSource(), index);

        ImportReport report = importer(store).run(fixture(), JIRA_IN_BERLIN, ADMIN, Progress.NONE);

        assertThat(report).isEqualTo(new ImportReport(10, 10, 0, 0, List.of(), 10));
        RecordingSink reloaded = new RecordingSink();
        store.loadInto(reloaded, Progress.NONE);
        assertThat(reloaded.fields).containsExactlyElementsOf(index.fields);
        assertThat(reloaded.issues).isEqualTo(index.issues).hasSize(10);
        assertThat(store.histories(List.copyOf(index.issues.keySet()), Set.of("status")).values())
                .describedAs("an export carries no history").hasSize(10).noneMatch(IssueHistory::known);
    }

    @Test
    void readsEveryColumnOfAJiraRow() {
        IssueStore store = store(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        importer(store).run(fixture(), JIRA_IN_BERLIN, ADMIN, Progress.NONE);
        String amount = store.field("Amount").orElseThrow().id();
        String customer = store.field("Customer").orElseThrow().id();
        String close = store.field("Expected close").orElseThrow().id();
        String product = store.field("Product").orElseThrow().id();

        IndexedIssue acme = store.find("SALES-101").orElseThrow();

        assertThat(store.fields()).extracting(CustomField::name, CustomField::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Amount", FieldType.NUMBER),
                org.assertj.core.groups.Tuple.tuple("Customer", FieldType.TEXT),
                org.assertj.core.groups.Tuple.tuple("Expected close", FieldType.DATE),
                // Repeated columns are a multi-select: its first value, as an option.
                org.assertj.core.groups.Tuple.tuple("Product", FieldType.OPTION));
        assertThat(acme.record()).isEqualTo(IssueRecord.builder("SALES-101", "SALES")
                .type("Opportunity")
                .status("Won", StatusCategory.DONE)
                .resolution("Done")
                .assignee("anna-berg")
                .reporter("max-muller")
                // 3:45 PM in Berlin in March is 14:45 UTC (CET, before the clocks change).
                .created(Instant.parse("2024-03-12T14:45:00Z"))
                .updated(Instant.parse("2024-03-28T10:02:00Z"))
                .resolved(Instant.parse("2024-03-28T10:02:00Z"))
                .due(LocalDate.of(2024, 3, 31))
                .field(amount, FieldValue.number(new BigDecimal("12500.00")))
                .field(customer, FieldValue.text("Acme Corp"))
                .field(close, FieldValue.date(LocalDate.of(2024, 3, 29)))
                .field(product, FieldValue.option("Analytics"))
                .build());
        assertThat(acme.summary()).isEqualTo("Deal: Acme renewal");
        assertThat(acme.labels()).containsExactlyInAnyOrder("renewal", "q1");
        assertThat(acme.description()).isEqualTo("Renewal of the 2023 contract.\n"
                + "Customer asked for \"net 30\" terms, and a 5% discount.\nSigned on the 28th.");
        // 9:05 AM in Berlin in July is 07:05 UTC (CEST).
        assertThat(store.find("SALES-103").orElseThrow().record().created())
                .isEqualTo(Instant.parse("2024-07-02T07:05:00Z"));
        assertThat(store.find("SALES-109").orElseThrow().record().assignee()).isEmpty();
        assertThat(store.find("SALES-109").orElseThrow().description()).isEqualTo(
                "Pilot for 50 seats.\n\nNext step: pricing call.");
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndAnEditedRowUpdatesOneIssue() {
        RecordingSink index = new RecordingSink();
        IssueStore store = store(Database.H2_MEMORY.openDataSource(), index);
        JiraCsvImport importer = importer(store);
        importer.run(fixture(), JIRA_IN_BERLIN, ADMIN, Progress.NONE);
        int upsertsAfterFirst = index.upserts;

        ImportReport again = importer.run(fixture(), JIRA_IN_BERLIN, ADMIN, Progress.NONE);
        byte[] edited = new String(fixture(), StandardCharsets.UTF_8)
                .replace("Negotiation,In Progress", "Won,Done").getBytes(StandardCharsets.UTF_8);
        ImportReport afterEdit = importer.run(edited, JIRA_IN_BERLIN, ADMIN, Progress.NONE);

        assertThat(again).isEqualTo(new ImportReport(10, 0, 0, 10, List.of(), 0));
        assertThat(index.upserts).isEqualTo(upsertsAfterFirst + 1);
        assertThat(afterEdit).isEqualTo(new ImportReport(10, 0, 1, 9, List.of(), 0));
        assertThat(store.find("SALES-103").orElseThrow().record().status()).isEqualTo("Won");
        assertThat(store.changelog("SALES-103", 0, 100).groups()).describedAs("the re-import's change, as the importer's")
                .extracting(ChangeGroup::changes).containsExactly(
                        List.of(Change.of(ADMIN.at(), "status", "Negotiation", "Won", "admin")));
        assertThat(store.histories(List.of("SALES-103"), Set.of("status")).get("SALES-103").known())
                .describedAs("its past before the first import stays unknown").isFalse();
    }

    @Test
    void fieldIdsSurviveARestartSoAReimportAfterOneIsStillUnchanged() {
        DataSource database = Database.H2_MEMORY.openDataSource();
        IssueStore first = store(database, IssueSink.NONE);
        importer(first).run(fixture(), JIRA_IN_BERLIN, ADMIN, Progress.NONE);
        List<CustomField> fields = first.fields();

        IssueStore restarted = store(database, IssueSink.NONE);
        ImportReport again = importer(restarted).run(fixture(), JIRA_IN_BERLIN, ADMIN, Progress.NONE);

        assertThat(restarted.fields()).isEqualTo(fields);
        assertThat(fields).extracting(CustomField::id)
                .containsExactly("customfield_10000", "customfield_10001", "customfield_10002", "customfield_10003");
        assertThat(again.unchanged()).isEqualTo(10);
    }

    @Test
    void badRowsAreSkippedWithTheLineTheyStartOnAndTheRestIsImported() {
        IssueStore store = store(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        String csv = HEADER + "\n"
                + "SALES-1,First deal,Opportunity,Open,12/Mar/24 3:45 PM,100,\"spans\nthree\nlines\"\n"
                + "SALES-2,,Opportunity,Open,12/Mar/24 3:45 PM,100,\n"
                + "SALES-3,Bad date,Opportunity,Open,32/Mar/24 3:45 PM,100,\n"
                + "\n"
                + "SALES-4,No amount,Opportunity,Open,12/Mar/24 3:45 PM,,\"two\nlines\"\n"
                + ",No key,Task,Open,12/Mar/24 3:45 PM,,\n"
                + "SALES-1,Twice,Opportunity,Open,12/Mar/24 3:45 PM,5,\n"
                + "SALES-6,No type,,Open,12/Mar/24 3:45 PM,5,\n"
                + "SALES-7,Fine,Task,Open,12/Mar/24 3:45 PM,7.5,\n";

        ImportReport report = importer(store).run(bytes(csv), JIRA_IN_BERLIN, ADMIN, Progress.NONE);

        assertThat(report.skipped()).containsExactly(
                new SkippedRow(5, "SALES-2: missing Summary"),
                new SkippedRow(6, "SALES-3: Created '32/Mar/24 3:45 PM' is not a date and time like dd/MMM/yy h:mm a"),
                new SkippedRow(10, "missing Issue key"),
                new SkippedRow(11, "SALES-1: the key appears again; first on line 2"),
                new SkippedRow(12, "SALES-6: missing Issue Type"));
        assertThat(report.read()).isEqualTo(8);
        assertThat(report.created()).isEqualTo(3);
        assertThat(store.find(List.of("SALES-1", "SALES-4", "SALES-7"))).hasSize(3);
    }

    @Test
    void aValueThatDoesNotFitAnAlreadyDefinedFieldSkipsItsRow() {
        IssueStore store = store(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        store.defineField("Amount", FieldType.NUMBER);
        String csv = HEADER + "\n"
                + "SALES-1,Fine,Opportunity,Open,12/Mar/24 3:45 PM,100,\n"
                + "SALES-2,Words,Opportunity,Open,12/Mar/24 3:45 PM,about a hundred,\n";

        ImportReport report = importer(store).run(bytes(csv), JIRA_IN_BERLIN, ADMIN, Progress.NONE);

        assertThat(report.skipped()).containsExactly(
                new SkippedRow(3, "SALES-2: Custom field (Amount) 'about a hundred' is not a number"));
        assertThat(report.created()).isEqualTo(1);
    }

    @Test
    void aRowWithALabelLongerThanJirasLimitIsSkippedAndTheOthersImported() {
        String csv = "Issue key,Summary,Issue Type,Status,Created,Labels\n"
                + "SALES-1,Fine,Opportunity,Open,12/Mar/24 3:45 PM," + "x".repeat(IssueStore.MAX_LABEL) + "\n"
                + "SALES-2,Too long,Opportunity,Open,12/Mar/24 3:45 PM,q1 " + "x".repeat(IssueStore.MAX_LABEL + 1)
                + "\n";
        IssueStore store = store(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);

        ImportReport report = importer(store).run(bytes(csv), JIRA_IN_BERLIN, ADMIN, Progress.NONE);

        assertThat(report.skipped()).containsExactly(
                new SkippedRow(3, "SALES-2: a label is longer than 255 characters, the most Jira allows"));
        assertThat(report.created()).isEqualTo(1);
        assertThat(store.find("SALES-1")).hasValueSatisfying(
                issue -> assertThat(issue.labels()).containsExactly("x".repeat(IssueStore.MAX_LABEL)));
    }

    @Test
    void aFirstReadingMadeBeforeTheStoreWasOpenKeepsTheTypeOfAFieldDefinedThere() {
        String csv = HEADER + "\n"
                + "SALES-1,Fine,Opportunity,Open,12/Mar/24 3:45 PM,100,\n"
                + "SALES-2,Words,Opportunity,Open,12/Mar/24 3:45 PM,about a hundred,\n";
        // Read as the command line reads while its database opens (ADR 0079): the reading knows no field.
        JiraCsvImport.FirstReading reading = JiraCsvImport.readFirst(bytes(csv), JIRA_IN_BERLIN);
        IssueStore store = store(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        store.defineField("Amount", FieldType.NUMBER);

        ImportReport report = importer(store).run(reading, ADMIN, Progress.NONE);

        assertThat(reading.rows()).isEqualTo(2);
        assertThat(report.skipped()).containsExactly(
                new SkippedRow(3, "SALES-2: Custom field (Amount) 'about a hundred' is not a number"));
        assertThat(report.created()).isEqualTo(1);
        assertThat(store.fields()).extracting(CustomField::name, CustomField::type)
                .containsExactly(tuple("Amount", FieldType.NUMBER));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "unbalanced quotes", "empty file", "no key column", "no summary column", "not text", "not UTF-8"})
    void aMalformedFileImportsNothingAndSaysWhy(String malformation) {
        IssueStore store = store(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        byte[] file = malformed(malformation);

        assertThatThrownBy(() -> importer(store).run(file, JIRA_IN_BERLIN, ADMIN, Progress.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("file"));
                    assertThat(e.getMessage()).endsWith("nothing was imported");
                });
        assertThat(store.count()).isZero();
        assertThat(store.fields()).isEmpty();
    }

    private static byte[] malformed(String malformation) {
        String fine = HEADER + "\nSALES-1,Fine,Task,Open,12/Mar/24 3:45 PM,1,\n";
        switch (malformation) {
            case "unbalanced quotes":
                return bytes(fine + "SALES-2,\"Never closed,Task,Open,12/Mar/24 3:45 PM,1,\n");
            case "empty file":
                return bytes("\uFEFF\n\n");
            case "no key column":
                return bytes(fine.replace("Issue key", "Key"));
            case "no summary column":
                return bytes(fine.replace("Summary", "Title"));
            case "not text":
                return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
            default:
                return new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28};
        }
    }

    @Test
    void readsTheDateFormatAndZoneTheJiraInstanceWasConfiguredWith() {
        IssueStore store = store(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        ImportSettings newYork = new ImportSettings(Optional.empty(), "yyyy-MM-dd HH:mm", ZoneId.of("America/New_York"));
        String csv = "Issue key,Summary,Issue Type,Status,Created,Resolution,Resolved,Due Date\n"
                // 01:30 on the night the clocks go back exists twice; the earlier (EDT, -4) is taken.
                + "OPS-1,Winter,Task,Closed,2024-01-15 09:30,Done,2024-11-03 01:30,2024-02-01\n"
                + "OPS-2,Summer,Task,In Review,2024-07-15 09:30,,,\n"
                + "OPS-3,Backlog,Task,Backlog,2024-07-15 23:59,,,\n";

        importer(store).run(bytes(csv), newYork, ADMIN, Progress.NONE);

        IssueRecord winter = store.find("OPS-1").orElseThrow().record();
        assertThat(winter.created()).isEqualTo(Instant.parse("2024-01-15T14:30:00Z"));
        assertThat(winter.resolved()).contains(Instant.parse("2024-11-03T05:30:00Z"));
        assertThat(winter.due()).contains(LocalDate.of(2024, 2, 1));
        assertThat(winter.project()).isEqualTo("OPS");
        // Without a Status Category column: resolved means done, then by the status's name.
        assertThat(winter.statusCategory()).isEqualTo(StatusCategory.DONE);
        IssueRecord summer = store.find("OPS-2").orElseThrow().record();
        assertThat(summer.created()).isEqualTo(Instant.parse("2024-07-15T13:30:00Z"));
        assertThat(summer.statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(store.find("OPS-3").orElseThrow().record().statusCategory()).isEqualTo(StatusCategory.TO_DO);
    }

    @Test
    void aGivenProjectIsSetOnEveryIssueAndKeysStayAsExported() {
        IssueStore store = store(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        ImportSettings intoCrm = new ImportSettings(Optional.of("CRM"), ImportSettings.JIRA_DATE_FORMAT, BERLIN);

        importer(store).run(fixture(), intoCrm, ADMIN, Progress.NONE);

        IndexedIssue acme = store.find("SALES-101").orElseThrow();
        assertThat(acme.record().project()).isEqualTo("CRM");
    }

    @Test
    void anImportIntoOneProjectLeavesAnIssueOfAnotherProjectAlone() {
        IssueStore store = store(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        String csv = "Issue key,Summary,Issue Type,Status,Created\n"
                + "SALES-1,Theirs,Task,Open,12/Mar/24 3:45 PM\n";
        importer(store).run(bytes(csv), JIRA_IN_BERLIN, ADMIN, Progress.NONE);
        ImportSettings intoCrm = new ImportSettings(Optional.of("CRM"), ImportSettings.JIRA_DATE_FORMAT, BERLIN);

        ImportReport report = importer(store).run(bytes(csv.replace("Theirs", "Mine now")
                + "CRM-1,Ours,Task,Open,12/Mar/24 3:45 PM\n"), intoCrm, ADMIN, Progress.NONE);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.skipped()).containsExactly(new SkippedRow(2,
                "SALES-1: is an issue of project SALES, which an import into CRM does not change"));
        assertThat(store.find("SALES-1").orElseThrow().summary()).isEqualTo("Theirs");
        assertThat(store.find("SALES-1").orElseThrow().record().project()).isEqualTo("SALES");
    }

    @Test
    void aProjectThatIsNotAProjectKeyIsRefused() {
        assertThatThrownBy(() -> new ImportSettings(Optional.of("crm x"), ImportSettings.JIRA_DATE_FORMAT, BERLIN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("project"));
        assertThatThrownBy(() -> new ImportSettings(Optional.empty(), "dd/MMM/yy {", BERLIN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("dateFormat"));
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void aFileRefusedByTheDatabaseInALaterBatchLeavesNothingWrittenAndNothingIndexed(Database database) {
        RecordingSink index = new RecordingSink();
        IssueStore store = store(database.openDataSource(), index);
        // Six good rows (three batches of two), then a status longer than the 255 characters the column holds: the
        // database refuses the fourth batch after the first three were written in the same transaction.
        StringBuilder csv = new StringBuilder("Issue key,Summary,Issue Type,Status,Created,Labels\n");
        for (int i = 1; i <= 6; i++) {
            csv.append("SALES-").append(i).append(",Deal ").append(i).append(",Opportunity,Open,12/Mar/24 3:45 PM,q1\n");
        }
        csv.append("SALES-7,Too long,Opportunity,").append("x".repeat(300)).append(",12/Mar/24 3:45 PM,q1\n");
        List<long[]> reports = new ArrayList<>();

        assertThatThrownBy(() -> new JiraCsvImport(store, new SlugPeople(), 2)
                .run(bytes(csv.toString()), JIRA_IN_BERLIN, ADMIN, (done, total) -> reports.add(new long[] {done, total})))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("none was saved");

        assertThat(reports).extracting(report -> report[0]).describedAs("three batches went through before the failure")
                .containsExactly(0L, 2L, 4L, 6L);
        assertThat(store.count()).isZero();
        assertThat(store.find(List.of("SALES-1", "SALES-6"))).isEmpty();
        assertThat(index.issues).isEmpty();
        assertThat(index.upserts).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void aFailureWhileALaterBatchIsReadAheadLeavesNothingWrittenAndNothingIndexed(Database database) {
        RecordingSink index = new RecordingSink();
        IssueStore store = store(database.openDataSource(), index);
        // Batches of two, read on the read-ahead thread; the user table fails on the seventh row's rep, while the
        // batches before are being written in the import's transaction.
        StringBuilder csv = new StringBuilder("Issue key,Summary,Issue Type,Status,Created,Assignee\n");
        for (int i = 1; i <= 9; i++) {
            csv.append("SALES-").append(i).append(",Deal,Opportunity,Open,12/Mar/24 3:45 PM,Rep ").append(i).append('\n');
        }
        IllegalStateException refused = new IllegalStateException("cannot create user Rep 7");
        PersonResolver people = name -> {
            if (name.equals("Rep 7")) {
                throw refused;
            }
            return new SlugPeople().userKeyFor(name);
        };

        assertThatThrownBy(() -> new JiraCsvImport(store, people, 2)
                .run(bytes(csv.toString()), JIRA_IN_BERLIN, ADMIN, Progress.NONE))
                .isSameAs(refused);

        assertThat(store.count()).isZero();
        assertThat(index.issues).isEmpty();
        assertThat(index.upserts).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).describedAs("the read-ahead thread ended with the import")
                .noneMatch(thread -> thread.getName().equals("csv-import-read-ahead"));
    }

    @Test
    void progressCountsTheRowsWrittenBatchByBatchFromTheFirstBatchOnWithTheNextBatchesReadAhead() {
        IssueStore store = store(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        // Thirty data rows, each naming its own rep; SALES-4 has no summary and is skipped (rows done count it too).
        StringBuilder csv = new StringBuilder("Issue key,Summary,Issue Type,Status,Created,Assignee\n");
        for (int i = 1; i <= 30; i++) {
            csv.append("SALES-").append(i).append(i == 4 ? "," : ",Deal").append(",Opportunity,Open,12/Mar/24 3:45 PM,")
                    .append("Rep ").append(i).append('\n');
        }
        List<String> resolved = Collections.synchronizedList(new ArrayList<>());
        PersonResolver people = name -> {
            resolved.add(name);
            return new SlugPeople().userKeyFor(name);
        };
        List<int[]> reports = new ArrayList<>();

        ImportReport report = new JiraCsvImport(store, people, 3).run(bytes(csv.toString()), JIRA_IN_BERLIN, ADMIN,
                (done, total) -> reports.add(new int[] {(int) done, (int) total, resolved.size()}));

        // Batches of 3: nothing is done before the first batch, then each written batch (3, 6, ... 27 rows), and all
        // 30 once the import commits. The next batches are read meanwhile, at most two ahead of the rows written
        // (one waiting, one being read): a report never counts a row not yet written, and the file is never
        // resolved whole before anything is written.
        assertThat(reports).extracting(r -> r[0]).containsExactly(0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30);
        assertThat(reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(30));
        assertThat(reports.get(0)[2]).describedAs("reps resolved before the first batch").isZero();
        for (int[] r : reports.subList(1, reports.size() - 1)) {
            // Rows 1 to done are resolved (less SALES-4's missing rep once done passes it), at most 6 more.
            assertThat(r[2]).describedAs("reps resolved at %d rows written", r[0])
                    .isBetween(r[0] - (r[0] >= 4 ? 1 : 0), r[0] + 6);
        }
        assertThat(reports.get(reports.size() - 1)[2]).isEqualTo(29);
        assertThat(report.created()).isEqualTo(29);
        assertThat(report.skipped()).extracting(SkippedRow::line).containsExactly(5L);
    }

    @Test
    void eachDistinctNameIsResolvedOnceHoweverManyRowsNameIt() {
        IssueStore store = store(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        Map<String, Integer> asked = new HashMap<>();
        PersonResolver counting = name -> {
            asked.merge(name, 1, Integer::sum);
            return new SlugPeople().userKeyFor(name);
        };
        StringBuilder csv = new StringBuilder("Issue key,Summary,Issue Type,Status,Created,Assignee,Reporter\n");
        for (int i = 1; i <= 12; i++) {
            csv.append("SALES-").append(i).append(",Deal,Opportunity,Open,12/Mar/24 3:45 PM,")
                    .append(i % 3 == 0 ? "Anna Berg" : "Max Müller").append(",Anna Berg\n");
        }

        new JiraCsvImport(store, counting, 5).run(bytes(csv.toString()), JIRA_IN_BERLIN, ADMIN, Progress.NONE);

        assertThat(asked).containsOnly(Map.entry("Anna Berg", 1), Map.entry("Max Müller", 1));
        assertThat(store.find("SALES-3")).hasValueSatisfying(issue -> {
            assertThat(issue.record().assignee()).contains("anna-berg");
            assertThat(issue.record().reporter()).contains("anna-berg");
        });
        assertThat(store.find("SALES-4")).hasValueSatisfying(
                issue -> assertThat(issue.record().assignee()).contains("max-muller"));
    }

    static byte[] fixture() {
        try (InputStream in = JiraCsvImportTest.class.getResourceAsStream("/imports/jira-export.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private static IssueStore store(DataSource dataSource, IssueSink sink) {
        IssueStore store = new IssueStore(dataSource, sink);
        store.createSchema();
        return store;
    }

    private static JiraCsvImport importer(IssueStore store) {
        return new JiraCsvImport(store, new SlugPeople());
    }
}
