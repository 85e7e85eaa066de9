package org.saleskpi.core.gadget.movement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.PeriodFigures;
import org.saleskpi.core.gadget.Plan;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiDefinition;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;

/**
 * The {@code pipeline-movement} gadget (KPI {@code pipeline-movement}, KPI-DEFINITIONS.md row 15): the waterfall of
 * the open pipeline's amount from the start of the period to its end, open at start + new + increased - decreased -
 * won - lost - moved out of scope = open at end, in the profile's currency. Without history the whole waterfall is
 * absent, "no history".
 */
public final class MovementType implements Gadget {
    /** The bars in the order they are drawn, each a figure of the KPI, with how it moves the running total. */
    private static final List<Bar> BARS = List.of(new Bar("openAtStart", Step.TOTAL), new Bar("new", Step.UP),
            new Bar("increased", Step.UP), new Bar("decreased", Step.DOWN), new Bar("won", Step.DOWN),
            new Bar("lost", Step.DOWN), new Bar("movedOut", Step.DOWN), new Bar("openAtEnd", Step.TOTAL));

    private enum Step { TOTAL, UP, DOWN }

    private record Bar(String figure, Step step) {
    }

    @Override
    public String key() {
        return "pipeline-movement";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.jql(), OptionSpec.period("this-month"));
    }

    @Override
    public Plan plan(GadgetRequest request) {
        KpiDefinition kpi = request.catalog().define(Kpi.PIPELINE_MOVEMENT);
        PeriodFigures figures = new PeriodFigures();
        BARS.forEach(bar -> figures.add(kpi.figure(bar.figure()), Dimension.none()));
        String currency = request.model().currency().getCurrencyCode();
        return new Plan(figures.columns(), figures.history(), (table, dates) -> {
            Map<String, Grid> grids = figures.evaluate(table, dates);
            Optional<AbsentReason> absent = PeriodFigures.wholly(grids.get(BARS.get(0).figure()));
            Node.Items bars = new Node.Items();
            if (absent.isEmpty()) {
                for (Bar bar : BARS) {
                    bars.add(Node.fields().put("part", bar.figure()).put("step", bar.step().name().toLowerCase())
                            .put("value", grids.get(bar.figure()).single()));
                }
            }
            return Node.fields().put("type", key()).put("period", Node.period(dates.period()))
                    .put("unit", kpi.figure(BARS.get(0).figure()).metric().unit().key()).put("currency", currency)
                    .put("absentReason", absent.map(AbsentReason::key).map(Node::text).orElse(Node.Null.NULL))
                    .put("bars", bars);
        });
    }
}
