package org.saleskpi.web.gadget;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Optional;
import org.saleskpi.core.gadget.table.TableDataset;
import org.saleskpi.core.gadget.table.TableGadget;
import org.saleskpi.core.gadget.table.TableOptions;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.json.ValueJson;
import org.saleskpi.web.kpi.GroupingParam;
import org.saleskpi.web.kpi.KpiTexts;

/** {@code table}: {@code kpi} (repeated, one column each), {@code groupBy} (default rep), {@code sort} (a column key), {@code descending}. */
final class TableType implements GadgetType {

    @Override
    public String key() {
        return "table";
    }

    @Override
    public Plan plan(GadgetRequest request) {
        GroupingParam grouping = request.grouping("groupBy", GroupingParam.rep(request.model()));
        TableOptions options = new TableOptions(request.figures(), request.period(), grouping.dimension(),
                Optional.empty());
        String sort = request.text("sort");
        if (sort != null && !sort.isBlank()) {
            KpiCatalog catalog = new KpiCatalog(request.model(), KpiOptions.defaults());
            boolean known = options.columns().stream().anyMatch(c -> c.resolve(catalog).name().equals(sort.trim()));
            if (!known) {
                throw InvalidInputException.of("sort", "saleskpi.gadget.sort.unknown",
                        "sort must be the key of one of the columns, such as won-revenue.amount.");
            }
            options = options.sortBy(sort.trim(), request.flag("descending"));
        }
        TableGadget gadget = new TableGadget(request.model(), KpiOptions.defaults(), request.drill());
        TableOptions chosen = options;
        return new Plan(gadget.columns(chosen),
                table -> json(gadget.dataset(table, chosen, request.quotas(), request.comparison()), grouping, request));
    }

    private static JsonObject json(TableDataset dataset, GroupingParam grouping, GadgetRequest request) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "table");
        json.addProperty("currency", dataset.currency());
        json.add("period", ValueJson.period(dataset.period()));
        JsonArray columns = new JsonArray();
        for (TableDataset.Heading heading : dataset.columns()) {
            JsonObject item = new JsonObject();
            item.addProperty("key", heading.key());
            item.addProperty("unit", KpiTexts.unitKey(heading.unit()));
            columns.add(item);
        }
        json.add("columns", columns);
        JsonArray rows = new JsonArray();
        for (TableDataset.Row row : dataset.rows()) {
            JsonObject item = new JsonObject();
            item.addProperty("group", row.group());
            item.addProperty("label", request.label(grouping, row.group()));
            ValueJson.putAll(item, "values", row.values());
            ValueJson.putJqls(item, "jql", row.jql());
            rows.add(item);
        }
        json.add("rows", rows);
        JsonObject totals = new JsonObject();
        ValueJson.putAll(totals, "values", dataset.totals().values());
        ValueJson.putJqls(totals, "jql", dataset.totals().jql());
        json.add("totals", totals);
        return json;
    }
}
