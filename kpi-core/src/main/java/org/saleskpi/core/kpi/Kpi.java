package org.saleskpi.core.kpi;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.metric.Aggregation;
import org.saleskpi.core.metric.AsOfPoint;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Measure;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.Statistic;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.When;

/**
 * The KPIs of KPI-DEFINITIONS.md, one preset each: the stable key used in preferences, URLs and
 * goals, and the figures (headline first) written in the building blocks of {@link KpiCatalog},
 * each citing the row it implements. Nothing else is kept per KPI: its name and description are
 * the bundle texts {@code saleskpi.kpi.<key>.name} and {@code .description}, its unit is its
 * headline's.
 */
public enum Kpi {
    /** Sum and count of deals won in P: the base figure the others build on. */
    WON_REVENUE("won-revenue", c -> Figures.of(
            new Figure("amount", c.wonAmount()),
            new Figure("count", c.wonCount()))),

    /** Row 1: actual / target, the actual by the chosen basis; the target is a goal's or the reps' quotas. */
    TARGET_ATTAINMENT("target-attainment", c -> {
        Metric actual = switch (c.options().attainment()) {
            case WON_AMOUNT -> c.wonAmount();
            case WON_COUNT -> c.wonCount();
            case NEW_CUSTOMERS -> c.newCustomers();
        };
        Metric target = Metric.input(KpiCatalog.TARGET, actual.unit());
        return Figures.of(new Figure("attainment", Metric.ratio(actual, target)),
                new Figure("actual", actual), new Figure("target", target));
    }),

    /** Row 2: per rep, deals won in P, their amount and the average deal size. */
    SALES_PER_REP("sales-per-rep", c -> Figures.of(
            new Figure("amount", c.wonAmount()),
            new Figure("count", c.wonCount()),
            new Figure("averageDealSize", Metric.aggregate(c.won(), c.closedInPeriod(),
                    Aggregation.mean(Measure.field(c.columns().amount())), Unit.AMOUNT)))
            .readBy(c.byRep())),

    /** Row 3: days from created to close date over deals won in P; mean and median. */
    SALES_CYCLE("sales-cycle", c -> {
        Measure days = Measure.daysBetween(Column.CREATED, c.columns().closeDate());
        return Figures.of(
                new Figure("meanDays", Metric.aggregate(c.won(), c.closedInPeriod(), Aggregation.mean(days), Unit.DAYS)),
                new Figure("medianDays",
                        Metric.aggregate(c.won(), c.closedInPeriod(), Aggregation.median(days), Unit.DAYS)));
    }),

    /** Row 4: pooled sum(opened) / sum(sent) over campaigns created in P, never a mean of rates. */
    EMAIL_OPEN_RATE("email-open-rate", c -> {
        Optional<Column> sent = c.columns().emailsSent();
        Optional<Column> opened = c.columns().emailsOpened();
        if (c.model().campaignTypes().isEmpty() || sent.isEmpty() || opened.isEmpty()) {
            return Figures.of(new Figure("rate", KpiCatalog.notConfigured(Unit.RATIO)));
        }
        Filter campaigns = Filter.typeIn(c.model().campaignTypes());
        return Figures.of(new Figure("rate", Metric.ratio(
                Metric.aggregate(campaigns, c.createdInPeriod(), Aggregation.sum(Measure.field(opened.get())), Unit.COUNT),
                Metric.aggregate(campaigns, c.createdInPeriod(), Aggregation.sum(Measure.field(sent.get())), Unit.COUNT))));
    }),

    /** Row 5: lead issues created in P. */
    NEW_LEADS("new-leads", c -> Figures.of(new Figure("count", Metric.count(c.leads(), c.createdInPeriod())))),

    /** Row 5: deal issues created in P. */
    NEW_OPPORTUNITIES("new-opportunities", c -> Figures.of(
            new Figure("count", Metric.count(c.deals(), c.createdInPeriod())))),

    /** Row 6: leads created in P now in a converted status / leads created in P. */
    LEAD_CONVERSION("lead-conversion", c -> Figures.of(new Figure("rate", Metric.ratio(
            Metric.count(c.convertedLeads(), c.createdInPeriod()),
            Metric.count(c.leads(), c.createdInPeriod()))))),

    /** Row 6: won / (won + lost) over deals closed in P. */
    WIN_RATE("win-rate", c -> Figures.of(new Figure("rate",
            Metric.ratio(c.wonCount(), Metric.count(c.wonOrLost(), c.closedInPeriod()))))),

