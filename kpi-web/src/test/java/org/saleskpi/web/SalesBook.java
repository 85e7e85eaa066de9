package org.saleskpi.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;

/**
 * A hand-made sales book of two projects, SALES (20 issues) and OTHER (3), for the web tests. The
 * KPI values of SALES for March 2024 are worked out in {@code KpiResourceTest}. Today is
 * 2024-04-15 (UTC). adam administers SALES, vera only browses it, oscar administers OTHER.
 */
public final class SalesBook {
    public static final String AMOUNT = "customfield_10010";
    public static final String ACCOUNT = "customfield_10020";
    public static final String COST = "customfield_10030";
    public static final String SENT = "customfield_10040";
    public static final String OPENED = "customfield_10041";
    public static final String REGION = "customfield_10050";
    public static final String CLOSER = "customfield_10060";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-04-15T12:00:00Z"), ZoneOffset.UTC);

    public static final Map<String, String> PEOPLE = Map.of("alice", "Alice Adams", "bob", "Bob Brown",
            "carol", "Carol Clark", "dave", "Dave Davis", "adam", "Adam Admin", "vera", "Vera Viewer",
            "oscar", "Oscar Other");

    private SalesBook() {
    }

    public static TestAccess access() {
        return new TestAccess().administer("adam", "SALES").browse("vera", "SALES").administer("oscar", "OTHER");
    }

    public static ApiServer start() throws Exception {
        return ApiServer.start(access(), issues(), fields(), PEOPLE, CLOCK);
    }

    public static List<IssueCatalog.FieldInfo> fields() {
        return List.of(TableIssues.field(AMOUNT, "Amount", FieldType.NUMBER),
                TableIssues.field(ACCOUNT, "Account", FieldType.TEXT),
                TableIssues.field(COST, "Cost", FieldType.NUMBER),
                TableIssues.field(SENT, "Emails sent", FieldType.NUMBER),
                TableIssues.field(OPENED, "Emails opened", FieldType.NUMBER),
                TableIssues.field(REGION, "Region", FieldType.OPTION),
                TableIssues.field(CLOSER, "Closer", FieldType.USER));
    }

    /** A SALES profile in the shape of the API, with {@code name} and {@code scope} filled in. */
    public static String profileJson(String name, String project, String scope) {
        return """
                {"name":"%s","project":"%s","scope":"%s","leadTypes":["Lead"],"dealTypes":["Opportunity"],
                 "customerTypes":["Customer"],"campaignTypes":["Campaign"],"costTypes":["Expense"],
                 "wonStatuses":["Won"],"lostStatuses":["Lost"],"convertedStatuses":["Converted"],
                 "churnedStatuses":["Churned"],
                 "fields":{"amount":"%s","closeDate":null,"customer":"%s","cost":"%s","emailsSent":"%s",
                           "emailsOpened":"%s"},
                 "rep":"assignee","currency":"USD","timeZone":"UTC","fiscalYearStartMonth":1,"weekStart":"MONDAY"}
                """.formatted(name, project, scope, AMOUNT, ACCOUNT, COST, SENT, OPENED);
    }

    public static List<IssueRecord> issues() {
        List<IssueRecord> issues = new ArrayList<>();
        // Deals
        issues.add(deal("SALES-1", "Won", "alice", "2024-02-01", "2024-03-05", "1000.50", "Acme"));
        issues.add(deal("SALES-2", "Won", "alice", "2024-03-01", "2024-03-11", "2000.25", "Beta"));
        issues.add(deal("SALES-3", "Won", "bob", "2024-02-10", "2024-03-20", "500.00", "Acme"));
        issues.add(deal("SALES-4", "Lost", "bob", "2024-03-02", "2024-03-12", "700", "Gamma"));
        issues.add(deal("SALES-5", "Won", "bob", "2024-01-10", "2024-02-15", "1000", "Delta"));
        issues.add(deal("SALES-6", "In Progress", "carol", "2024-03-03", null, "900", "Acme"));
        // Leads
        issues.add(issue("SALES-7", "Lead", "Converted", "alice", "2024-03-04", "2024-03-09").build());
        issues.add(issue("SALES-8", "Lead", "Open", "bob", "2024-03-06", null).build());
        issues.add(issue("SALES-9", "Lead", "Converted", "bob", "2024-02-20", "2024-03-02").build());
        issues.add(issue("SALES-10", "Lead", "Open", "carol", "2024-03-15", null).build());
        // Campaigns
        issues.add(issue("SALES-11", "Campaign", "Sent", "alice", "2024-03-05", null)
                .field(SENT, FieldValue.number(200)).field(OPENED, FieldValue.number(50)).build());
        issues.add(issue("SALES-12", "Campaign", "Sent", "bob", "2024-03-25", null)
                .field(SENT, FieldValue.number(100)).field(OPENED, FieldValue.number(40)).build());
        // Customers
        issues.add(issue("SALES-13", "Customer", "Active", "alice", "2023-12-01", null).build());
        issues.add(issue("SALES-14", "Customer", "Churned", "alice", "2024-01-05", "2024-03-10").build());
        issues.add(issue("SALES-15", "Customer", "Active", "bob", "2024-03-08", null).build());
        issues.add(issue("SALES-16", "Customer", "Churned", "bob", "2024-02-01", "2024-02-20").build());
        issues.add(issue("SALES-19", "Customer", "Active", "carol", "2024-01-20", null).build());
        issues.add(issue("SALES-20", "Customer", "Active", "carol", "2024-01-21", null).build());
        // Expenses
        issues.add(issue("SALES-17", "Expense", "Approved", "alice", "2024-03-10", null)
                .field(COST, FieldValue.number("300")).build());
        issues.add(issue("SALES-18", "Expense", "Approved", "alice", "2024-02-10", null)
                .field(COST, FieldValue.number("1000")).build());
        // The other project: never in a SALES number, whoever asks.
        issues.add(IssueRecord.builder("OTHER-1", "OTHER").type("Opportunity").status("Won", StatusCategory.DONE)
                .assignee("dave").created(day("2024-03-01")).resolved(day("2024-03-15"))
                .field(AMOUNT, FieldValue.number("99999")).build());
        issues.add(IssueRecord.builder("OTHER-2", "OTHER").type("Lead").status("Open", StatusCategory.TO_DO)
                .assignee("dave").created(day("2024-03-03")).build());
        issues.add(IssueRecord.builder("OTHER-3", "OTHER").type("Opportunity").status("Won", StatusCategory.DONE)
                .assignee("alice").created(day("2024-03-01")).resolved(day("2024-03-16"))
                .field(AMOUNT, FieldValue.number("55555")).build());
        return issues;
    }

    private static IssueRecord deal(String key, String status, String rep, String created, String resolved,
            String amount, String account) {
        return issue(key, "Opportunity", status, rep, created, resolved)
                .field(AMOUNT, FieldValue.number(new BigDecimal(amount)))
                .field(ACCOUNT, FieldValue.text(account)).build();
    }

    private static IssueRecord.Builder issue(String key, String type, String status, String assignee, String created,
            String resolved) {
        IssueRecord.Builder builder = IssueRecord.builder(key, "SALES").type(type)
                .status(status, resolved == null ? StatusCategory.IN_PROGRESS : StatusCategory.DONE)
                .assignee(assignee).reporter("adam").created(day(created));
        if (resolved != null) {
            builder.resolved(day(resolved)).resolution("Done");
        }
        return builder;
    }

    private static Instant day(String date) {
        return LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
