package org.saleskpi.demo;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.money.Money;
import org.saleskpi.core.period.SalesCalendar;

/** The sales model and custom field ids that the data of {@link DemoIssues} is generated for. */
public final class DemoSalesModel {
    /** Deal value, a Number with cents. */
    public static final String AMOUNT_FIELD = "customfield_10010";
    /** Account name, a text: on deals the account they belong to, on Customer issues its own name. */
    public static final String CUSTOMER_FIELD = "customfield_10020";
    /** Spend on an Expense, a Number with cents. */
    public static final String COST_FIELD = "customfield_10030";
    /** Emails a Campaign sent, a whole Number. */
    public static final String EMAILS_SENT_FIELD = "customfield_10040";
    /** Emails of a Campaign that were opened, a whole Number. */
    public static final String EMAILS_OPENED_FIELD = "customfield_10041";

    public static final String CURRENCY = "USD";
    /** February: fiscal quarters end in April, July, October and January. */
    public static final int FISCAL_YEAR_START_MONTH = 2;
    public static final int STALE_DAYS = 14;

    private DemoSalesModel() {
    }

    /** The model for a spec: its project as scope, its zone as the calendar's zone. */
    public static SalesModel of(DemoSpec spec) {
        return new SalesModel(
                "project = " + spec.projectKey(),
                names(DemoIssueType.LEAD),
                names(DemoIssueType.OPPORTUNITY, DemoIssueType.DEAL),
                names(DemoIssueType.CUSTOMER),
                names(DemoIssueType.CAMPAIGN),
                names(DemoIssueType.EXPENSE),
                names(DemoStatus.WON, DemoStatus.CLOSED_WON),
                names(DemoStatus.LOST, DemoStatus.CLOSED_LOST),
                names(DemoStatus.QUALIFIED, DemoStatus.CONVERTED),
                names(DemoStatus.CHURNED),
                AMOUNT_FIELD,
                Optional.empty(),
                Optional.of(CUSTOMER_FIELD),
                Optional.of(COST_FIELD),
                Optional.of(EMAILS_SENT_FIELD),
                Optional.of(EMAILS_OPENED_FIELD),
                Optional.empty(),
                Money.currency(CURRENCY),
                calendar(spec),
                STALE_DAYS);
    }

    /** The calendar the model uses: the spec's zone, fiscal year from February, Monday weeks. */
    public static SalesCalendar calendar(DemoSpec spec) {
        return new SalesCalendar(spec.zone(), FISCAL_YEAR_START_MONTH, DayOfWeek.MONDAY);
    }

    /** Every column the generated issues fill, for loading them into an {@code IssueTable}. */
    public static List<Column> columns() {
        return List.of(
                Column.KEY, Column.PROJECT, Column.ISSUE_TYPE, Column.STATUS, Column.STATUS_CATEGORY,
                Column.RESOLUTION, Column.ASSIGNEE, Column.REPORTER,
                Column.CREATED, Column.UPDATED, Column.RESOLVED, Column.DUE,
                Column.custom(AMOUNT_FIELD, FieldType.NUMBER),
                Column.custom(CUSTOMER_FIELD, FieldType.TEXT),
                Column.custom(COST_FIELD, FieldType.NUMBER),
                Column.custom(EMAILS_SENT_FIELD, FieldType.NUMBER),
                Column.custom(EMAILS_OPENED_FIELD, FieldType.NUMBER));
    }

    private static Set<String> names(DemoIssueType... types) {
        return Arrays.stream(types).map(DemoIssueType::jiraName).collect(Collectors.toSet());
    }

    private static Set<String> names(DemoStatus... statuses) {
        return Arrays.stream(statuses).map(DemoStatus::jiraName).collect(Collectors.toSet());
    }
}
