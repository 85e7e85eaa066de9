package org.saleskpi.core.gadget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.drill.KeySelections;
import org.saleskpi.core.drill.TargetDrill;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalQuery;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.goal.checkin.CheckInRepository;
import org.saleskpi.core.goal.checkin.OverdueCheckIn;
import org.saleskpi.core.goal.LiveTargets;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.ProfileIssues;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.PeriodParam;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Use case: a gadget's data for one request, as the caller sees it. Reads the parameters from the type's schema,
 * builds one KPI catalog and one plan, loads the profile's issues once with the plan's columns, reads the dates
 * ({@code period=all} from the loaded issues) and builds the dataset. Framework-free: it calls only the ports.
 */
public final class GadgetData {
    /** Core options name some fields differently from the query parameters that feed them. */
    private static final Map<String, String> PARAMETERS = Map.of("figures", "kpi", "columns", "kpi", "figure", "kpi");

    private final AccessPolicy access;
    private final IssueSource issues;
    private final IssueCatalog catalog;
    private final Directory directory;
    private final KpiProfileRepository profiles;
    private final GoalRepository goals;
    private final QuotaRepository quotas;
    private final Clock clock;
    private final KeySelections selections;
    private final CheckInRepository checkIns;

    /** Where the host keeps no key lists: a funnel step past its inline keys shows its count without a link. */
    public GadgetData(AccessPolicy access, IssueSource issues, IssueCatalog catalog, Directory directory,
            KpiProfileRepository profiles, GoalRepository goals, QuotaRepository quotas, Clock clock) {
        this(access, issues, catalog, directory, profiles, goals, quotas, clock, KeySelections.NONE);
    }

    /** With {@code selections} keeping the key lists of drill-downs too long for a link (ADR 0033). */
    public GadgetData(AccessPolicy access, IssueSource issues, IssueCatalog catalog, Directory directory,
            KpiProfileRepository profiles, GoalRepository goals, QuotaRepository quotas, Clock clock,
            KeySelections selections) {
        this(access, issues, catalog, directory, profiles, goals, quotas, clock, selections, CheckInRepository.NONE);
    }

    /** With {@code checkIns}, which who's behind reads for the goals whose owner owes one (ADR 0062). */
    public GadgetData(AccessPolicy access, IssueSource issues, IssueCatalog catalog, Directory directory,
            KpiProfileRepository profiles, GoalRepository goals, QuotaRepository quotas, Clock clock,
            KeySelections selections, CheckInRepository checkIns) {
        this.checkIns = Objects.requireNonNull(checkIns, "checkIns");
        this.access = Objects.requireNonNull(access, "access");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.goals = Objects.requireNonNull(goals, "goals");
        this.quotas = Objects.requireNonNull(quotas, "quotas");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.selections = Objects.requireNonNull(selections, "selections");
    }

    /** Every gadget type. */
    public List<Gadget> types() {
        return Gadgets.all();
    }

    /**
     * The dataset of the type for the parameters over the profile's issues the viewer may browse.
     *
     * @throws GadgetNotFoundException for an unknown type, or a goal the viewer may not see
     * @throws InvalidInputException naming the wrong parameter
     */
    public Node data(String type, UserRef viewer, KpiProfile profile, Map<String, List<String>> parameters) {
        Planned planned = plan(type, viewer, profile, parameters);
        GadgetRequest request = planned.request();
        // Gadgets over goals alone read no issue.
        IssueTable table = planned.plan().columns().isEmpty()
                ? IssueTable.of(request.model().calendar().zone(), planned.plan().columns(), List.of())
                : new ProfileIssues(issues).load(viewer, profile, planned.jql(), planned.narrow(),
                        planned.plan().columns(), planned.plan().history());
        Dates dates = request.period().fixed().isPresent() ? request.dates()
                : all(request.period().resolve(table, request.dates().today()), request.dates());
        return named(() -> planned.plan().build().dataset(table, dates));
    }

    /**
     * Checks the parameters, including the JQL, without computing.
     *
     * @throws GadgetNotFoundException for an unknown type, or a goal the viewer may not see
     * @throws InvalidInputException naming each wrong parameter
     */
    public void validate(String type, UserRef viewer, KpiProfile profile, Map<String, List<String>> parameters) {
        Planned planned = plan(type, viewer, profile, parameters);
        new ProfileIssues(issues).check(viewer, profile, planned.jql(), planned.narrow());
    }

    private record Planned(GadgetRequest request, Plan plan, String jql, String narrow) {
    }

