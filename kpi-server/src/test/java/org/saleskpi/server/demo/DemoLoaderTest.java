package org.saleskpi.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.server.issues.RecordingSink;
import org.saleskpi.server.progress.Progress;
import org.saleskpi.server.progress.ProgressLine;
import org.saleskpi.store.Database;

class DemoLoaderTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theStandardDemoCoversTheTwoYearsEndingNow() {
        Instant now = LocalDateTime.of(2026, 11, 27, 0, 30).atZone(BERLIN).toInstant();
        DemoSpec spec = DemoLoader.spec(now, BERLIN);

        assertThat(spec.window().lastDay()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(spec.end()).isEqualTo(now);
        assertThat(spec.firstDay()).isEqualTo(LocalDate.of(2024, 11, 28));
        assertThat(spec.projectKey()).isEqualTo("SALES");
        assertThat(spec.issueCount()).isEqualTo(20_000);
    }

    @Test
    void loadsTheGeneratedIssuesUnderTheFieldIdsOfTheDemoModel() {
        IssueStore store = new IssueStore(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        store.createSchema();
        DemoSpec spec = DemoSpec.of(7, 2_500, LocalDate.of(2024, 1, 1), BERLIN);
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        SalesModel model = new DemoLoader(store).load(spec,
                new ProgressLine(new PrintStream(console, true, StandardCharsets.UTF_8), "demo"));

        assertThat(model).isEqualTo(DemoSalesModel.of(spec));
        assertThat(store.fields()).extracting(field -> field.id() + "=" + field.name()).containsExactly(
                "customfield_10010=Amount", "customfield_10020=Customer", "customfield_10030=Cost",
                "customfield_10040=Emails sent", "customfield_10041=Emails opened", "customfield_10050=Close date",
                "customfield_10060=Forecast category");
        RecordingSink reloaded = new RecordingSink();
        store.loadInto(reloaded, Progress.NONE);
        List<IssueRecord> generated = DemoIssues.generateList(spec);
        assertThat(reloaded.issues.values()).extracting(IndexedIssue::record).containsExactlyInAnyOrderElementsOf(generated);
        assertThat(console.toString(StandardCharsets.UTF_8)).containsOnlyOnce("demo: 2500 issues in ");
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void storesEveryIssuesHistoryAsTheGeneratorDrewIt(Database database) {
        IssueStore store = new IssueStore(database.openDataSource(), IssueSink.NONE);
        store.createSchema();
        DemoSpec spec = DemoSpec.of(7, 1_200, LocalDate.of(2024, 1, 1), BERLIN);
        new DemoLoader(store).load(spec, Progress.NONE);

        Map<String, IssueHistory> generated = new LinkedHashMap<>();
        DemoIssues.generate(spec, (issue, history) -> generated.put(issue.key(), history));
        Set<String> fields = generated.values().stream().flatMap(history -> history.changes().stream())
                .map(Change::field).collect(Collectors.toSet());
        assertThat(generated.values().stream().mapToInt(history -> history.changes().size()).sum())
                .describedAs("a demo with history to store").isGreaterThan(1_000);
        assertThat(store.histories(List.copyOf(generated.keySet()), fields)).isEqualTo(generated);
    }

    @Test
    void dealsReadLikeDealsAndCarryALabel() {
        IssueStore store = new IssueStore(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        store.createSchema();
        DemoSpec spec = DemoSpec.of(7, 300, LocalDate.of(2024, 1, 1), BERLIN);
        new DemoLoader(store).load(spec, Progress.NONE);

        RecordingSink reloaded = new RecordingSink();
        store.loadInto(reloaded, Progress.NONE);
        IndexedIssue deal = reloaded.issues.values().stream()
                .filter(issue -> issue.record().issueType().equals("Opportunity")).findFirst().orElseThrow();

        assertThat(deal.summary()).matches("Deal: .+ (renewal|new business)");
        assertThat(deal.labels()).containsAnyOf("renewal", "new-business");
        // Loading again updates by key and adds nothing.
        new DemoLoader(store).load(spec, Progress.NONE);
        assertThat(store.count()).isEqualTo(300);
    }
}
