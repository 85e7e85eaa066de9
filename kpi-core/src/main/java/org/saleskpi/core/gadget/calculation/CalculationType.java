package org.saleskpi.core.gadget.calculation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.core.gadget.Dates;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.Plan;

/** The {@code calculation} gadget: one figure over the period against the period before. */
public final class CalculationType implements Gadget {

    @Override
    public String key() {
        return "calculation";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.figure("won-revenue"),
                OptionSpec.period("this-month"));
    }

    @Override
    public Plan plan(GadgetRequest request) {
        FigureChoice figure = request.input().figure("kpi");
        Function<Dates, CalculationOptions> options = dates -> new CalculationOptions(figure, dates.period(),
                dates.whole(), Optional.of(dates.today()));
        CalculationGadget gadget = new CalculationGadget(request.scope());
        return new Plan(gadget.columns(options.apply(request.dates())), (table, dates) -> json(
                gadget.dataset(table, options.apply(dates), request.host().quotas(dates.quotaSpan())),
                request.zone()));
    }

    private static Node json(CalculationDataset dataset, String zone) {
        return dataset.json("calculation")
                .put("previousPeriod", Node.period(dataset.previousPeriod()))
                .put("comparison", Node.comparison(dataset.comparison(), zone, dataset.running()))
                .put("value", dataset.value()).put("previous", dataset.previous()).put("delta", dataset.delta())
                .put("relativeDelta", dataset.relativeDelta()).putRateParts(dataset.rateParts())
                .putRateParts("previous", dataset.previousRateParts())
                .putJql("jql", dataset.jql())
                .putJql("previousJql", dataset.previousJql());
    }
}
