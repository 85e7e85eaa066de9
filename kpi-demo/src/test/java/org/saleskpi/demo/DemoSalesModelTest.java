package org.saleskpi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.kpi.ForecastCategory;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.core.period.SalesCalendar;

class DemoSalesModelTest {
    private static final DemoSpec SPEC = DemoSpec.of(11L, 5_000, LocalDate.of(2024, 1, 1), ZoneId.of("America/Chicago"));

    @Test
    void describesTheDemoProject() {
        SalesModel model = DemoSalesModel.of(SPEC);

        assertThat(model.scopeJql()).isEqualTo("project = SALES");
        assertThat(model.leadTypes()).containsExactly("Lead");
        assertThat(model.dealTypes()).containsExactlyInAnyOrder("Opportunity", "Deal");
        assertThat(model.customerTypes()).containsExactly("Customer");
        assertThat(model.campaignTypes()).containsExactly("Campaign");
        assertThat(model.costTypes()).containsExactly("Expense");
        assertThat(model.wonStatuses()).containsExactlyInAnyOrder("Won", "Closed Won");
        assertThat(model.lostStatuses()).containsExactlyInAnyOrder("Lost", "Closed Lost");
        assertThat(model.convertedStatuses()).containsExactlyInAnyOrder("Qualified", "Converted");
        assertThat(model.churnedStatuses()).containsExactly("Churned");
        assertThat(model.amountField()).isEqualTo("customfield_10010");
        assertThat(model.closeDateField()).contains("customfield_10050");
        assertThat(model.customerField()).contains("customfield_10020");
        assertThat(model.costField()).contains("customfield_10030");
        assertThat(model.emailsSentField()).contains("customfield_10040");
        assertThat(model.emailsOpenedField()).contains("customfield_10041");
        assertThat(model.repField()).isEmpty();
        assertThat(model.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(model.calendar()).isEqualTo(new SalesCalendar(ZoneId.of("America/Chicago"), 2, DayOfWeek.MONDAY));
        assertThat(model.staleDays()).isEqualTo(14);
    }

    @Test
    void pipelineHasTheThreeOpenDealStagesInOrderAndTheForecastCategoryField() {
        PipelineSettings pipeline = DemoSalesModel.of(SPEC).pipeline();

        assertThat(pipeline.stages()).extracting(Stage::status).containsExactly("Prospecting", "Proposal", "Negotiation");
        assertThat(pipeline.stages()).extracting(stage -> stage.winProbability().orElseThrow())
                .containsExactly(new BigDecimal("0.1"), new BigDecimal("0.4"), new BigDecimal("0.7"));
        assertThat(pipeline.probabilityField()).isEmpty();
        assertThat(pipeline.forecastCategoryField()).contains("customfield_10060");
        assertThat(pipeline.category("Commit")).isEqualTo(ForecastCategory.COMMIT);
        assertThat(pipeline.category("Best case")).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(pipeline.category("Pipeline")).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(pipeline.category("Omitted")).isEqualTo(ForecastCategory.OMITTED);
    }

    @Test
    void closeDateIsTheResolutionDayOfClosedDealsAndTheExpectedCloseOfOpenOnes() {
        SalesModel model = DemoSalesModel.of(SPEC);
        List<IssueRecord> deals = DemoIssues.generateList(SPEC).stream()
                .filter(issue -> model.dealTypes().contains(issue.issueType()))
                .toList();
        Set<String> closedStatuses = new java.util.HashSet<>(model.wonStatuses());
        closedStatuses.addAll(model.lostStatuses());

        int open = 0;
        for (IssueRecord deal : deals) {
            LocalDate close = ((FieldValue.DateValue) deal.field("customfield_10050").orElseThrow()).value();
            if (closedStatuses.contains(deal.status())) {
                assertThat(close).as(deal.key()).isEqualTo(LocalDate.ofInstant(deal.resolved().orElseThrow(), SPEC.zone()));
                assertThat(deal.field("customfield_10060")).as(deal.key()).isEmpty();
            } else {
                open++;
                assertThat(Optional.of(close)).as(deal.key()).isEqualTo(deal.due());
                assertThat(deal.field("customfield_10060")).as(deal.key()).get()
                        .isInstanceOf(FieldValue.OptionValue.class)
                        .extracting(value -> ((FieldValue.OptionValue) value).value())
                        .isIn(DemoSalesModel.FORECAST_OPTIONS);
            }
        }
        assertThat(open).isPositive().isLessThan(deals.size());
    }

    @Test
    void scopeFollowsTheSpecsProject() {
        DemoSpec crm = new DemoSpec(1L, 100, LocalDate.of(2024, 1, 1), 12, ZoneId.of("UTC"), "CRM", 4);

        assertThat(DemoSalesModel.of(crm).scopeJql()).isEqualTo("project = CRM");
    }

    @Test
    void columnsTypeEveryCustomFieldTheDataFills() {
        assertThat(DemoSalesModel.columns()).contains(
                Column.custom("customfield_10010", FieldType.NUMBER),
                Column.custom("customfield_10020", FieldType.TEXT),
                Column.custom("customfield_10030", FieldType.NUMBER),
                Column.custom("customfield_10040", FieldType.NUMBER),
                Column.custom("customfield_10041", FieldType.NUMBER),
                Column.custom("customfield_10050", FieldType.DATE),
                Column.custom("customfield_10060", FieldType.OPTION),
                Column.KEY, Column.STATUS, Column.CREATED, Column.RESOLVED, Column.DUE);
        Set<String> filled = DemoIssues.generateList(SPEC).stream()
                .flatMap(issue -> issue.fields().keySet().stream())
                .collect(Collectors.toSet());
        Set<String> declared = DemoSalesModel.columns().stream()
                .filter(column -> column instanceof Column.Custom)
                .map(Column::id)
                .collect(Collectors.toSet());
        assertThat(declared).isEqualTo(filled);
    }

    @Test
    void everyGeneratedDealEndsInAStatusTheModelClassifies() {
        SalesModel model = DemoSalesModel.of(SPEC);
        List<IssueRecord> issues = DemoIssues.generateList(SPEC);

        Set<String> closedDealStatuses = issues.stream()
                .filter(issue -> model.dealTypes().contains(issue.issueType()))
                .filter(issue -> issue.resolved().isPresent())
                .map(IssueRecord::status)
                .collect(Collectors.toSet());
        Set<String> resolvedLeadStatuses = issues.stream()
                .filter(issue -> model.leadTypes().contains(issue.issueType()))
                .filter(issue -> issue.resolution().equals(Optional.of("Done")))
                .map(IssueRecord::status)
                .collect(Collectors.toSet());

        assertThat(closedDealStatuses).containsExactlyInAnyOrder("Won", "Closed Won", "Lost", "Closed Lost");
        assertThat(resolvedLeadStatuses).isEqualTo(model.convertedStatuses());
        assertThat(issues).extracting(IssueRecord::issueType).containsAll(model.customerTypes())
                .containsAll(model.campaignTypes()).containsAll(model.costTypes());
    }
}