    /** Row 6: mean days from a lead's creation to its resolution, over converted leads resolved in P. */
    TIME_TO_CONVERT("time-to-convert", c -> Figures.of(new Figure("meanDays", Metric.aggregate(
            c.convertedLeads(), When.during(Column.RESOLVED),
            Aggregation.mean(Measure.daysBetween(Column.CREATED, Column.RESOLVED)), Unit.DAYS)))),

    /** Row 7: (won amount in P - in the previous P) / won amount in the previous P. */
    SALES_GROWTH("sales-growth", c -> Figures.of(
            new Figure("growth", Metric.growth(c.wonAmount())),
            new Figure("amount", c.wonAmount()),
            new Figure("previousAmount", Metric.previous(c.wonAmount())))),

    /** Row 8: historical, won amount / distinct customers with a won deal, or predictive ({@link #predictiveClv}). */
    CLV("clv", c -> {
        if (c.columns().customer().isEmpty()) {
            return Figures.of(new Figure("value", KpiCatalog.notConfigured(Unit.AMOUNT)));
        }
        Column customer = c.columns().customer().get();
        Filter wonWithCustomer = c.wonWithCustomer(customer);
        if (c.options().clvMethod() == KpiOptions.ClvMethod.PREDICTIVE) {
            return predictiveClv(c, wonWithCustomer, customer);
        }
        Aggregation amount = Aggregation.sum(Measure.field(c.columns().amount()));
        boolean allTime = c.options().clvWindow() == KpiOptions.ClvWindow.ALL_TIME;
        Metric total = Metric.aggregate(wonWithCustomer,
                allTime ? When.through(c.columns().closeDate()) : c.closedInPeriod(), amount, Unit.AMOUNT);
        Metric customers = allTime ? new Metric.FirstSeen(wonWithCustomer, c.columns().closeDate(), customer, true)
                : Metric.aggregate(wonWithCustomer, c.closedInPeriod(), Aggregation.distinctCount(customer), Unit.COUNT);
        return Figures.of(new Figure("value", Metric.ratio(total, customers, Unit.AMOUNT)),
                new Figure("wonAmount", total), new Figure("customers", customers));
    }),

    /** Row 9: churn = L / S (explicit) or lapsed / active in the previous P (derived). */
    CHURN_RATE("churn-rate", c -> c.customerChurn(true)),

    /** Row 9: retention = (E - N) / S (explicit) or (active before - lapsed) / active before (derived). */
    RETENTION_RATE("retention-rate", c -> c.customerChurn(false)),

    /** Row 10: spend on cost issues created in P / new customers in P. */
    CAC("cac", c -> {
        if (c.model().costTypes().isEmpty() || c.columns().cost().isEmpty()) {
            return Figures.of(new Figure("cost", KpiCatalog.notConfigured(Unit.AMOUNT)));
        }
        Metric spend = Metric.aggregate(Filter.typeIn(c.model().costTypes()), c.createdInPeriod(),
                Aggregation.sum(Measure.field(c.columns().cost().get())), Unit.AMOUNT);
        Metric gained = c.newCustomers();
        return Figures.of(new Figure("cost", Metric.ratio(spend, gained, Unit.AMOUNT)), new Figure("spend", spend),
                new Figure("newCustomers", gained));
    }),

    // Issue history and the pipeline KPIs (rows 11 to 15): history parts of the algebra
    // (docs/adr/0027-pipeline-parts.md). Without stages the stage KPIs are not configured; without
    // history every figure that reads the past is absent, "no history".

    /**
     * Row 11: per funnel step (the stages in order, then won), the cohort deals that reached it, the step
     * conversion reached(k+1) / reached(k) and the conversion from the first stage; cumulative or strict,
     * cohort created in P or entered the first stage in P (options).
     */
    STAGE_FUNNEL("stage-funnel", c -> c.byFunnelStep()
            .map(steps -> Figures.of(
                    new Figure("reached", c.reach(Metric.ReachFigure.REACHED)),
                    new Figure("stepConversion", c.reach(Metric.ReachFigure.STEP_CONVERSION)),
                    new Figure("fromStartConversion", c.reach(Metric.ReachFigure.FROM_START_CONVERSION)))
                    .readBy(steps))
            .orElse(Figures.of(new Figure("reached", KpiCatalog.notConfigured(Unit.COUNT))))),