    private Planned plan(String type, UserRef viewer, KpiProfile profile, Map<String, List<String>> parameters) {
        Gadget gadget = Gadgets.find(type)
                .orElseThrow(() -> new GadgetNotFoundException("There is no gadget type " + type + "."));
        SalesModel model = profile.model();
        LocalDate today = model.calendar().today(clock);
        KpiCatalog kpis = new KpiCatalog(model, KpiOptions.defaults());
        GadgetInput input = GadgetInput.read(gadget, parameters,
                new GadgetInput.Context(model, today, kpis, () -> catalog.fields(viewer)));
        boolean dated = gadget.options().stream().anyMatch(o -> o.kind() == OptionKind.PERIOD);
        PeriodParam period = dated ? input.period(PeriodParam.NAME)
                : PeriodParam.parse(PeriodParam.NAME, null, GadgetInput.API_PERIOD, model.calendar(), today);
        Period known = period.fixed().orElse(Period.day(today));
        Dates dates = new Dates(known, period.whole().orElse(known), today, model.calendar());
        boolean narrowed = gadget.options().stream().anyMatch(o -> o.kind() == OptionKind.JQL);
        String jql = narrowed ? input.text(ProfileIssues.JQL).orElse(null) : null;
        // The dashboard page's narrowing reaches the types that take extra JQL; goal gadgets read no issue query.
        String narrow = narrowed ? parameters.getOrDefault(ProfileIssues.NARROW, List.of()).stream()
                .filter(text -> text != null && !text.isBlank()).map(String::trim).findFirst().orElse(null) : null;
        GadgetRequest request = new GadgetRequest(input, profile, kpis, period, dates,
                drill(viewer, profile, jql, narrow), new Host(viewer, profile));
        Plan plan = named(() -> gadget.plan(request));
        return new Planned(request, plan, jql, narrow);
    }

    /**
     * One request's drill-downs, from the query its issues are loaded with, composed on the first drill: a type
     * drills only while building, after the load, so a query the host rejects is reported by the load, as before
     * drills existed. Dates are written for the zone in which the host's search reads the viewer's dates
     * ({@link Directory#searchZone}, asked on the first drill), the host's clock zone when it names none.
     */
    private DrillDown drill(UserRef viewer, KpiProfile profile, String jql, String narrow) {
        return DrillDown.deferred(() -> new ProfileIssues(issues).query(viewer, profile, jql, narrow),
                profile.model().calendar().zone(), () -> directory.searchZone(viewer).orElse(clock.getZone()),
                keys -> selections.save(viewer, keys));
    }

    /** {@code period=all}: the dates of the loaded issues, which are their own whole. */
    private static Dates all(Period span, Dates before) {
        return new Dates(span, span, before.today(), before.calendar());
    }

    /** Errors of core options carry the option's field; the API names the query parameter. */
    private static <T> T named(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(err -> err.at(PARAMETERS.getOrDefault(err.field(), err.field())))
                    .toList());
        }
    }

    /** The ports as one request's gadget type asks them, for the viewer and the profile's project. */
    private final class Host implements GadgetRequest.Host {
        private final UserRef viewer;
        private final KpiProfile profile;

        Host(UserRef viewer, KpiProfile profile) {
            this.viewer = viewer;
            this.profile = profile;
        }

        @Override
        public Inputs quotas(Period span) {
            return quotas.targets(profile.projectKey(), span);
        }

        @Override
        public List<Goal> goals(boolean archived) {
            return goals.find(new GoalQuery(profile.projectKey(), Optional.empty(), Optional.empty(), archived),
                    new PageRequest(0, PageRequest.MAX_LIMIT)).items().stream().map(this::measured).toList();
        }

        @Override
        public Goal goal(long id) {
            return goals.get(id)
                    .filter(g -> access.canBrowse(viewer, g.projectKey()) || access.isSystemAdmin(viewer))
                    .orElseThrow(() -> new GadgetNotFoundException("Goal " + id
                            + " does not exist or you may not see it."));
        }

        @Override
        public Goal measured(Goal goal) {
            return new LiveTargets(issues, profiles, clock.getZone()).measured(goal, viewer);
        }

        @Override
        public TargetDrill targetDrill() {
            return new TargetDrill(profiles::get);
        }

        @Override
        public String label(GroupingParam grouping, String group) {
            return grouping.label(group, directory);
        }

        @Override
        public List<OverdueCheckIn> overdueCheckIns(List<Goal> goals, LocalDate today) {
            return OverdueCheckIn.among(goals, checkIns.latest(goals.stream().map(Goal::id).toList()), today,
                    clock.getZone());
        }

        @Override
        public String person(String userKey) {
            return userKey.isEmpty() ? GroupingParam.NONE_LABEL
                    : directory.find(userKey).map(UserRef::displayName).orElse(userKey);
        }
    }
}
