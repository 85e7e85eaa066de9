package org.saleskpi.core.kpi;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Aggregation;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Measure;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.When;

/**
 * The ten KPIs of KPI-DEFINITIONS.md as presets of the metric algebra, for one sales model. Each
 * method cites the row of the definitions it implements.
 */
public final class KpiCatalog {
    /** Name of the {@link Metric.Input} that carries a goal's target or a rep's quota. */
    public static final String TARGET = "target";

    private final SalesModel model;
    private final KpiOptions options;
    private final SalesColumns columns;

    public KpiCatalog(SalesModel model, KpiOptions options) {
        this.model = model;
        this.options = options;
        this.columns = SalesColumns.of(model);
    }

    public SalesColumns columns() {
        return columns;
    }

    public KpiDefinition define(Kpi kpi) {
        return switch (kpi) {
            case WON_REVENUE -> of(kpi, new Figure("amount", wonAmount()), new Figure("count", wonCount()));
            case TARGET_ATTAINMENT -> targetAttainment();
            case SALES_PER_REP -> new KpiDefinition(kpi, List.of(
                    new Figure("amount", wonAmount()),
                    new Figure("count", wonCount()),
                    new Figure("averageDealSize", Metric.aggregate(won(), closedInPeriod(),
                            Aggregation.mean(Measure.field(columns.amount())), Unit.AMOUNT))),
                    Optional.of(byRep()));
            case SALES_CYCLE -> salesCycle();
            case EMAIL_OPEN_RATE -> of(kpi, new Figure("rate", emailOpenRate()));
            case NEW_LEADS -> of(kpi, new Figure("count", Metric.count(leads(), createdInPeriod())));
            case NEW_OPPORTUNITIES -> of(kpi, new Figure("count", Metric.count(deals(), createdInPeriod())));
            case LEAD_CONVERSION -> of(kpi, new Figure("rate", Metric.ratio(
                    Metric.count(Filter.and(leads(), Filter.statusIn(model.convertedStatuses())), createdInPeriod()),
                    Metric.count(leads(), createdInPeriod()))));
            case WIN_RATE -> of(kpi, new Figure("rate", Metric.ratio(wonCount(),
                    Metric.count(Filter.and(deals(), Filter.statusIn(union(model.wonStatuses(), model.lostStatuses()))),
                            closedInPeriod()))));
            case TIME_TO_CONVERT -> of(kpi, new Figure("meanDays", Metric.aggregate(
                    Filter.and(leads(), Filter.statusIn(model.convertedStatuses())), When.during(Column.RESOLVED),
                    Aggregation.mean(Measure.daysBetween(Column.CREATED, Column.RESOLVED)), Unit.DAYS)));
            case SALES_GROWTH -> of(kpi, new Figure("growth", Metric.growth(wonAmount())),
                    new Figure("amount", wonAmount()), new Figure("previousAmount", Metric.previous(wonAmount())));
            case CLV -> clv();
            case CHURN_RATE -> churn(true);
            case RETENTION_RATE -> churn(false);
            case CAC -> cac();
        };
    }

    /** Which rep a deal is credited to, with every rep who owns a deal in scope as a group. */
    public Dimension byRep() {
        return Dimension.by(columns.rep(), deals());
    }

    /** The account a deal belongs to, every account with a deal in scope a group; empty without a customer field. */
    public Optional<Dimension> byCustomer() {
        return columns.customer().map(customer -> Dimension.by(customer, deals()));
    }

    private static KpiDefinition of(Kpi kpi, Figure... figures) {
        return new KpiDefinition(kpi, List.of(figures), Optional.empty());
    }

    private Filter deals() {
        return Filter.typeIn(model.dealTypes());
    }

    private Filter leads() {
        return Filter.typeIn(model.leadTypes());
    }

    /** A deal in a won status (row 1: "won in P" also needs its close date in P). */
    private Filter won() {
        return Filter.and(deals(), Filter.statusIn(model.wonStatuses()));
    }

    /** Won deals that name their customer: the ones customer figures can count. */
    private Filter wonWithCustomer(Column customer) {
        return Filter.and(won(), Filter.notEmpty(customer));
    }

    /** The close date falls in P: won in P for won deals, closed in P for won and lost ones. */
    private When closedInPeriod() {
        return When.during(columns.closeDate());
    }

    private static When createdInPeriod() {
        return When.during(Column.CREATED);
    }

    private Metric wonAmount() {
        return Metric.aggregate(won(), closedInPeriod(), Aggregation.sum(Measure.field(columns.amount())), Unit.AMOUNT);
    }

    private Metric wonCount() {
        return Metric.count(won(), closedInPeriod());
    }

