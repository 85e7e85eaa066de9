package org.saleskpi.core.gadget;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.drill.TargetDrill;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.checkin.OverdueCheckIn;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.PeriodParam;

/**
 * One request for a gadget's data, as its type plans it: the checked options, the profile's model, the request's
 * one KPI catalog, the dates known before loading, its drill-downs, and what the type may ask of the host (quotas,
 * goals, labels).
 */
public final class GadgetRequest {
    private final GadgetInput input;
    private final KpiProfile profile;
    private final GadgetScope scope;
    private final PeriodParam period;
    private final Dates dates;
    private final Host host;

    /** What a gadget type may ask of the host during a request, answered over the ports as the caller. */
    public interface Host {
        /** The profile project's quotas over the span. */
        Inputs quotas(Period span);

        /** The profile project's (archived or active) goals, measured now as the caller sees them. */
        List<Goal> goals(boolean archived);

        /**
         * The goal as stored.
         *
         * @throws GadgetNotFoundException when there is none or the caller may not see it
         */
        Goal goal(long id);

        /** The goal as the goal pages show it: computed targets measured now, over the caller's issues. */
        Goal measured(Goal goal);

        /** The issues behind goals' targets, as {@link #measured} measures them. */
        TargetDrill targetDrill();

        /** A group of a grouping for people: a user's display name, else the value; {@code (none)} for "". */
        String label(GroupingParam grouping, String group);

        /** A user's display name, or the key when unknown; {@code (none)} for "". */
        String person(String userKey);

        /** Which of these goals are overdue for a check-in on {@code today}; none where the host keeps none. */
        default List<OverdueCheckIn> overdueCheckIns(List<Goal> goals, LocalDate today) {
            return List.of();
        }
    }

    GadgetRequest(GadgetInput input, KpiProfile profile, KpiCatalog catalog, PeriodParam period, Dates dates,
            DrillDown drill, Host host) {
        this.input = Objects.requireNonNull(input, "input");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.scope = new GadgetScope(profile.model(), catalog, drill);
        this.period = Objects.requireNonNull(period, "period");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.host = Objects.requireNonNull(host, "host");
    }

    public GadgetInput input() {
        return input;
    }

    public SalesModel model() {
        return profile.model();
    }

    public KpiCatalog catalog() {
        return scope.catalog();
    }

    public PeriodParam period() {
        return period;
    }

    /** The dates before loading: for {@code all}, today alone until the issues are loaded and it is known. */
    public Dates dates() {
        return dates;
    }

    /** The drill-downs from the query the issues are loaded with; a type drills only while building. */
    public DrillDown drill() {
        return scope.drill();
    }

    /** The model, catalog and drill-downs a type's dataset builder works within. */
    public GadgetScope scope() {
        return scope;
    }

    public Host host() {
        return host;
    }

    /** The profile's time zone id, as datasets state it beside their comparisons. */
    public String zone() {
        return model().calendar().zone().getId();
    }
}
