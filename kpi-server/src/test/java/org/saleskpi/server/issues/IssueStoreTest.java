package org.saleskpi.server.issues;

import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueSink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.server.progress.Progress;
import org.saleskpi.store.Database;

class IssueStoreTest {

    private static final Instant MONDAY = Instant.parse("2024-03-11T09:15:30Z");
    private static final IssueWrite EDITOR = IssueWrite.by("editor", MONDAY.plusSeconds(86_400));

    @ParameterizedTest
    @EnumSource(Database.class)
    void whatIsSavedIsLoadedBackAsItWas(Database database) {
        DataSource dataSource = database.openDataSource();
        IssueStore store = newStore(dataSource, IssueSink.NONE);
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        CustomField closeDate = store.defineField("Close date", FieldType.DATE);
        CustomField stage = store.defineField("Stage", FieldType.OPTION);
        CustomField owner = store.defineField("Owner", FieldType.USER);
        CustomField notes = store.defineField("Notes", FieldType.TEXT);
        IndexedIssue full = new IndexedIssue(IssueRecord.builder("SALES-1", "SALES")
                .type("Opportunity")
                .status("Won", StatusCategory.DONE)
                .resolution("Done")
                .assignee("rep01")
                .reporter("manager")
                .created(MONDAY)
                .updated(MONDAY.plusSeconds(3600))
                .resolved(MONDAY.plusSeconds(7200))
                .due(LocalDate.of(2024, 3, 31))
                // 12.30 keeps its scale: BigDecimal equality would tell 12.3 apart.
                .field(amount.id(), FieldValue.number(new BigDecimal("12.30")))
                .field(closeDate.id(), FieldValue.date(LocalDate.of(2024, 3, 29)))
                .field(stage.id(), FieldValue.option("Closing"))
                .field(owner.id(), FieldValue.user("rep02"))
                .field(notes.id(), FieldValue.text("Line one,\n\"quoted\" line two"))
                .build(), "Deal: Acme renewal", "Multi-line\r\ndescription, with commas", Set.of("renewal", "q1"));
        IndexedIssue bare = new IndexedIssue(IssueRecord.builder("SALES-2", "SALES")
                .type("Lead")
                .status("Open", StatusCategory.TO_DO)
                .created(MONDAY)
                .build(), "Lead", "", Set.of());
        store.save(List.of(full, bare), EDITOR);

        RecordingSink reloaded = new RecordingSink();
        // A second store on the same database, as after a restart: creating the schema again is harmless.
        newStore(dataSource, IssueSink.NONE).loadInto(reloaded, Progress.NONE);

        assertThat(reloaded.fields).containsExactly(amount, closeDate, stage, owner, notes);
        assertThat(reloaded.issues).containsOnlyKeys("SALES-1", "SALES-2");
        assertThat(reloaded.issues.get("SALES-1")).isEqualTo(full);
        assertThat(reloaded.issues.get("SALES-2")).isEqualTo(bare);
        assertThat(store.count()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void savingAnIssueAgainReplacesItsFieldsLabelsAndValues(Database database) {
        RecordingSink sink = new RecordingSink();
        IssueStore store = newStore(database.openDataSource(), sink);
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        store.save(List.of(deal("SALES-7", amount, "100", Set.of("new", "q1"))), EDITOR);

        IndexedIssue changed = deal("SALES-7", amount, "250.50", Set.of("renewal"));
        store.save(List.of(changed), EDITOR);

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find("SALES-7")).contains(changed);
        assertThat(sink.issues.get("SALES-7")).isEqualTo(changed);
        assertThat(sink.upserts).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSaveThatFailsPartWayLeavesNothingBehindAndTellsTheSinkNothing(Database database) {
        RecordingSink sink = new RecordingSink();
        IssueStore store = newStore(database.openDataSource(), sink);
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        List<IndexedIssue> issues = new ArrayList<>();
        for (int i = 1; i <= 1500; i++) {
            issues.add(deal("SALES-" + i, amount, "1", Set.of()));
        }
        // Too long for the assignee column: the second batch fails after the first was written.
        issues.set(1200, new IndexedIssue(IssueRecord.builder("SALES-1201", "SALES").type("Opportunity")
                .status("Proposal", StatusCategory.IN_PROGRESS).assignee("x".repeat(300)).created(MONDAY).build(),
                "Deal SALES-1201", "", Set.of()));

        assertThatThrownBy(() -> store.save(issues, EDITOR)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("none was saved");
        assertThat(store.count()).isZero();
        assertThat(sink.issues).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aLabelLongerThanJirasLimitIsRefusedBeforeAnythingIsWritten(Database database) {
        RecordingSink sink = new RecordingSink();
        IssueStore store = newStore(database.openDataSource(), sink);
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        List<IndexedIssue> issues = List.of(deal("SALES-1", amount, "1", Set.of("x".repeat(IssueStore.MAX_LABEL))),
                deal("SALES-2", amount, "1", Set.of("x".repeat(IssueStore.MAX_LABEL + 1))));

        assertThatThrownBy(() -> store.save(issues, EDITOR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("issue SALES-2 has a label longer than 255 characters");
        assertThat(store.count()).isZero();
        assertThat(sink.issues).isEmpty();

        store.save(issues.subList(0, 1), EDITOR);
        assertThat(store.find("SALES-1")).hasValueSatisfying(
                kept -> assertThat(kept.labels()).containsExactly("x".repeat(IssueStore.MAX_LABEL)));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void fieldIdsAreStableAcrossRestartsAndNamesAreNotDefinedTwice(Database database) {
        DataSource dataSource = database.openDataSource();
        IssueStore first = newStore(dataSource, IssueSink.NONE);
        CustomField amount = first.defineField("Amount", FieldType.NUMBER);
        CustomField customer = first.defineField("Customer", FieldType.TEXT);

        IssueStore restarted = newStore(dataSource, IssueSink.NONE);

        assertThat(amount.id()).isEqualTo("customfield_10000");
        assertThat(customer.id()).isEqualTo("customfield_10001");
        assertThat(restarted.defineField("Amount", FieldType.NUMBER)).isEqualTo(amount);
        assertThat(restarted.defineField("Customer", FieldType.TEXT)).isEqualTo(customer);
        assertThat(restarted.defineField("Cost", FieldType.NUMBER).id()).isEqualTo("customfield_10002");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFieldDefinedWithItsOwnIdMovesTheNextFreeIdPastIt(Database database) {
        IssueStore store = newStore(database.openDataSource(), IssueSink.NONE);
        CustomField amount = new CustomField("customfield_10010", "Amount", FieldType.NUMBER);

        assertThat(store.defineField(amount)).isEqualTo(amount);
        assertThat(store.defineField(amount)).isEqualTo(amount);
        assertThat(store.defineField("Region", FieldType.OPTION).id()).isEqualTo("customfield_10011");
        assertThatThrownBy(() -> store.defineField(new CustomField("customfield_10010", "Value", FieldType.NUMBER)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already defined as 'Amount'");
        assertThatThrownBy(() -> store.defineField(new CustomField("customfield_20000", "Amount", FieldType.NUMBER)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("customfield_10010");
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2_MEMORY")
    void issuesWithUndefinedOrMistypedFieldsAreRefusedBeforeAnythingIsWritten(Database database) {
        IssueStore store = newStore(database.openDataSource(), IssueSink.NONE);
        CustomField customer = store.defineField("Customer", FieldType.TEXT);
        IndexedIssue mistyped = deal("SALES-1", customer, "5", Set.of());

        assertThatThrownBy(() -> store.save(List.of(mistyped), EDITOR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NUMBER value in TEXT field");
        assertThat(store.count()).isZero();
    }

    private static IssueStore newStore(DataSource dataSource, IssueSink sink) {
        IssueStore store = new IssueStore(dataSource, sink);
        store.createSchema();
        return store;
    }

    private static IndexedIssue deal(String key, CustomField amount, String value, Set<String> labels) {
        return new IndexedIssue(IssueRecord.builder(key, "SALES")
                .type("Opportunity")
                .status("Proposal", StatusCategory.IN_PROGRESS)
                .assignee("rep01")
                .created(MONDAY)
                .field(amount.id(), FieldValue.number(new BigDecimal(value)))
                .build(), "Deal " + key, "", labels);
    }
}