    /** Row 1: actual / target, the actual by the chosen basis. */
    private KpiDefinition targetAttainment() {
        Metric actual = switch (options.attainment()) {
            case WON_AMOUNT -> wonAmount();
            case WON_COUNT -> wonCount();
            case NEW_CUSTOMERS -> newCustomers();
        };
        Metric target = Metric.input(TARGET, actual.unit());
        return of(Kpi.TARGET_ATTAINMENT, new Figure("attainment", Metric.ratio(actual, target)),
                new Figure("actual", actual), new Figure("target", target));
    }

    /** Row 3: days from created to close date over deals won in P; mean and median. */
    private KpiDefinition salesCycle() {
        Measure days = Measure.daysBetween(Column.CREATED, columns.closeDate());
        return of(Kpi.SALES_CYCLE,
                new Figure("meanDays", Metric.aggregate(won(), closedInPeriod(), Aggregation.mean(days), Unit.DAYS)),
                new Figure("medianDays", Metric.aggregate(won(), closedInPeriod(), Aggregation.median(days), Unit.DAYS)));
    }

    /** Row 4: pooled sum(opened) / sum(sent) over campaigns created in P, never a mean of rates. */
    private Metric emailOpenRate() {
        if (model.campaignTypes().isEmpty() || columns.emailsSent().isEmpty() || columns.emailsOpened().isEmpty()) {
            return Metric.unavailable(AbsentReason.NOT_CONFIGURED, Unit.RATIO);
        }
        Filter campaigns = Filter.typeIn(model.campaignTypes());
        Metric opened = Metric.aggregate(campaigns, createdInPeriod(),
                Aggregation.sum(Measure.field(columns.emailsOpened().get())), Unit.COUNT);
        Metric sent = Metric.aggregate(campaigns, createdInPeriod(),
                Aggregation.sum(Measure.field(columns.emailsSent().get())), Unit.COUNT);
        return Metric.ratio(opened, sent);
    }

    /** Row 8: historical (won amount per customer) or predictive CLV. */
    private KpiDefinition clv() {
        if (columns.customer().isEmpty()) {
            return of(Kpi.CLV, new Figure("value", Metric.unavailable(AbsentReason.NOT_CONFIGURED, Unit.AMOUNT)));
        }
        Column customer = columns.customer().get();
        Filter wonWithCustomer = wonWithCustomer(customer);
        Measure amount = Measure.field(columns.amount());
        if (options.clvMethod() == KpiOptions.ClvMethod.PREDICTIVE) {
            return predictiveClv(wonWithCustomer, customer, amount);
        }
        Metric total;
        Metric customers;
        if (options.clvWindow() == KpiOptions.ClvWindow.ALL_TIME) {
            total = Metric.aggregate(wonWithCustomer, When.through(columns.closeDate()), Aggregation.sum(amount),
                    Unit.AMOUNT);
            customers = new Metric.FirstSeen(wonWithCustomer, columns.closeDate(), customer, true);
        } else {
            total = Metric.aggregate(wonWithCustomer, closedInPeriod(), Aggregation.sum(amount), Unit.AMOUNT);
            customers = Metric.aggregate(wonWithCustomer, closedInPeriod(), Aggregation.distinctCount(customer),
                    Unit.COUNT);
        }
        return of(Kpi.CLV, new Figure("value", Metric.ratio(total, customers, Unit.AMOUNT)),
                new Figure("wonAmount", total), new Figure("customers", customers));
    }

    /**
     * Row 8, predictive: average deal value x deals per customer per year x average lifespan in
     * years. The two "per year" factors cancel: value x (deals per customer / days of P) x
     * lifespan in days. Lifespan is the mean days from created to churn over churned customer
     * issues up to the end of P, so it needs customer issues.
     */
    private KpiDefinition predictiveClv(Filter wonWithCustomer, Column customer, Measure amount) {
        Metric averageDeal = Metric.aggregate(wonWithCustomer, closedInPeriod(), Aggregation.mean(amount), Unit.AMOUNT);
        Metric dealsPerCustomer = Metric.ratio(Metric.count(wonWithCustomer, closedInPeriod()),
                Metric.aggregate(wonWithCustomer, closedInPeriod(), Aggregation.distinctCount(customer), Unit.COUNT),
                Unit.NUMBER);
        Metric lifespanDays = model.hasCustomerIssues()
                ? Metric.aggregate(Filter.and(customers(), Filter.statusIn(model.churnedStatuses())),
                        When.through(Column.RESOLVED),
                        Aggregation.mean(Measure.daysBetween(Column.CREATED, Column.RESOLVED)), Unit.DAYS)
                : Metric.unavailable(AbsentReason.NOT_CONFIGURED, Unit.DAYS);
        Metric perDay = Metric.ratio(dealsPerCustomer, new Metric.PeriodDays(), Unit.NUMBER);
        Metric value = Metric.times(Metric.times(averageDeal, perDay, Unit.AMOUNT), lifespanDays, Unit.AMOUNT);
        return of(Kpi.CLV, new Figure("value", value), new Figure("averageDeal", averageDeal),
                new Figure("dealsPerCustomer", dealsPerCustomer), new Figure("lifespanDays", lifespanDays));
    }

