package org.saleskpi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;

/** The rules every generated data set keeps, whatever its spec; shared by example and property tests. */
final class DemoIssueRules {
    private static final Map<String, Set<DemoStatus>> STATUSES_BY_TYPE = Map.of(
            "Lead", EnumSet.of(DemoStatus.OPEN, DemoStatus.CONTACTED, DemoStatus.QUALIFIED,
                    DemoStatus.CONVERTED, DemoStatus.DISQUALIFIED),
            "Opportunity", EnumSet.of(DemoStatus.PROSPECTING, DemoStatus.PROPOSAL, DemoStatus.NEGOTIATION,
                    DemoStatus.WON, DemoStatus.LOST),
            "Deal", EnumSet.of(DemoStatus.PROSPECTING, DemoStatus.PROPOSAL, DemoStatus.NEGOTIATION,
                    DemoStatus.CLOSED_WON, DemoStatus.CLOSED_LOST),
            "Customer", EnumSet.of(DemoStatus.ACTIVE, DemoStatus.CHURNED),
            "Campaign", EnumSet.of(DemoStatus.SCHEDULED, DemoStatus.SENT),
            "Expense", EnumSet.of(DemoStatus.SUBMITTED, DemoStatus.APPROVED),
            "Task", EnumSet.of(DemoStatus.TO_DO, DemoStatus.IN_PROGRESS, DemoStatus.DONE));

    private DemoIssueRules() {
    }

    static void check(DemoSpec spec, List<IssueRecord> issues) {
        Instant windowStart = spec.window().start().atStartOfDay(spec.zone()).toInstant();
        // The present moment: nothing happens at or after it.
        Instant windowEnd = spec.end();
        assertThat(issues).hasSize(spec.issueCount());
        // Customer issues by account name; each comes before the deals that name it, keys being in creation order.
        Map<String, IssueRecord> customers = new HashMap<>();
        Instant previousCreated = windowStart;
        for (int i = 0; i < issues.size(); i++) {
            IssueRecord issue = issues.get(i);
            String key = issue.key();
            assertThat(key).isEqualTo(spec.projectKey() + "-" + (i + 1));
            assertThat(issue.project()).isEqualTo(spec.projectKey());
            assertThat(issue.created()).as(key).isAfterOrEqualTo(previousCreated);
            previousCreated = issue.created();
            assertThat(issue.updated()).as(key).isAfterOrEqualTo(issue.created()).isBefore(windowEnd);
            assertThat(issue.resolved().isPresent()).as(key + " resolved iff done")
                    .isEqualTo(issue.statusCategory() == StatusCategory.DONE)
                    .isEqualTo(issue.resolution().isPresent());
            issue.resolved().ifPresent(resolved -> assertThat(resolved).as(key)
                    .isAfterOrEqualTo(issue.created()).isBeforeOrEqualTo(issue.updated()));
            if (issue.resolved().isPresent() && issue.due().isPresent()) {
                assertThat(issue.due().get()).as(key + " due date of a finished issue")
                        .isBeforeOrEqualTo(spec.window().lastDay());
            }
            assertThat(issue.assignee()).as(key).isPresent();
            assertThat(issue.reporter()).as(key).isPresent();
            DemoStatus status = statusOf(issue);
            assertThat(STATUSES_BY_TYPE.get(issue.issueType())).as(key + " " + issue.issueType()).contains(status);
            switch (issue.issueType()) {
                case "Customer" -> {
                    String name = text(issue, DemoSalesModel.CUSTOMER_FIELD);
                    assertThat(customers.put(name, issue)).as("second customer issue for " + name).isNull();
                }
                case "Opportunity", "Deal" -> checkDeal(issue, customers, spec);
                case "Campaign" -> {
                    BigDecimal sent = number(issue, DemoSalesModel.EMAILS_SENT_FIELD);
                    BigDecimal opened = number(issue, DemoSalesModel.EMAILS_OPENED_FIELD);
                    assertThat(sent.scale()).isZero();
                    assertThat(opened.scale()).isZero();
                    assertThat(sent).as(key).isBetween(BigDecimal.valueOf(500), BigDecimal.valueOf(20_000));
                    assertThat(opened).as(key)
                            .isBetween(sent.multiply(new BigDecimal("0.05")), sent.multiply(new BigDecimal("0.45")));
                }
                case "Expense" -> assertThat(checkCents(issue, DemoSalesModel.COST_FIELD))
                        .isBetween(new BigDecimal("100.00"), new BigDecimal("20000.00"));
                case "Task" -> assertThat(issue.due()).as(key).isPresent();
                default -> assertThat(issue.fields()).as(key).isEmpty();
            }
        }
        assertThat(issues.get(issues.size() - 1).created()).isBefore(windowEnd);
        assertThat(customers).hasSize(AccountBook.sizeFor(spec.issueCount()));
    }

