package org.saleskpi.core.gadget.timeinstage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.PeriodFigures;
import org.saleskpi.core.gadget.Plan;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiDefinition;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Metric;

/**
 * The {@code time-in-stage} gadget (KPI {@code time-in-stage}, KPI-DEFINITIONS.md row 12): per stage of the profile,
 * in its order, the median and 85th percentile of the days deals spent in it (the mean as an option), over the
 * deals whose last visit to the stage ended in the period, and the current age of the deals still in it; per rep as
 * an option, each rep's median, 85th percentile (and mean) per stage. Without stages the whole gadget is absent,
 * "not configured"; without history, "no history".
 */
public final class TimeInStageType implements Gadget {
    /** The KPI's figures each stage shows, in order; the mean joins them as an option. */
    private static final List<String> PER_STAGE = List.of("medianDays", "p85Days", "deals", "currentAgeMedianDays",
            "openDeals");
    /** What each rep's row shows per stage. */
    private static final List<String> PER_REP = List.of("medianDays", "p85Days", "deals");
    private static final String MEAN = "meanDays";

    @Override
    public String key() {
        return "time-in-stage";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.period("this-quarter"),
                OptionSpec.of("mean", OptionKind.FLAG),
                OptionSpec.of("perRep", OptionKind.FLAG));
    }

    @Override
    public Plan plan(GadgetRequest request) {
        boolean mean = request.input().flag("mean");
        boolean perRep = request.input().flag("perRep");
        KpiDefinition kpi = request.catalog().define(Kpi.TIME_IN_STAGE);
        Optional<Dimension> stages = kpi.naturalDimension();
        PeriodFigures figures = new PeriodFigures();
        List<String> shown = shown(PER_STAGE, mean);
        if (stages.isEmpty()) {
            figures.add(kpi.headline(), Dimension.none());
        } else {
            shown.forEach(name -> figures.add(kpi.figure(name), stages.get()));
        }
        List<String> repFigures = shown(PER_REP, mean);
        List<Dimension.Step> steps = stages.map(s -> ((Dimension.Steps) s).steps()).orElse(List.of());
        Dimension byRep = request.catalog().byRep();
        if (perRep) {
            // A visit grouped by rep is in its deal's group: one figure per stage, over that stage's visits.
            for (int s = 0; s < steps.size(); s++) {
                for (String name : repFigures) {
                    Metric.Visits visits = (Metric.Visits) kpi.figure(name).metric();
                    figures.add(repFigure(s, name), new Metric.Visits(visits.filter(), visits.column(),
                            steps.get(s).values(), visits.scope(), visits.statistic()), byRep);
                }
            }
        }
        return new Plan(figures.columns(), figures.history(), (table, dates) -> {
            Map<String, Grid> grids = figures.evaluate(table, dates);
            Node.Fields data = Node.fields().put("type", key()).put("period", Node.period(dates.period()))
                    .put("mean", mean).put("perRep", perRep);
            Optional<AbsentReason> absent = PeriodFigures.wholly(grids.get(kpi.headline().name()));
            if (absent.isPresent()) {
                return data.put("absentReason", absent.get().key()).put("stages", new Node.Items())
                        .put("reps", new Node.Items());
            }
            Node.Items rows = new Node.Items();
            for (int s = 0; s < steps.size(); s++) {
                Node.Fields row = Node.fields().put("stage", steps.get(s).name());
                for (String name : shown) {
                    row.put(name, grids.get(name).value(s, 0));
                }
                rows.add(row);
            }
            Node.Items reps = new Node.Items();
            if (perRep) {
                Grid first = grids.get(repFigure(0, repFigures.get(0)));
                for (int r = 0; r < first.groups().size(); r++) {
                    String user = first.groups().get(r);
                    Node.Items cells = new Node.Items();
                    for (int s = 0; s < steps.size(); s++) {
                        Node.Fields cell = Node.fields().put("stage", steps.get(s).name());
                        for (String name : repFigures) {
                            cell.put(name, grids.get(repFigure(s, name)).value(r, 0));
                        }
                        cells.add(cell);
                    }
                    reps.add(Node.fields().put("rep", user).put("displayName", request.host().person(user))
                            .put("stages", cells));
                }
            }
            return data.put("absentReason", Node.Null.NULL).put("stages", rows).put("reps", reps);
        });
    }

    private static List<String> shown(List<String> names, boolean mean) {
        if (!mean) {
            return names;
        }
        List<String> withMean = new ArrayList<>(names);
        withMean.add(2, MEAN);
        return withMean;
    }

    /** The name of a rep figure of the stage at {@code stage}: stage names are statuses, which may hold any text. */
    private static String repFigure(int stage, String name) {
        return "rep:" + stage + ":" + name;
    }
}
