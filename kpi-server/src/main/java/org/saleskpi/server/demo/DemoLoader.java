package org.saleskpi.server.demo;

import static org.saleskpi.demo.DemoSalesModel.AMOUNT_FIELD;
import static org.saleskpi.demo.DemoSalesModel.CLOSE_DATE_FIELD;
import static org.saleskpi.demo.DemoSalesModel.COST_FIELD;
import static org.saleskpi.demo.DemoSalesModel.CUSTOMER_FIELD;
import static org.saleskpi.demo.DemoSalesModel.EMAILS_OPENED_FIELD;
import static org.saleskpi.demo.DemoSalesModel.EMAILS_SENT_FIELD;
import static org.saleskpi.demo.DemoSalesModel.FORECAST_CATEGORY_FIELD;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.demo.DemoIssueType;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.server.progress.Progress;

/**
 * Fills the local store with the generated demo project: its custom fields under the ids
 * {@link DemoSalesModel} expects, and its issues with summaries and labels a person would write.
 */
public final class DemoLoader {
    /** Fixed, so every demo server shows the same numbers for the same day. */
    public static final long SEED = 20_240_301L;
    public static final int ISSUE_COUNT = 20_000;
    /** Issues per transaction: a failed load keeps what was written, and memory stays flat. */
    static final int CHUNK = 1_000;

    /** The demo's custom fields with the names a Jira admin would have given them. */
    public static final List<CustomField> FIELDS = List.of(
            new CustomField(AMOUNT_FIELD, "Amount", FieldType.NUMBER),
            new CustomField(CUSTOMER_FIELD, "Customer", FieldType.TEXT),
            new CustomField(COST_FIELD, "Cost", FieldType.NUMBER),
            new CustomField(EMAILS_SENT_FIELD, "Emails sent", FieldType.NUMBER),
            new CustomField(EMAILS_OPENED_FIELD, "Emails opened", FieldType.NUMBER),
            new CustomField(CLOSE_DATE_FIELD, "Close date", FieldType.DATE),
            new CustomField(FORECAST_CATEGORY_FIELD, "Forecast category", FieldType.OPTION));

    private static final DateTimeFormatter CAMPAIGN_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final IssueStore store;

    public DemoLoader(IssueStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The standard demo: project SALES, the two years ending today, {@value #ISSUE_COUNT} issues,
     * standing at {@code now}: nothing in it happens later.
     */
    public static DemoSpec spec(Instant now, ZoneId zone) {
        return spec(now, zone, ISSUE_COUNT);
    }

    /** The standard demo with another number of issues, e.g. a million to measure the server at scale. */
    public static DemoSpec spec(Instant now, ZoneId zone, int issueCount) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return DemoSpec.of(SEED, issueCount, today.plusDays(1).minusMonths(DemoSpec.DEFAULT_MONTHS), zone).asOf(now);
    }

    /**
     * Writes the spec's fields and issues with their histories ({@link DemoIssues#generate(DemoSpec,
     * DemoIssues.HistorySink)}), {@value #CHUNK} issues and their changes per transaction; returns
     * the sales model the demo KPI profile needs.
     */
    public SalesModel load(DemoSpec spec, Progress progress) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(progress, "progress");
        FIELDS.forEach(store::defineField);
        List<IndexedIssue> chunk = new ArrayList<>(CHUNK);
        List<IssueHistory> histories = new ArrayList<>(CHUNK);
        int[] saved = {0};
        DemoIssues.generate(spec, (record, history) -> {
            chunk.add(describe(record, spec.zone()));
            histories.add(history);
            if (chunk.size() == CHUNK) {
                store.saveWithHistories(chunk, histories);
                saved[0] += chunk.size();
                chunk.clear();
                histories.clear();
                progress.report(saved[0], spec.issueCount());
            }
        });
        store.saveWithHistories(chunk, histories);
        progress.report(saved[0] + chunk.size(), spec.issueCount());
        return DemoSalesModel.of(spec);
    }

    /** The record with a summary and labels fitting its type; varied by the key's number. */
    public static IndexedIssue describe(IssueRecord record, ZoneId zone) {
        int number = Integer.parseInt(record.key().substring(record.key().lastIndexOf('-') + 1));
        String customer = text(record.field(CUSTOMER_FIELD)).orElse("a prospect");
        String type = record.issueType();
        if (type.equals(DemoIssueType.CUSTOMER.jiraName())) {
            return issue(record, "Customer: " + customer, Set.of("account"));
        }
        if (type.equals(DemoIssueType.OPPORTUNITY.jiraName()) || type.equals(DemoIssueType.DEAL.jiraName())) {
            boolean renewal = number % 3 == 0;
            return issue(record, "Deal: " + customer + (renewal ? " renewal" : " new business"),
                    Set.of(renewal ? "renewal" : "new-business"));
        }
        if (type.equals(DemoIssueType.LEAD.jiraName())) {
            boolean inbound = number % 2 == 0;
            return issue(record, inbound ? "Lead: inbound enquiry from the website" : "Lead: outbound call list",
                    Set.of(inbound ? "inbound" : "outbound"));
        }
        if (type.equals(DemoIssueType.CAMPAIGN.jiraName())) {
            String month = record.created().atZone(zone).format(CAMPAIGN_MONTH);
            return issue(record, "Campaign: newsletter " + month, Set.of("email"));
        }
        if (type.equals(DemoIssueType.EXPENSE.jiraName())) {
            String[] kinds = {"travel", "client dinner", "trade fair booth", "software licence"};
            return issue(record, "Expense: " + kinds[number % kinds.length], Set.of());
        }
        String[] tasks = {"Prepare the quarterly pipeline review", "Update the price list",
            "Call back open quotes", "Clean up duplicate contacts"};
        return issue(record, tasks[number % tasks.length], Set.of());
    }

    private static IndexedIssue issue(IssueRecord record, String summary, Set<String> labels) {
        return new IndexedIssue(record, summary, "", labels);
    }

    private static Optional<String> text(Optional<FieldValue> value) {
        return value.filter(FieldValue.TextValue.class::isInstance)
                .map(text -> ((FieldValue.TextValue) text).value());
    }
}
