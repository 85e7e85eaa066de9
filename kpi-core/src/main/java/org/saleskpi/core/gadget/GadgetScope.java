package org.saleskpi.core.gadget;

import java.util.Objects;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.SalesModel;

/**
 * What every gadget's dataset builder works within: the profile's model, the request's one KPI catalog (over that
 * model) and the drill-downs from the query the issues were loaded with.
 */
public record GadgetScope(SalesModel model, KpiCatalog catalog, DrillDown drill) {

    public GadgetScope {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(drill, "drill");
    }

    /** The model with the catalog's default options, drilling within the model's scope. */
    public static GadgetScope of(SalesModel model) {
        return new GadgetScope(model, new KpiCatalog(model, KpiOptions.defaults()), DrillDown.of(model));
    }
}
