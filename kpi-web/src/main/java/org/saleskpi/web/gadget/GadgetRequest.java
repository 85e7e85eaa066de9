package org.saleskpi.web.gadget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalQuery;
import org.saleskpi.core.goal.LiveTargets;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.ProfileIssues;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.kpi.GroupingParam;
import org.saleskpi.web.kpi.PeriodParam;

/**
 * A gadget request: its profile, the caller and the query parameters, read as typed options. Each
 * reader names its parameter in the 400 it throws. The parameters every gadget type reads:
 * <ul>
 * <li>{@code profile} (required), {@code period} (default {@code this-month}, see {@link PeriodParam}),
 * {@code jql} (narrows the profile's scope);
 * <li>{@code kpi}: a KPI key, or {@code <kpi key>.<figure>} for one of its figures
 * ({@code won-revenue.count}); repeated for the line's lines and the table's columns;
 * <li>{@code bucket}, {@code groupBy}, {@code stackBy} (see {@link GroupingParam}),
 * {@code cumulative}, {@code comparePrevious}, {@code descending}, {@code archived} (true or false);
 * <li>{@code target}: a number in the figure's unit, or {@code quota} for the reps' quotas (line, bar; money, so
 * drawn only against a figure in money); the target's id (battery);
 * <li>{@code topN}, {@code maxStacks}, {@code staleDays}, {@code maxKeys}, {@code limit}, {@code goal}: whole numbers;
 * {@code sort}, {@code order}: keys; {@code pointsPerWonDeal}, {@code pointsPerAmountUnit},
 * {@code amountUnit}, {@code pointsPerResolvedIssue}: decimals.
 * </ul>
 */
final class GadgetRequest {
    static final String QUOTA = "quota";

    private final RestServices services;
    private final Caller caller;
    private final KpiProfile profile;
    private final QueryParams params;
    private final LocalDate today;
    private final PeriodParam period;
    private final Optional<Period> resolved;

    GadgetRequest(RestServices services, Caller caller, KpiProfile profile, QueryParams params) {
        this(services, caller, profile, params, Optional.empty());
    }

    private GadgetRequest(RestServices services, Caller caller, KpiProfile profile, QueryParams params,
            Optional<Period> resolved) {
        this.services = services;
        this.caller = caller;
        this.profile = profile;
        this.params = params;
        this.today = profile.model().calendar().today(services.clock());
        this.period = PeriodParam.parse(PeriodParam.NAME, params.first(PeriodParam.NAME), "this-month",
                profile.model().calendar(), today);
        this.resolved = resolved;
    }

    /** The same request with {@code period=all} read as the dates of the loaded issues. */
    GadgetRequest withPeriod(Period dates) {
        return new GadgetRequest(services, caller, profile, params, Optional.of(dates));
    }

    RestServices services() {
        return services;
    }

    Caller caller() {
        return caller;
    }

    KpiProfile profile() {
        return profile;
    }

    SalesModel model() {
        return profile.model();
    }

    LocalDate today() {
        return today;
    }

    PeriodParam periodParam() {
        return period;
    }

    /** The period; for {@code all} today alone until the issues are loaded and it is known. */
    Period period() {
        return resolved.or(period::fixed).orElse(Period.day(today));
    }

    /** The whole period {@link #period()} is a part of (the year of {@code ytd}), else the period itself. */
    Period wholePeriod() {
        return resolved.or(period::whole).orElse(period());
    }

    /** What the period is compared with today (docs/period-comparisons.md). */
    Comparison comparison() {
        return Comparison.of(model().calendar(), period(), wholePeriod(), Optional.of(today));
    }

    /** The reps' quotas of the profile's project, for the period and what it is compared with. */
    Inputs quotas() {
        Period range = period();
        // Year to date is compared with last year from 1 January, earlier than the days just before it.
        LocalDate first = model().calendar().previous(range).start();
        LocalDate lastYear = model().calendar().previous(wholePeriod()).start();
        Period wide = new Period(lastYear.isBefore(first) ? lastYear : first, range.end());
        return services.quotas().targets(profile.projectKey(), wide);
    }

    /** The project's goals that are (not) archived; only asked once the caller may browse the profile's project. */
    /** The profile project's goals, their issues and KPI targets measured as the caller sees them now. */
    List<Goal> goals(boolean archived) {
        return services.goals().find(new GoalQuery(profile.projectKey(), Optional.empty(),
                Optional.empty(), archived), new PageRequest(0, PageRequest.MAX_LIMIT)).items().stream()
                .map(this::measured).toList();
    }