    private static void checkDeal(IssueRecord deal, Map<String, IssueRecord> customers, DemoSpec spec) {
        assertThat(checkCents(deal, DemoSalesModel.AMOUNT_FIELD))
                .isBetween(new BigDecimal("500.00"), new BigDecimal("250000.00"));
        String account = text(deal, DemoSalesModel.CUSTOMER_FIELD);
        IssueRecord customer = customers.get(account);
        assertThat(customer).as(deal.key() + " names an account with an earlier Customer issue: " + account).isNotNull();
        Optional<FieldValue> close = deal.field(DemoSalesModel.CLOSE_DATE_FIELD);
        assertThat(close).as(deal.key() + " close date").containsInstanceOf(FieldValue.DateValue.class);
        LocalDate closeDate = ((FieldValue.DateValue) close.get()).value();
        Optional<FieldValue> category = deal.field(DemoSalesModel.FORECAST_CATEGORY_FIELD);
        if (deal.statusCategory() != StatusCategory.DONE) {
            assertThat(deal.due()).as(deal.key() + " open deal has an expected close").contains(closeDate);
            assertThat(category).as(deal.key() + " open deal's forecast category")
                    .containsInstanceOf(FieldValue.OptionValue.class);
            assertThat(DemoSalesModel.FORECAST_OPTIONS).contains(((FieldValue.OptionValue) category.get()).value());
        } else {
            // Every closed deal: the close date is its local resolution day, so KPIs dated by either agree.
            assertThat(closeDate).as(deal.key() + " closed on its resolution day")
                    .isEqualTo(LocalDate.ofInstant(deal.resolved().orElseThrow(), spec.zone()));
            assertThat(category).as(deal.key() + " closed deal out of the forecast").isEmpty();
        }
        if (deal.statusCategory() == StatusCategory.DONE && deal.status().endsWith("Won")) {
            customer.resolved().ifPresent(churned -> assertThat(deal.resolved().get())
                    .as(deal.key() + " won before " + account + " churned").isBefore(churned));
        }
    }

    static DemoStatus statusOf(IssueRecord issue) {
        for (DemoStatus status : DemoStatus.values()) {
            if (status.jiraName().equals(issue.status())) {
                assertThat(issue.statusCategory()).as(issue.key() + " " + issue.status())
                        .isEqualTo(status.category());
                return status;
            }
        }
        throw new AssertionError(issue.key() + " has an unknown status " + issue.status());
    }

    private static BigDecimal checkCents(IssueRecord issue, String field) {
        BigDecimal value = number(issue, field);
        assertThat(value.stripTrailingZeros().scale()).as(issue.key() + " at most cents").isLessThanOrEqualTo(2);
        assertThat(value.signum()).as(issue.key() + " positive").isPositive();
        return value;
    }

    static BigDecimal number(IssueRecord issue, String field) {
        Optional<FieldValue> value = issue.field(field);
        assertThat(value).as(issue.key() + " " + field).containsInstanceOf(FieldValue.NumberValue.class);
        return ((FieldValue.NumberValue) value.get()).value();
    }

    static String text(IssueRecord issue, String field) {
        Optional<FieldValue> value = issue.field(field);
        assertThat(value).as(issue.key() + " " + field).containsInstanceOf(FieldValue.TextValue.class);
        return ((FieldValue.TextValue) value.get()).value();
    }
}
