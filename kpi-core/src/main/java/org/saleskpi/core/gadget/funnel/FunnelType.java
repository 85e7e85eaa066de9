package org.saleskpi.core.gadget.funnel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.gadget.Dates;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.PeriodFigures;
import org.saleskpi.core.gadget.Plan;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiDefinition;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Metric;

/**
 * The {@code funnel} gadget: the stage funnel (KPI {@code stage-funnel}, KPI-DEFINITIONS.md row 11), the profile's
 * stages in order and "won" last, each with the deals of the period's cohort that reached it, the step conversion
 * to the next step and the conversion from the first; cumulative or strict, the cohort created in the period or
 * entering the first stage in it. Each step drills into the deals it counts ({@link StepDrills}). Without stages the whole funnel is
 * absent, "not configured"; without history, "no history".
 */
public final class FunnelType implements Gadget {
    static final String CUMULATIVE = "cumulative";
    static final String STRICT = "strict";
    static final String CREATED = "created";
    static final String ENTERED = "entered";

    @Override
    public String key() {
        return "funnel";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.period("this-quarter"),
                OptionSpec.choice("funnelOrder", CUMULATIVE, STRICT).byDefault(CUMULATIVE),
                OptionSpec.choice("cohort", CREATED, ENTERED).byDefault(CREATED));
    }

    @Override
    public Plan plan(GadgetRequest request) {
        String order = request.input().choice("funnelOrder").orElseThrow();
        String cohort = request.input().choice("cohort").orElseThrow();
        KpiCatalog catalog = new KpiCatalog(request.model(), KpiOptions.defaults().withFunnel(
                cohort.equals(ENTERED) ? KpiOptions.FunnelCohort.ENTERED_FIRST_STAGE : KpiOptions.FunnelCohort.CREATED,
                order.equals(STRICT) ? KpiOptions.FunnelOrder.STRICT : KpiOptions.FunnelOrder.CUMULATIVE));
        KpiDefinition funnel = catalog.define(Kpi.STAGE_FUNNEL);
        Dimension steps = funnel.naturalDimension().orElse(Dimension.none());
        PeriodFigures figures = new PeriodFigures();
        funnel.figures().forEach(figure -> figures.add(figure, steps));
        return new Plan(figures.columns(Column.KEY), figures.history(), (table, dates) -> {
            Map<String, Grid> grids = figures.evaluate(table, dates);
            Node.Fields data = Node.fields().put("type", key()).put("period", Node.period(dates.period()))
                    .put("funnelOrder", order).put("cohort", cohort);
            Optional<AbsentReason> absent = PeriodFigures.wholly(grids.get("reached"));
            if (absent.isPresent()) {
                return data.put("absentReason", absent.get().key()).put("steps", new Node.Items());
            }
            Metric.Reach reach = (Metric.Reach) funnel.figure("reached").metric();
            return data.put("absentReason", Node.Null.NULL)
                    .put("steps", steps(grids, (Dimension.Steps) steps, reach, table, dates, request));
        });
    }

    private static Node.Items steps(Map<String, Grid> grids, Dimension.Steps steps, Metric.Reach reach,
            IssueTable table, Dates dates, GadgetRequest request) {
        StepDrills drills = new StepDrills(reach, steps, table, dates.period(), request.drill());
        Node.Items items = new Node.Items();
        for (int step = 0; step < steps.steps().size(); step++) {
            String name = steps.steps().get(step).name();
            boolean won = step == steps.steps().size() - 1 && name.equals(KpiCatalog.WON_STEP);
            items.add(Node.fields().put("step", name).put("won", won)
                    .put("reached", grids.get("reached").value(step, 0))
                    .put("stepConversion", grids.get("stepConversion").value(step, 0))
                    .put("fromStartConversion", grids.get("fromStartConversion").value(step, 0))
                    .putJql("jql", drills.of(step)));
        }
        return items;
    }
}
