package org.saleskpi.core.gadget.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetInput;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.GroupingParam;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.Plan;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * The {@code forecast} gadget (KPI-DEFINITIONS.md row 17, KPI {@code forecast}): over the deals closing in this
 * or next (fiscal) quarter, won so far, then the open deals' Commit, Best case and Pipeline stacked on it, against
 * a target: the reps' quotas (each rep's own when shown per rep) or a number for the team. Without the profile's
 * forecast category field the KPI has only won and pipeline, and the dataset says so ({@code categories: false}).
 */
public final class ForecastType implements Gadget {
    /** The quarters a forecast looks at: the sales calendar's or the fiscal one, this one or the next. */
    static final List<String> QUARTERS = List.of("this-quarter", "next-quarter", "this-fiscal-quarter",
            "next-fiscal-quarter");
    /** The parts stacked in a bar, bottom up, each a figure of the KPI and a set of deals to drill into. */
    static final List<String> PARTS = List.of("won", "commit", "bestCase", "pipeline");

    @Override
    public String key() {
        return "forecast";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.choice("period", QUARTERS.toArray(String[]::new)).field("quarter")
                        .byDefault("this-quarter"),
                OptionSpec.of("target", OptionKind.TARGET).field("forecastTarget").byDefault("quota"),
                OptionSpec.of("byRep", OptionKind.FLAG));
    }

    @Override
    public Plan plan(GadgetRequest request) {
        GadgetInput in = request.input();
        String quarter = in.choice("period").orElseThrow();
        Optional<BigDecimal> fixed = in.target("target").flatMap(GadgetInput.TargetValue::number);
        boolean byRep = in.flag("byRep");
        KpiCatalog catalog = request.catalog();
        List<Figure> figures = catalog.define(Kpi.FORECAST).figures();
        Dimension reps = catalog.byRep();
        List<MetricEngine.Request> requests = new ArrayList<>();
        figures.forEach(f -> requests.add(new MetricEngine.Request(f.metric(), Dimension.none())));
        if (byRep) {
            figures.forEach(f -> requests.add(new MetricEngine.Request(f.metric(), reps)));
        }
        return new Plan(MetricEngine.columns(figures.stream().map(Figure::metric).toList(),
                byRep ? reps : Dimension.none()), (table, dates) -> {
            Period period = quarter(quarter, dates.calendar(), dates.today());
            Inputs targets = fixed.<Inputs>map(ForecastType::teamTarget)
                    .orElseGet(() -> request.host().quotas(period));
            List<Grid> grids = MetricEngine.evaluate(table, dates.calendar(), requests, List.of(period), targets);
            return json(request, figures, grids, byRep, reps, period, quarter, fixed.isEmpty());
        });
    }

    /**
     * The quarter a choice names, around today in the profile's calendar: {@code next-} is the one after the
     * current, so a forecast can be read before its quarter starts.
     */
    static Period quarter(String choice, SalesCalendar calendar, LocalDate today) {
        Bucket bucket = choice.endsWith("fiscal-quarter") ? Bucket.FISCAL_QUARTER : Bucket.QUARTER;
        Period current = calendar.bucketOf(today, bucket);
        return choice.startsWith("next-") ? calendar.bucketOf(calendar.advance(current.start(), bucket, 1), bucket)
                : current;
    }

    /** A number entered for the team: the target of the whole, not of any one rep. */
    private static Inputs teamTarget(BigDecimal amount) {
        return (name, period, group) -> KpiCatalog.TARGET.equals(name) && group.isEmpty() ? Optional.of(amount)
                : Optional.empty();
    }

    private static Node json(GadgetRequest request, List<Figure> figures, List<Grid> grids, boolean byRep,
            Dimension reps, Period period, String quarter, boolean quotas) {
        List<String> names = figures.stream().map(Figure::name).toList();
        Node.Items parts = new Node.Items();
        PARTS.stream().filter(names::contains).forEach(parts::add);
        Node.Fields json = Node.fields().put("type", "forecast").put("quarter", quarter)
                .put("period", Node.period(period)).put("currency", request.model().currency().getCurrencyCode())
                .put("categories", names.contains("commit")).put("target", quotas ? "quota" : "fixed")
                .put("parts", parts).put("units", units(figures))
                .put("total", row(request, figures, grids.subList(0, figures.size()), 0, Dimension.none(), period));
        if (byRep) {
            List<Grid> perRep = grids.subList(figures.size(), grids.size());
            GroupingParam rep = GroupingParam.rep(request.model());
            Node.Items rows = new Node.Items();
            for (int g = 0; g < perRep.get(0).groups().size(); g++) {
                rows.add(row(request, figures, perRep, g, reps, period)
                        .put("label", request.host().label(rep, perRep.get(0).groups().get(g))));
            }
            json.put("reps", rows);
        }
        return json;
    }

    /**
     * The unit of each figure by name (won: amount, wonAttainment: ratio), as other datasets name theirs, so that a
     * reader of the numbers without the page (an e-mail) writes every amount with the currency.
     */
    private static Node.Fields units(List<Figure> figures) {
        Node.Fields units = Node.fields();
        figures.forEach(figure -> units.put(figure.name(), figure.metric().unit().key()));
        return units;
    }

    /** One bar: every figure's value for the group, and a drill into each stacked part's deals. */
    private static Node.Fields row(GadgetRequest request, List<Figure> figures, List<Grid> grids, int group,
            Dimension dimension, Period period) {
        String name = grids.get(0).groups().get(group);
        Node.Fields row = Node.fields().put("group", name);
        for (int f = 0; f < figures.size(); f++) {
            Figure figure = figures.get(f);
            row.put(figure.name(), grids.get(f).value(group, 0));
            if (PARTS.contains(figure.name())) {
                row.putJql(figure.name() + "Jql", dimension instanceof Dimension.None
                        ? request.drill().of(figure.metric(), period)
                        : request.drill().of(figure.metric(), period, DrillDown.group(dimension, name)));
            }
        }
        return row;
    }
}