    /** The goal as the goal pages show it: computed targets measured now, over the caller's issues. */
    Goal measured(Goal goal) {
        return new LiveTargets(services.issues(), services.profiles(), services.clock().getZone())
                .measured(goal, caller.user());
    }

    /**
     * Drill-downs from the query this request's issues are loaded with, their dates written for the host's
     * zone: the standalone server reads a search's dates in it; Jira reads them in the viewer's time zone,
     * which is the JVM's unless the viewer or the administrator chose another (UNVERIFIED: the host passes
     * no viewer's zone yet).
     */
    DrillDown drill() {
        return DrillDown.deferred(() -> new ProfileIssues(services.issues()).query(caller.user(), profile,
                text(ProfileIssues.JQL)), profile.model().calendar().zone(), services.clock().getZone());
    }

    String text(String name) {
        return params.first(name);
    }

    Bucket bucket(Bucket fallback) {
        String key = params.first("bucket");
        return key == null || key.isBlank() ? fallback : PeriodParam.bucket("bucket", key);
    }

    Optional<GroupingParam> grouping(String name) {
        return GroupingParam.optional(name, params.first(name), model(), fields());
    }

    GroupingParam grouping(String name, GroupingParam fallback) {
        return grouping(name).orElse(fallback);
    }

    private List<IssueCatalog.FieldInfo> fields() {
        return services.catalog().fields(caller.user());
    }

    /** The figures of the {@code kpi} parameter, at least one. */
    List<FigureChoice> figures() {
        List<String> keys = params.all("kpi");
        if (keys.isEmpty()) {
            throw InvalidInputException.of("kpi", "saleskpi.gadget.kpi.required", "kpi is required: name a KPI.");
        }
        KpiCatalog catalog = new KpiCatalog(model(), KpiOptions.defaults());
        List<FigureChoice> figures = new ArrayList<>();
        for (String key : keys) {
            figures.add(figure(key.trim(), catalog));
        }
        return figures;
    }

    /** The single figure of the {@code kpi} parameter. */
    FigureChoice figure() {
        List<FigureChoice> figures = figures();
        if (figures.size() > 1) {
            throw InvalidInputException.of("kpi", "saleskpi.gadget.kpi.single", "kpi: this gadget shows one figure.");
        }
        return figures.get(0);
    }

    private static FigureChoice figure(String key, KpiCatalog catalog) {
        int dot = key.indexOf('.');
        String kpiKey = dot < 0 ? key : key.substring(0, dot);
        Kpi kpi = Kpi.find(kpiKey).orElseThrow(() -> InvalidInputException.of("kpi", "saleskpi.gadget.kpi.unknown",
                "kpi: there is no KPI " + kpiKey + "."));
        if (dot < 0) {
            return FigureChoice.headline(kpi);
        }
        String figure = key.substring(dot + 1);
        boolean known = catalog.define(kpi).figures().stream().anyMatch(f -> f.name().equals(figure));
        if (!known) {
            throw InvalidInputException.of("kpi", "saleskpi.gadget.kpi.figure",
                    "kpi: " + kpiKey + " has no figure " + figure + ".");
        }
        return FigureChoice.of(kpi, figure);
    }

    boolean flag(String name) {
        String value = params.first(name);
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.of(name, "saleskpi.gadget.flag", name + " must be true or false.");
        };
    }

    int whole(String name, int fallback, int min, int max) {
        String value = params.first(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw InvalidInputException.of(name, "saleskpi.gadget.whole",
                name + " must be a whole number from " + min + " to " + max + ".");
    }

    Optional<Long> id(String name) {
        String value = params.first(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "saleskpi.gadget.id", name + " must be an id.");
        }
    }

    Optional<BigDecimal> decimal(String name) {
        String value = params.first(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal number = new BigDecimal(value.trim());
            if (number.abs().compareTo(new BigDecimal("1e15")) <= 0) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of(name, "saleskpi.gadget.decimal", name + " must be a number such as 1500.50.");
    }

    /** Labels a group of a grouping for people. */
    String label(GroupingParam grouping, String group) {
        return grouping.label(group, services.directory());
    }

    /** A user's display name, or the key when the directory does not know it; {@code (none)} for "". */
    String person(String userKey) {
        return userKey.isEmpty() ? GroupingParam.NONE_LABEL
                : services.directory().find(userKey).map(UserRef::displayName).orElse(userKey);
    }
}