    /**
     * Row 12: per stage, over (deal, stage) pairs whose last visit ended in P, the elapsed days of all the
     * deal's visits to it: median, 85th percentile, mean and how many pairs; and the current age of the
     * deals still in it (days since they entered) at the end of P.
     */
    TIME_IN_STAGE("time-in-stage", c -> c.byStage()
            .map(stages -> Figures.of(
                    new Figure("medianDays", c.timeInStage(Metric.VisitScope.ENDED, Statistic.median())),
                    new Figure("p85Days", c.timeInStage(Metric.VisitScope.ENDED,
                            Statistic.percentile(new BigDecimal("0.85")))),
                    new Figure("meanDays", c.timeInStage(Metric.VisitScope.ENDED, Statistic.mean())),
                    new Figure("deals", c.timeInStage(Metric.VisitScope.ENDED, Statistic.count())),
                    new Figure("currentAgeMedianDays", c.timeInStage(Metric.VisitScope.OPEN, Statistic.median())),
                    new Figure("openDeals", c.timeInStage(Metric.VisitScope.OPEN, Statistic.count())))
                    .readBy(stages))
            .orElse(Figures.of(new Figure("medianDays", KpiCatalog.notConfigured(Unit.DAYS))))),

    /**
     * Row 13: open deals at the start of P x win rate over P x average won deal size over P / mean sales
     * cycle of deals won in P, in amount per day; and the same over the days of P.
     */
    SALES_VELOCITY("sales-velocity", c -> {
        Metric open = c.movement(Optional.empty(), Metric.MovementPart.OPEN_AT_START);
        Metric winRate = Metric.ratio(c.wonCount(), Metric.count(c.wonOrLost(), c.closedInPeriod()));
        Metric averageDeal = Metric.aggregate(c.won(), c.closedInPeriod(),
                Aggregation.mean(Measure.field(c.columns().amount())), Unit.AMOUNT);
        Metric cycleDays = Metric.aggregate(c.won(), c.closedInPeriod(),
                Aggregation.mean(Measure.daysBetween(Column.CREATED, c.columns().closeDate())), Unit.DAYS);
        Metric perDay = Metric.ratio(Metric.times(Metric.times(open, winRate, Unit.NUMBER), averageDeal, Unit.AMOUNT),
                cycleDays, Unit.AMOUNT);
        return Figures.of(new Figure("perDay", perDay),
                new Figure("perPeriod", Metric.times(perDay, new Metric.PeriodDays(), Unit.AMOUNT)),
                new Figure("openAtStart", open), new Figure("winRate", winRate),
                new Figure("averageDealSize", averageDeal), new Figure("cycleDays", cycleDays));
    }),

    /**
     * Row 14: over deals open at some instant of P, the share pushed at least once in P (a push: the close
     * date field moved later while open), the pushes, the mean days per push, and the deals slipping (open
     * at the end of P, pushed 3 or more times in all). Needs a close date field.
     */
    CLOSE_DATE_SLIPPAGE("close-date-slippage", c -> {
        if (c.model().closeDateField().isEmpty()) {
            return Figures.of(new Figure("pushedShare", KpiCatalog.notConfigured(Unit.RATIO)));
        }
        Column closeDate = c.columns().closeDate();
        Metric open = c.pushes(closeDate, Metric.PushFigure.OPEN_ISSUES);
        Metric pushed = c.pushes(closeDate, Metric.PushFigure.PUSHED_ISSUES);
        Metric pushes = c.pushes(closeDate, Metric.PushFigure.PUSHES);
        return Figures.of(new Figure("pushedShare", Metric.ratio(pushed, open)), new Figure("pushes", pushes),
                new Figure("meanDaysPerPush",
                        Metric.ratio(c.pushes(closeDate, Metric.PushFigure.DAYS_PUSHED), pushes, Unit.DAYS)),
                new Figure("openDeals", open), new Figure("pushedDeals", pushed),
                new Figure("slipping", c.pushes(closeDate, Metric.PushFigure.SLIPPING)));
    }),

    /**
     * Row 15: the open pipeline's amount between the start and the end of P, as a waterfall: open at start
     * + new + increased - decreased - won - lost - moved out = open at end; the headline is the net change.
     */
    PIPELINE_MOVEMENT("pipeline-movement", c -> {
        Optional<Column> amount = Optional.of(c.columns().amount());
        Metric atStart = c.movement(amount, Metric.MovementPart.OPEN_AT_START);
        Metric atEnd = c.movement(amount, Metric.MovementPart.OPEN_AT_END);
        return Figures.of(new Figure("netChange", Metric.minus(atEnd, atStart)), new Figure("openAtStart", atStart),
                new Figure("new", c.movement(amount, Metric.MovementPart.NEW)),
                new Figure("increased", c.movement(amount, Metric.MovementPart.INCREASED)),
                new Figure("decreased", c.movement(amount, Metric.MovementPart.DECREASED)),
                new Figure("won", c.movement(amount, Metric.MovementPart.WON)),
                new Figure("lost", c.movement(amount, Metric.MovementPart.LOST)),
                new Figure("movedOut", c.movement(amount, Metric.MovementPart.MOVED_OUT)),
                new Figure("openAtEnd", atEnd));
    }),

