package org.saleskpi.core.kpi;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Aggregation;
import org.saleskpi.core.metric.AsOfPoint;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Measure;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.Statistic;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.period.SalesCalendar;

/**
 * The KPIs of KPI-DEFINITIONS.md for one sales model and its options: each {@link Kpi} is a preset
 * written in the building blocks below (deals, won deals, the close date in P, won amount...), and
 * {@link #define} applies it here.
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
        Figures figures = kpi.figures(this);
        return new KpiDefinition(kpi, figures.list(), figures.naturalDimension());
    }

    /** Which rep a deal is credited to, with every rep who owns a deal in scope as a group. */
    public Dimension byRep() {
        return Dimension.by(columns.rep(), deals());
    }

    /** The account a deal belongs to, every account with a deal in scope a group; empty without a customer field. */
    public Optional<Dimension> byCustomer() {
        return columns.customer().map(customer -> Dimension.by(customer, deals()));
    }

    /**
     * The profile's stages in its order, each a group even when empty, an issue in the stage its status
     * is (KPI-DEFINITIONS.md rows 12 and 16, "grouped by stage"); empty when the profile has no stages.
     */
    public Optional<Dimension> byStage() {
        if (!model.pipeline().hasStages()) {
            return Optional.empty();
        }
        return Optional.of(Dimension.steps(Column.STATUS, model.pipeline().stages().stream()
                .map(stage -> Dimension.Step.of(stage.status())).toList()));
    }

    /** Name of the funnel's last step, every won status: a group beside the stages' names. */
    public static final String WON_STEP = "won";

    /** The funnel's steps (row 11): the stages in order, then {@value #WON_STEP}; empty without stages. */
    public Optional<Dimension> byFunnelStep() {
        return byStage().map(stages -> {
            List<Dimension.Step> steps = new ArrayList<>(((Dimension.Steps) stages).steps());
            steps.add(new Dimension.Step(WON_STEP, model.wonStatuses()));
            return Dimension.steps(Column.STATUS, steps);
        });
    }

    /**
     * A catalog over the least model a profile can have (deal types, won statuses and an amount field,
     * nothing optional), in which every KPI still has its figures: what tells a KPI's unit without a profile.
     */
    static KpiCatalog least() {
        return Least.CATALOG;
    }

    private static final class Least {
        static final KpiCatalog CATALOG = new KpiCatalog(new SalesModel("", Set.of(), Set.of("Deal"), Set.of(),
                Set.of(), Set.of(), Set.of("Won"), Set.of(), Set.of(), Set.of(), "customfield_10010", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Currency.getInstance("EUR"), SalesCalendar.of(ZoneOffset.UTC), 14), KpiOptions.defaults());
    }

    SalesModel model() {
        return model;
    }

    KpiOptions options() {
        return options;
    }

    /** A figure the model lacks the settings for: absent, NOT_CONFIGURED, in the unit it would have. */
    static Metric notConfigured(Unit unit) {
        return Metric.unavailable(AbsentReason.NOT_CONFIGURED, unit);
    }

    Filter deals() {
        return Filter.typeIn(model.dealTypes());
    }

    Filter leads() {
        return Filter.typeIn(model.leadTypes());
    }

    /** A lead in a converted status (row 6). */
    Filter convertedLeads() {
        return Filter.and(leads(), Filter.statusIn(model.convertedStatuses()));
    }

    /** A deal in a won status (row 1: "won in P" also needs its close date in P). */
    Filter won() {
        return Filter.and(deals(), Filter.statusIn(model.wonStatuses()));
    }

    /** A deal in a won or a lost status: a closed one. */
    Filter wonOrLost() {
        Set<String> closed = new HashSet<>(model.wonStatuses());
        closed.addAll(model.lostStatuses());
        return Filter.and(deals(), Filter.statusIn(closed));
    }

    /** Won deals that name their customer: the ones customer figures can count. */
    Filter wonWithCustomer(Column customer) {
        return Filter.and(won(), Filter.notEmpty(customer));
    }

    Filter customers() {
        return Filter.typeIn(model.customerTypes());
    }

    /** Customer issues in a churned status; their resolution date is when they churned (row 9). */
    Filter churnedCustomers() {
        return Filter.and(customers(), Filter.statusIn(model.churnedStatuses()));
    }

    /** The close date falls in P: won in P for won deals, closed in P for won and lost ones. */
    When closedInPeriod() {
        return When.during(columns.closeDate());
    }

    When createdInPeriod() {
        return When.during(Column.CREATED);
    }

    Metric wonAmount() {
        return Metric.aggregate(won(), closedInPeriod(), Aggregation.sum(Measure.field(columns.amount())), Unit.AMOUNT);
    }

    Metric wonCount() {
        return Metric.count(won(), closedInPeriod());
    }

    // Issue history and the pipeline KPIs (KPI-DEFINITIONS.md rows 11 to 18; docs/adr/0027-pipeline-parts.md).

    /** A deal neither won nor lost: an open one (row 16). */
    Filter openDeals() {
        Set<String> closed = new HashSet<>(model.wonStatuses());
        closed.addAll(model.lostStatuses());
        return Filter.and(deals(), Filter.not(Filter.statusIn(closed)));
    }

    /** The profile's stage statuses; empty without stages. */
    Set<String> stageStatuses() {
        Set<String> statuses = new HashSet<>();
        model.pipeline().stages().forEach(stage -> statuses.add(stage.status()));
        return statuses;
    }

    /** Time in stage (row 12) over deals: one statistic of the pairs ended in P, or of the visits open at its end. */
    Metric timeInStage(Metric.VisitScope scope, Statistic statistic) {
        return new Metric.Visits(deals(), Column.STATUS, stageStatuses(), scope, statistic);
    }

    /** Row 11 with the options' cohort and order: reached, step or from-start conversion, per funnel step. */
    Metric reach(Metric.ReachFigure figure) {
        Metric.Cohort cohort = options.funnelCohort() == KpiOptions.FunnelCohort.CREATED ? Metric.Cohort.CREATED
                : Metric.Cohort.ENTERED_FIRST_STEP;
        return new Metric.Reach(deals(), Column.STATUS, cohort, options.funnelOrder() == KpiOptions.FunnelOrder.STRICT,
                figure);
    }

    /** Close-date pushes of deals (row 14): open as of each push, the close date field moved later. */
    Metric pushes(Column closeDate, Metric.PushFigure figure) {
        return new Metric.Pushes(deals(), openDeals(), closeDate, figure);
    }

    /**
     * One bar of the pipeline movement (row 15) of deals' amounts, or of deals counted when
     * {@code amount} is empty. Every issue is replayed, so that one whose type stops being a deal moves out.
     */
    Metric movement(Optional<Column> amount, Metric.MovementPart part) {
        return new Metric.Movement(Filter.all(), openDeals(), won(), Filter.and(deals(),
                Filter.statusIn(model.lostStatuses())), amount, part);
    }

    /**
     * Row 16 as of {@code point}: the amount, count and weighted amount of open deals. The weighted
     * amount needs stages with win probabilities or a probability field, else it is not configured. A
     * pipeline trend is these at {@link AsOfPoint#PERIOD_END} of each bucket; by stage, group them by
     * {@link #byStage}.
     */
    public List<Figure> openPipeline(AsOfPoint point) {
        Filter open = openDeals();
        Metric amount = Metric.aggregate(open, When.always(), Aggregation.sum(Measure.field(columns.amount())),
                Unit.AMOUNT);
        Metric weighted = weightedAmount().map(measure -> Metric.aggregate(open, When.always(),
                Aggregation.sum(measure), Unit.AMOUNT)).orElse(notConfigured(Unit.AMOUNT));
        return List.of(new Figure("amount", Metric.asOf(amount, point)),
                new Figure("count", Metric.asOf(Metric.count(open, When.always()), point)),
                new Figure("weighted", weighted instanceof Metric.Unavailable ? weighted : Metric.asOf(weighted, point)));
    }

    /**
     * Amount x probability (row 16): the probability field's value, else the win probability of the
     * deal's stage; empty when the profile gives neither stages with probabilities nor the field.
     */
    Optional<Measure> weightedAmount() {
        Map<String, BigDecimal> stages = new HashMap<>();
        model.pipeline().stages().forEach(s -> s.winProbability().ifPresent(p -> stages.put(s.status(), p)));
        Optional<Column> field = model.pipeline().probabilityField().map(id -> Column.custom(id, FieldType.NUMBER));
        if (stages.isEmpty() && field.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Measure.weighted(columns.amount(), field, Column.STATUS, stages));
    }

    /**
     * Row 17 over deals whose close date is in P: won so far, the open deals' amount per forecast
     * category, most likely (won + commit) and best case (most likely + best case), each against the
     * target. An open deal without a category, or in a profile without the category field, counts as
     * pipeline; omitted deals count nowhere. Without the field: won and pipeline only.
     */
    Figures forecast() {
        Metric won = wonAmount();
        Metric target = Metric.input(TARGET, Unit.AMOUNT);
        Optional<Column> category = model.pipeline().forecastCategoryField()
                .map(id -> Column.custom(id, FieldType.OPTION));
        if (category.isEmpty()) {
            return Figures.of(new Figure("won", won), new Figure("pipeline", openAmountClosing(Filter.all())),
                    new Figure("target", target), new Figure("wonAttainment", Metric.ratio(won, target)));
        }
        Column field = category.get();
        Metric commit = openAmountClosing(Filter.in(field, options(ForecastCategory.COMMIT)));
        Metric bestCase = openAmountClosing(Filter.in(field, options(ForecastCategory.BEST_CASE)));
        Metric pipeline = openAmountClosing(Filter.or(Filter.in(field, options(ForecastCategory.PIPELINE)),
                Filter.empty(field)));
        Metric mostLikely = Metric.plus(won, commit);
        Metric bestCaseTotal = Metric.plus(mostLikely, bestCase);
        return Figures.of(new Figure("won", won), new Figure("commit", commit), new Figure("bestCase", bestCase),
                new Figure("pipeline", pipeline), new Figure("mostLikely", mostLikely),
                new Figure("bestCaseTotal", bestCaseTotal), new Figure("target", target),
                new Figure("wonAttainment", Metric.ratio(won, target)),
                new Figure("mostLikelyAttainment", Metric.ratio(mostLikely, target)),
                new Figure("bestCaseAttainment", Metric.ratio(bestCaseTotal, target)));
    }

    /**
     * Row 18: the open amount closing in P over what remains of the target once deals won in P are
     * counted; nothing remaining (won meets the target) is absent, "target met".
     */
    Figures pipelineCoverage() {
        Metric pipeline = openAmountClosing(Filter.all());
        Metric won = wonAmount();
        Metric target = Metric.input(TARGET, Unit.AMOUNT);
        Metric remaining = Metric.minus(target, won);
        Metric coverage = Metric.ratio(pipeline, Metric.positive(remaining, AbsentReason.TARGET_MET), Unit.RATIO);
        return Figures.of(new Figure("coverage", coverage), new Figure("pipeline", pipeline),
                new Figure("remaining", remaining), new Figure("won", won), new Figure("target", target));
    }

    /** The amount of open deals passing {@code filter} whose close date is in P. */
    private Metric openAmountClosing(Filter filter) {
        return Metric.aggregate(Filter.and(openDeals(), filter), closedInPeriod(),
                Aggregation.sum(Measure.field(columns.amount())), Unit.AMOUNT);
    }

    /**
     * The options of the category field that mean {@code category}: those the profile maps to it, and
     * the usual spellings of its name ({@code Best case}, {@code Best Case}, {@code best-case}...) that the
     * profile maps to nothing else, as {@link PipelineSettings#category} reads an unmapped option.
     */
    private Set<String> options(ForecastCategory category) {
        Set<String> options = new TreeSet<>();
        model.pipeline().forecastCategories().forEach((option, mapped) -> {
            if (mapped == category) {
                options.add(option);
            }
        });
        String[] words = category.name().toLowerCase(Locale.ROOT).split("_");
        List<String> spellings = new ArrayList<>();
        for (String separator : List.of(" ", "-", "_", "")) {
            String lower = String.join(separator, words);
            spellings.add(lower);
            spellings.add(lower.toUpperCase(Locale.ROOT));
            spellings.add(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
            spellings.add(String.join(separator, Arrays.stream(words)
                    .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList()));
        }
        for (String spelling : spellings) {
            if (!model.pipeline().forecastCategories().containsKey(spelling)
                    && model.pipeline().category(spelling) == category) {
                options.add(spelling);
            }
        }
        return options;
    }

    /** Whether customers are customer issues (explicit) or the accounts named on won deals (derived), row 9. */
    private boolean explicitCustomers() {
        return switch (options.churnMode()) {
            case EXPLICIT -> true;
            case DERIVED -> false;
            case AUTO -> model.hasCustomerIssues();
        };
    }

    /** Customers new in P: customer issues created in P, or customers whose first won deal is in P (row 10). */
    Metric newCustomers() {
        if (explicitCustomers()) {
            return model.hasCustomerIssues() ? Metric.count(customers(), createdInPeriod()) : notConfigured(Unit.COUNT);
        }
        if (columns.customer().isEmpty()) {
            return notConfigured(Unit.COUNT);
        }
        Column customer = columns.customer().get();
        return new Metric.FirstSeen(wonWithCustomer(customer), columns.closeDate(), customer, false);
    }

    /**
     * Row 9, shared by churn and retention: churn = L / S or retention = (E - N) / S, with the
     * customer counts they are made of, in explicit or derived mode.
     */
    Figures customerChurn(boolean churn) {
        String rate = churn ? "churn" : "retention";
        if (explicitCustomers()) {
            if (!model.hasCustomerIssues()) {
                return Figures.of(new Figure(rate, notConfigured(Unit.RATIO)));
            }
            // S: created before P, less those whose churn (resolution) date is before P.
            Metric atStart = Metric.minus(Metric.count(customers(), When.before(Column.CREATED)),
                    Metric.count(churnedCustomers(), When.before(Column.RESOLVED)));
            Metric lost = Metric.count(churnedCustomers(), When.during(Column.RESOLVED));
            Metric gained = Metric.count(customers(), When.during(Column.CREATED));
            Metric atEnd = Metric.minus(Metric.plus(atStart, gained), lost);
            Metric value = churn ? Metric.ratio(lost, atStart) : Metric.ratio(Metric.minus(atEnd, gained), atStart);
            return Figures.of(new Figure(rate, value), new Figure("atStart", atStart), new Figure("lost", lost),
                    new Figure("gained", gained), new Figure("atEnd", atEnd));
        }
        if (columns.customer().isEmpty()) {
            return Figures.of(new Figure(rate, notConfigured(Unit.RATIO)));
        }
        Column customer = columns.customer().get();
        Filter wonWithCustomer = wonWithCustomer(customer);
        Metric active = Metric.aggregate(wonWithCustomer, closedInPeriod(), Aggregation.distinctCount(customer), Unit.COUNT);
        Metric activeBefore = Metric.previous(active);
        Metric lapsed = new Metric.Lapsed(wonWithCustomer, columns.closeDate(), customer);
        Metric value = churn ? Metric.ratio(lapsed, activeBefore)
                : Metric.ratio(Metric.minus(activeBefore, lapsed), activeBefore);
        return Figures.of(new Figure(rate, value), new Figure("activeBefore", activeBefore), new Figure("lost", lapsed),
                new Figure("active", active));
    }
}
