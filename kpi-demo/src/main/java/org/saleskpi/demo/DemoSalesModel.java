package org.saleskpi.demo;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.kpi.ForecastCategory;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.kpi.Stage;
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
    /**
     * A deal's close date, a Date: the expected close while the deal is open, the local date it was
     * won or lost once closed (so every figure dated by the close date matches the resolution date).
     */
    public static final String CLOSE_DATE_FIELD = "customfield_10050";
    /** A deal's forecast category, a select list with {@link #FORECAST_OPTIONS}; filled while the deal is open. */
    public static final String FORECAST_CATEGORY_FIELD = "customfield_10060";

    public static final String COMMIT = "Commit";
    public static final String BEST_CASE = "Best case";
    public static final String PIPELINE = "Pipeline";
    public static final String OMITTED = "Omitted";
    /** The options of {@link #FORECAST_CATEGORY_FIELD} in the order a select list shows them. */
    public static final List<String> FORECAST_OPTIONS = List.of(COMMIT, BEST_CASE, PIPELINE, OMITTED);

    /**
     * The open deal statuses in the order a deal moves through them, each with the share of such
     * deals a sales team expects to win (KPI-DEFINITIONS.md, "Issue history": stages).
     */
    public static final List<Stage> STAGES = List.of(
            Stage.of(DemoStatus.PROSPECTING.jiraName(), "0.1"),
            Stage.of(DemoStatus.PROPOSAL.jiraName(), "0.4"),
            Stage.of(DemoStatus.NEGOTIATION.jiraName(), "0.7"));

    public static final String CURRENCY = "USD";
    /** February: fiscal quarters end in April, July, October and January. */
    public static final int FISCAL_YEAR_START_MONTH = 2;
    public static final int STALE_DAYS = 14;

    private DemoSalesModel() {
    }

    /**
     * The model for a spec: its project as scope, its zone as the calendar's zone, the close date
     * field and the pipeline settings (stages, forecast categories; no probability field, so the
     * stages' probabilities weigh the pipeline).
     */
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
                Optional.of(CLOSE_DATE_FIELD),
                Optional.of(CUSTOMER_FIELD),
                Optional.of(COST_FIELD),
                Optional.of(EMAILS_SENT_FIELD),
                Optional.of(EMAILS_OPENED_FIELD),
                Optional.empty(),
                Money.currency(CURRENCY),
                calendar(spec),
                STALE_DAYS)
                .withPipeline(pipeline());
    }

    /** The stages in order, and the forecast category field with each option mapped to its category. */
    public static PipelineSettings pipeline() {
        Map<String, ForecastCategory> categories = new LinkedHashMap<>();
        categories.put(COMMIT, ForecastCategory.COMMIT);
        categories.put(BEST_CASE, ForecastCategory.BEST_CASE);
        categories.put(PIPELINE, ForecastCategory.PIPELINE);
        categories.put(OMITTED, ForecastCategory.OMITTED);
        return new PipelineSettings(STAGES, Optional.empty(), Optional.of(FORECAST_CATEGORY_FIELD), categories);
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
                Column.custom(EMAILS_OPENED_FIELD, FieldType.NUMBER),
                Column.custom(CLOSE_DATE_FIELD, FieldType.DATE),
                Column.custom(FORECAST_CATEGORY_FIELD, FieldType.OPTION));
    }

    private static Set<String> names(DemoIssueType... types) {
        return Arrays.stream(types).map(DemoIssueType::jiraName).collect(Collectors.toSet());
    }

    private static Set<String> names(DemoStatus... statuses) {
        return Arrays.stream(statuses).map(DemoStatus::jiraName).collect(Collectors.toSet());
    }
}