    // Issue history and the pipeline KPIs (rows 16 to 18): as of now here; as of any instant through
    // KpiEngine.computeAsOf; by stage with KpiCatalog.byStage.

    /** Row 16: amount, count and weighted amount of the open deals (neither won nor lost) as of now. */
    OPEN_PIPELINE("open-pipeline", c -> new Figures(c.openPipeline(AsOfPoint.NOW), Optional.empty())),

    /** Row 17: won so far and the open deals' amount per forecast category, closing in P, against the target. */
    FORECAST("forecast", KpiCatalog::forecast),

    /** Row 18: open amount closing in P / (target - won in P); absent, "target met", when nothing remains. */
    PIPELINE_COVERAGE("pipeline-coverage", KpiCatalog::pipelineCoverage);

    private final String key;
    private final Function<KpiCatalog, Figures> preset;

    Kpi(String key, Function<KpiCatalog, Figures> preset) {
        this.key = key;
        this.preset = preset;
    }

    public String key() {
        return key;
    }

    /** i18n key prefix of the KPI's texts: {@code .name} and {@code .description} follow it. */
    public String messageKey() {
        return "saleskpi.kpi." + key;
    }

    /** The figures of this KPI in {@code catalog}'s sales model and options. */
    Figures figures(KpiCatalog catalog) {
        return preset.apply(catalog);
    }

    /**
     * The unit of the headline figure. It is the same in every sales model and with every option
     * (KpiUnitTest checks it), so it is told from the least model a profile can have.
     */
    public Unit unit() {
        return KpiCatalog.least().define(this).headline().metric().unit();
    }

    public static Kpi fromKey(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("unknown KPI: " + key));
    }

    /** The KPI with this key, if there is one. */
    public static Optional<Kpi> find(String key) {
        for (Kpi kpi : values()) {
            if (kpi.key.equals(key)) {
                return Optional.of(kpi);
            }
        }
        return Optional.empty();
    }

    /**
     * Row 8, predictive: average deal value x deals per customer per year x average lifespan in
     * years. The two "per year" factors cancel: value x (deals per customer / days of P) x
     * lifespan in days. Lifespan is the mean days from created to churn over churned customer
     * issues up to the end of P, so it needs customer issues.
     */
    private static Figures predictiveClv(KpiCatalog c, Filter wonWithCustomer, Column customer) {
        Metric averageDeal = Metric.aggregate(wonWithCustomer, c.closedInPeriod(),
                Aggregation.mean(Measure.field(c.columns().amount())), Unit.AMOUNT);
        Metric dealsPerCustomer = Metric.ratio(Metric.count(wonWithCustomer, c.closedInPeriod()),
                Metric.aggregate(wonWithCustomer, c.closedInPeriod(), Aggregation.distinctCount(customer), Unit.COUNT),
                Unit.NUMBER);
        Metric lifespanDays = c.model().hasCustomerIssues()
                ? Metric.aggregate(c.churnedCustomers(), When.through(Column.RESOLVED),
                        Aggregation.mean(Measure.daysBetween(Column.CREATED, Column.RESOLVED)), Unit.DAYS)
                : KpiCatalog.notConfigured(Unit.DAYS);
        Metric perDay = Metric.ratio(dealsPerCustomer, new Metric.PeriodDays(), Unit.NUMBER);
        Metric value = Metric.times(Metric.times(averageDeal, perDay, Unit.AMOUNT), lifespanDays, Unit.AMOUNT);
        return Figures.of(new Figure("value", value), new Figure("averageDeal", averageDeal),
                new Figure("dealsPerCustomer", dealsPerCustomer), new Figure("lifespanDays", lifespanDays));
    }

    /**
     * Whether a goal's KPI target can use it. Attainment and pipeline coverage (row 18) divide by a target of their
     * own, which a goal's measurement has none of, so they cannot; every other KPI can, those that read the past
     * included (the goal's issues are loaded with the changes they need).
     */
    public boolean canBeTargeted() {
        return this != TARGET_ATTAINMENT && this != PIPELINE_COVERAGE;
    }
}