    private Filter customers() {
        return Filter.typeIn(model.customerTypes());
    }

    private boolean explicitCustomers() {
        return switch (options.churnMode()) {
            case EXPLICIT -> true;
            case DERIVED -> false;
            case AUTO -> model.hasCustomerIssues();
        };
    }

    /** Row 9: churn = L / S, retention = (E - N) / S, in explicit or derived mode. */
    private KpiDefinition churn(boolean churnRate) {
        Kpi kpi = churnRate ? Kpi.CHURN_RATE : Kpi.RETENTION_RATE;
        String name = churnRate ? "churn" : "retention";
        if (explicitCustomers()) {
            if (!model.hasCustomerIssues()) {
                return of(kpi, new Figure(name, Metric.unavailable(AbsentReason.NOT_CONFIGURED, Unit.RATIO)));
            }
            Filter churned = Filter.and(customers(), Filter.statusIn(model.churnedStatuses()));
            // S: created before P, less those whose churn (resolution) date is before P.
            Metric atStart = Metric.minus(Metric.count(customers(), When.before(Column.CREATED)),
                    Metric.count(churned, When.before(Column.RESOLVED)));
            Metric lost = Metric.count(churned, When.during(Column.RESOLVED));
            Metric gained = Metric.count(customers(), When.during(Column.CREATED));
            Metric atEnd = Metric.minus(Metric.plus(atStart, gained), lost);
            Metric rate = churnRate ? Metric.ratio(lost, atStart)
                    : Metric.ratio(Metric.minus(atEnd, gained), atStart);
            return of(kpi, new Figure(name, rate), new Figure("atStart", atStart), new Figure("lost", lost),
                    new Figure("gained", gained), new Figure("atEnd", atEnd));
        }
        if (columns.customer().isEmpty()) {
            return of(kpi, new Figure(name, Metric.unavailable(AbsentReason.NOT_CONFIGURED, Unit.RATIO)));
        }
        Column customer = columns.customer().get();
        Filter wonWithCustomer = wonWithCustomer(customer);
        Metric active = Metric.aggregate(wonWithCustomer, closedInPeriod(), Aggregation.distinctCount(customer), Unit.COUNT);
        Metric activeBefore = Metric.previous(active);
        Metric lapsed = new Metric.Lapsed(wonWithCustomer, columns.closeDate(), customer);
        Metric rate = churnRate ? Metric.ratio(lapsed, activeBefore)
                : Metric.ratio(Metric.minus(activeBefore, lapsed), activeBefore);
        return of(kpi, new Figure(name, rate), new Figure("activeBefore", activeBefore), new Figure("lost", lapsed),
                new Figure("active", active));
    }

    /** Customers new in P: customer issues created in P, or customers whose first won deal is in P. */
    private Metric newCustomers() {
        if (explicitCustomers()) {
            return model.hasCustomerIssues() ? Metric.count(customers(), createdInPeriod())
                    : Metric.unavailable(AbsentReason.NOT_CONFIGURED, Unit.COUNT);
        }
        if (columns.customer().isEmpty()) {
            return Metric.unavailable(AbsentReason.NOT_CONFIGURED, Unit.COUNT);
        }
        Column customer = columns.customer().get();
        return new Metric.FirstSeen(wonWithCustomer(customer), columns.closeDate(), customer, false);
    }

    /** Row 10: spend on cost issues created in P / new customers in P. */
    private KpiDefinition cac() {
        if (model.costTypes().isEmpty() || columns.cost().isEmpty()) {
            return of(Kpi.CAC, new Figure("cost", Metric.unavailable(AbsentReason.NOT_CONFIGURED, Unit.AMOUNT)));
        }
        Metric spend = Metric.aggregate(Filter.typeIn(model.costTypes()), createdInPeriod(),
                Aggregation.sum(Measure.field(columns.cost().get())), Unit.AMOUNT);
        Metric gained = newCustomers();
        return of(Kpi.CAC, new Figure("cost", Metric.ratio(spend, gained, Unit.AMOUNT)), new Figure("spend", spend),
                new Figure("newCustomers", gained));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
