package org.saleskpi.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.demo.DemoIssueType;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.demo.DemoStatus;

/**
 * Hand-made issues streamed after the generated ones: the empty fields and zero rows the generator
 * never produces, dated where a query that mishandles them gives a different figure (mostly inside
 * the compared months; a former rep's deals before them).
 */
final class EdgeIssues {
    /** A rep who owns a lead and an open deal, nothing closed: a row of zeros per rep. */
    static final String NEW_HIRE = "newhire";
    /**
     * A rep whose deals were all created before the compared months: one lost then, one resolved as a
     * duplicate (neither won nor lost) in August 2024. Zeros in every compared month, win rate absent.
     */
    static final String FORMER_REP = "formerrep";
    /** An account only these issues use, so that its figures do not hide among the generated ones. */
    static final String ACCOUNT = "Edge Test Account";
    /** The dates below are local times chosen for data whose window starts here, as {@link Workload}'s does. */
    private static final LocalDate DATED_FOR = LocalDate.of(2024, 1, 1);

    private final DemoSpec spec;
    private final List<IssueRecord.Builder> issues = new ArrayList<>();

    private EdgeIssues(DemoSpec spec) {
        this.spec = spec;
    }

    /** The edge issues for a spec, keys continuing after its last generated issue. */
    static List<IssueRecord> of(DemoSpec spec) {
        if (!spec.firstDay().equals(DATED_FOR)) {
            throw new IllegalArgumentException("the edge issues are dated for data from " + DATED_FOR
                    + ", not " + spec.firstDay());
        }
        EdgeIssues edges = new EdgeIssues(spec);
        // Won with no assignee: sales per rep and win rate get the "" group, the rep of nobody.
        edges.add(DemoIssueType.OPPORTUNITY, DemoStatus.WON, "2024-08-06T10:00", "2024-09-17T14:00")
                .field(DemoSalesModel.AMOUNT_FIELD, FieldValue.number("4321.50"))
                .field(DemoSalesModel.CUSTOMER_FIELD, FieldValue.text(ACCOUNT));
        // Won with no customer: in won revenue, in neither CLV's amount nor its customers. January 2025
        // also has no target (see Workload), so attainment is absent while its actual counts this deal.
        edges.add(DemoIssueType.DEAL, DemoStatus.CLOSED_WON, "2024-12-02T09:30", "2025-01-21T16:00")
                .assignee("rep03")
                .field(DemoSalesModel.AMOUNT_FIELD, FieldValue.number("2500.00"));
        // Won with no amount: a win, in the sales cycle and in CLV's customers; in no sum or average deal.
        edges.add(DemoIssueType.OPPORTUNITY, DemoStatus.WON, "2025-03-03T11:00", "2025-04-08T15:30")
                .assignee("rep05")
                .field(DemoSalesModel.CUSTOMER_FIELD, FieldValue.text(ACCOUNT));
        // A campaign that sent nothing adds 0 to both sums of the pooled open rate.
        edges.add(DemoIssueType.CAMPAIGN, DemoStatus.SENT, "2024-10-14T08:00", "2024-10-14T11:00")
                .assignee(DemoIssues.MANAGER)
                .field(DemoSalesModel.EMAILS_SENT_FIELD, FieldValue.number(0))
                .field(DemoSalesModel.EMAILS_OPENED_FIELD, FieldValue.number(0));
        // The new hire is among the reps for the open deal, whatever the period; a lead alone would not do.
        edges.add(DemoIssueType.LEAD, DemoStatus.OPEN, "2025-05-05T09:00", null).assignee(NEW_HIRE);
        edges.add(DemoIssueType.OPPORTUNITY, DemoStatus.PROSPECTING, "2025-05-12T10:00", null)
                .assignee(NEW_HIRE)
                .field(DemoSalesModel.AMOUNT_FIELD, FieldValue.number("9000.00"))
                .field(DemoSalesModel.CUSTOMER_FIELD, FieldValue.text(ACCOUNT));
        edges.add(DemoIssueType.OPPORTUNITY, DemoStatus.LOST, "2024-02-05T10:00", "2024-03-20T12:00")
                .assignee(FORMER_REP)
                .field(DemoSalesModel.AMOUNT_FIELD, FieldValue.number("12000.00"))
                .field(DemoSalesModel.CUSTOMER_FIELD, FieldValue.text(ACCOUNT));
        // Tidied up after the rep left: a close date but no win or loss, so no closed deal for the win rate.
        edges.add(DemoIssueType.OPPORTUNITY, DemoStatus.DONE, "2024-03-04T10:00", "2024-08-12T09:00")
                .assignee(FORMER_REP)
                .resolution("Duplicate")
                .field(DemoSalesModel.AMOUNT_FIELD, FieldValue.number("7000.00"))
                .field(DemoSalesModel.CUSTOMER_FIELD, FieldValue.text(ACCOUNT));
        return edges.issues.stream().map(IssueRecord.Builder::build).toList();
    }

    /** An issue created (and resolved, unless {@code resolved} is null) at local times of the spec's zone. */
    private IssueRecord.Builder add(DemoIssueType type, DemoStatus status, String created, String resolved) {
        int number = spec.issueCount() + issues.size() + 1;
        IssueRecord.Builder issue = IssueRecord.builder(spec.projectKey() + "-" + number, spec.projectKey())
                .type(type.jiraName())
                .status(status.jiraName(), status.category())
                .reporter(DemoIssues.MANAGER)
                .created(at(created));
        if (resolved != null) {
            boolean lost = status == DemoStatus.LOST || status == DemoStatus.CLOSED_LOST;
            issue.resolved(at(resolved)).updated(at(resolved)).resolution(lost ? "Won't Do" : "Done");
            if (type == DemoIssueType.OPPORTUNITY || type == DemoIssueType.DEAL) {
                // As the generator does: a closed deal's close date is the local day it was closed.
                issue.field(DemoSalesModel.CLOSE_DATE_FIELD, FieldValue.date(LocalDateTime.parse(resolved).toLocalDate()));
            }
        }
        issues.add(issue);
        return issue;
    }

    private Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(spec.zone()).toInstant();
    }
}
