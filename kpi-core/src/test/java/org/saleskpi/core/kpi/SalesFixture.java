package org.saleskpi.core.kpi;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.money.Money;
import org.saleskpi.core.period.SalesCalendar;

/**
 * A small sales team in Berlin whose March 2024 is worked out by hand in {@link KpiCatalogTest}.
 * Deal D6 closes at 23:30 on 31 March Berlin time (21:30 UTC) and D7 at 00:30 on 1 April
 * (22:30 UTC on 31 March): local dates decide the month.
 */
final class SalesFixture {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String AMOUNT = "customfield_10010";
    static final String CUSTOMER = "customfield_10020";
    static final String COST = "customfield_10030";
    static final String SENT = "customfield_10040";
    static final String OPENED = "customfield_10041";

    private final List<IssueRecord> issues = new ArrayList<>();
    private int next = 1;

    static SalesModel model() {
        return new SalesModel("project = SALES", Set.of("Lead"), Set.of("Opportunity"), Set.of("Customer"),
                Set.of("Campaign"), Set.of("Expense"), Set.of("Won"), Set.of("Lost"),
                Set.of("Qualified", "Converted"), Set.of("Churned"), AMOUNT, Optional.empty(),
                Optional.of(CUSTOMER), Optional.of(COST), Optional.of(SENT), Optional.of(OPENED), Optional.empty(),
                Money.currency("EUR"), new SalesCalendar(BERLIN, 1, DayOfWeek.MONDAY), 14);
    }

    static List<IssueRecord> march2024() {
        SalesFixture f = new SalesFixture();
        // Deals: rep, created, status, resolved (local Berlin time), amount, customer.
        f.deal("alice", "2024-02-10T09:00", "Won", "2024-03-05T12:00", "1000.50", "Acme");     // D1
        f.deal("alice", "2024-03-01T08:00", "Won", "2024-03-21T16:00", "2000.25", "Beta");     // D2
        f.deal("bob", "2024-01-15T10:00", "Lost", "2024-03-10T11:00", "500", "Acme");          // D3
        f.deal("bob", "2024-02-01T10:00", "Won", "2024-02-20T10:00", "3000", "Acme");          // D4
        f.deal("carol", "2024-03-02T10:00", "Proposal", null, "700", "Delta");                 // D5
        f.deal("alice", "2024-02-05T10:00", "Won", "2024-03-31T23:30", "99.99", "Gamma");      // D6
        f.deal("bob", "2024-03-20T10:00", "Won", "2024-04-01T00:30", "5000", "Beta");          // D7
        // Leads: created, status, resolved.
        f.lead("2024-03-03T10:00", "Qualified", "2024-03-13T10:00");                           // L1
        f.lead("2024-03-04T10:00", "Disqualified", "2024-03-05T10:00");                        // L2
        f.lead("2024-03-10T10:00", "Open", null);                                               // L3
        f.lead("2024-02-27T10:00", "Converted", "2024-03-02T10:00");                           // L4
        // Campaigns: created, sent, opened.
        f.campaign("2024-03-05T10:00", 1000, 300);                                              // C1
        f.campaign("2024-03-20T10:00", 100, 90);                                                // C2
        f.campaign("2024-02-20T10:00", 0, 0);                                                   // C3
        // Customers: name, created, churned at (null = active).
        f.customer("Acme", "2023-06-01T10:00", null);                                           // K1
        f.customer("Beta", "2024-03-01T10:00", null);                                           // K2
        f.customer("Gamma", "2023-12-01T10:00", "2024-03-15T10:00");                            // K3
        f.customer("Delta", "2023-01-01T10:00", "2024-01-10T10:00");                            // K4
        // Expenses: created, cost.
        f.expense("2024-03-07T10:00", "1500.00");                                               // E1
        f.expense("2024-03-25T10:00", "500.50");                                                // E2
        f.expense("2024-02-25T10:00", "100");                                                   // E3
        return List.copyOf(f.issues);
    }

    static IssueTable table(KpiEngine engine, List<IssueRecord> issues) {
        return IssueTable.of(BERLIN, engine.columns(List.of(Kpi.values()), Optional.of(engine.catalog().byRep())),
                issues);
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    private IssueRecord.Builder issue(String type, String created) {
        return IssueRecord.builder("SALES-" + next++, "SALES").type(type).created(at(created)).reporter("manager");
    }

    private void deal(String rep, String created, String status, String resolved, String amount, String customer) {
        boolean closed = resolved != null;
        IssueRecord.Builder b = issue("Opportunity", created)
                .status(status, closed ? StatusCategory.DONE : StatusCategory.IN_PROGRESS)
                .assignee(rep).field(AMOUNT, FieldValue.number(amount)).field(CUSTOMER, FieldValue.text(customer))
                .due(LocalDate.parse(created.substring(0, 10)).plusDays(30));
        if (closed) {
            b.resolved(at(resolved)).resolution("Done").updated(at(resolved));
        }
        issues.add(b.build());
    }

    private void lead(String created, String status, String resolved) {
        IssueRecord.Builder b = issue("Lead", created).assignee("alice")
                .status(status, resolved != null ? StatusCategory.DONE : StatusCategory.TO_DO);
        if (resolved != null) {
            b.resolved(at(resolved)).resolution("Done");
        }
        issues.add(b.build());
    }

    private void campaign(String created, long sent, long opened) {
        issues.add(issue("Campaign", created).status("Sent", StatusCategory.DONE)
                .field(SENT, FieldValue.number(sent)).field(OPENED, FieldValue.number(opened)).build());
    }

    private void customer(String name, String created, String churned) {
        IssueRecord.Builder b = issue("Customer", created).field(CUSTOMER, FieldValue.text(name))
                .status(churned != null ? "Churned" : "Active",
                        churned != null ? StatusCategory.DONE : StatusCategory.IN_PROGRESS);
        if (churned != null) {
            b.resolved(at(churned)).resolution("Done");
        }
        issues.add(b.build());
    }

    private void expense(String created, String cost) {
        issues.add(issue("Expense", created).status("Approved", StatusCategory.DONE)
                .field(COST, FieldValue.number(cost)).build());
    }
}
