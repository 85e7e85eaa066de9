package org.saleskpi.core.index;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;

/**
 * A hand-made store of twelve issues in two projects (SALES, OPS) that touches every field the JQL
 * subset reads. "Now" is Friday 2024-03-15 12:00 UTC; days are Berlin days (UTC+1 in March).
 */
public final class TwelveIssues {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final Instant NOW = Instant.parse("2024-03-15T12:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final CustomField AMOUNT = new CustomField("customfield_10010", "Amount", FieldType.NUMBER);
    public static final CustomField CUSTOMER = new CustomField("customfield_10020", "Customer", FieldType.TEXT);
    public static final CustomField REGION = new CustomField("customfield_10030", "Region", FieldType.OPTION);
    public static final CustomField OWNER = new CustomField("customfield_10040", "Owner", FieldType.USER);
    public static final CustomField CLOSE_DATE = new CustomField("customfield_10050", "Close Date", FieldType.DATE);
    public static final List<CustomField> FIELDS = List.of(AMOUNT, CUSTOMER, REGION, OWNER, CLOSE_DATE);

    private TwelveIssues() {
    }

    public static IssueIndex index() {
        IssueIndex index = new IssueIndex();
        FIELDS.forEach(index::defineField);
        index.upsert(issues());
        return index;
    }

    public static List<IndexedIssue> issues() {
        return List.of(
                issue(IssueRecord.builder("SALES-1", "SALES").type("Opportunity").status("Won", StatusCategory.DONE)
                        .resolution("Done").assignee("alice").reporter("bob").created(at("2024-01-10T09:00:00Z"))
                        .updated(at("2024-02-01T10:00:00Z")).resolved(at("2024-02-01T10:00:00Z"))
                        .due(LocalDate.of(2024, 2, 15)).field(AMOUNT.id(), FieldValue.number("1000.5"))
                        .field(CUSTOMER.id(), FieldValue.text("Acme Corp"))
                        .field(REGION.id(), FieldValue.option("EMEA")).field(OWNER.id(), FieldValue.user("alice"))
                        .field(CLOSE_DATE.id(), FieldValue.date(LocalDate.of(2024, 2, 1))),
                        "Big deal with Acme", "Renewal of the license", Set.of("vip", "q1")),
                // Created 00:30 on 31 January in Berlin, still 30 January in UTC.
                issue(IssueRecord.builder("SALES-2", "SALES").type("Opportunity").status("Lost", StatusCategory.DONE)
                        .resolution("Won't Do").assignee("bob").reporter("alice").created(at("2024-01-30T23:30:00Z"))
                        .resolved(at("2024-03-01T08:00:00Z")).field(AMOUNT.id(), FieldValue.number(200))
                        .field(CUSTOMER.id(), FieldValue.text("Globex"))
                        .field(REGION.id(), FieldValue.option("AMER")), "Globex pilot", "", Set.of("q1")),
                issue(IssueRecord.builder("SALES-3", "SALES").type("Opportunity")
                        .status("Negotiation", StatusCategory.IN_PROGRESS).assignee("alice").reporter("alice")
                        .created(at("2024-03-14T10:00:00Z")).due(LocalDate.of(2024, 3, 20))
                        .field(AMOUNT.id(), FieldValue.number(5000)).field(CUSTOMER.id(), FieldValue.text("Acme Corp"))
                        .field(REGION.id(), FieldValue.option("EMEA")),
                        "Expansion into Acme subsidiaries", "", Set.of()),
                issue(IssueRecord.builder("SALES-4", "SALES").type("Lead").status("Open", StatusCategory.TO_DO)
                        .reporter("bob").created(at("2024-03-15T08:00:00Z")), "Inbound lead from website", "",
                        Set.of()),
                issue(IssueRecord.builder("SALES-5", "SALES").type("Lead")
                        .status("Contacted", StatusCategory.IN_PROGRESS).assignee("carol")
                        .created(at("2023-12-20T10:00:00Z")), "Cold call follow-up", "Call back in January", Set.of()),
                issue(IssueRecord.builder("SALES-10", "SALES").type("Deal").status("Closed Won", StatusCategory.DONE)
                        .resolution("Done").assignee("carol").created(at("2023-06-01T10:00:00Z"))
                        .resolved(at("2024-01-05T10:00:00Z")).field(AMOUNT.id(), FieldValue.number("12.345"))
                        .field(CUSTOMER.id(), FieldValue.text("Initech"))
                        .field(CLOSE_DATE.id(), FieldValue.date(LocalDate.of(2024, 1, 5))),
                        "Initech upgrade", "", Set.of("vip")),
                issue(IssueRecord.builder("OPS-1", "OPS").type("Task").status("To Do", StatusCategory.TO_DO)
                        .assignee("alice").created(at("2024-03-01T09:00:00Z")).due(LocalDate.of(2024, 3, 15)),
                        "Prepare board deck", "", Set.of()),
                issue(IssueRecord.builder("OPS-2", "OPS").type("Task").status("Done", StatusCategory.DONE)
                        .resolution("Done").assignee("bob").created(at("2024-02-10T09:00:00Z"))
                        .resolved(at("2024-03-10T12:00:00Z")), "Update CRM fields", "", Set.of("internal")),
                issue(IssueRecord.builder("OPS-3", "OPS").type("Expense").status("Submitted", StatusCategory.TO_DO)
                        .assignee("dave").reporter("dave").created(at("2024-03-11T09:00:00Z"))
                        .field(AMOUNT.id(), FieldValue.number(-50)), "Travel to Acme HQ", "", Set.of()),
                issue(IssueRecord.builder("SALES-11", "SALES").type("Campaign").status("Sent", StatusCategory.DONE)
                        .resolution("Done").created(at("2024-02-29T12:00:00Z")).resolved(at("2024-02-29T18:00:00Z"))
                        .field(CUSTOMER.id(), FieldValue.text("Umbrella"))
                        .field(REGION.id(), FieldValue.option("APAC")).field(OWNER.id(), FieldValue.user("bob")),
                        "Spring newsletter", "", Set.of()),
                issue(IssueRecord.builder("SALES-12", "SALES").type("Customer")
                        .status("Active", StatusCategory.IN_PROGRESS).created(at("2022-05-05T10:00:00Z"))
                        .field(CUSTOMER.id(), FieldValue.text("Acme Corp")), "Acme Corp account", "", Set.of()),
                // Created 00:30 on 14 March in Berlin.
                issue(IssueRecord.builder("OPS-4", "OPS").type("Task").status("In Progress", StatusCategory.IN_PROGRESS)
                        .assignee("alice").created(at("2024-03-13T23:30:00Z")), "Quarterly review",
                        "Review with the team", Set.of()));
    }

    static IndexedIssue issue(IssueRecord.Builder record, String summary, String description,
            Set<String> labels) {
        return new IndexedIssue(record.build(), summary, description, labels);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
