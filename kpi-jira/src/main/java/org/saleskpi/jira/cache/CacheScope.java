package org.saleskpi.jira.cache;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.ProfileIssues;
import org.saleskpi.core.kpi.SalesColumns;
import org.saleskpi.core.kpi.SalesModel;

/**
 * What the node's cache holds, from the KPI profiles: the issues of any profile's scope, and the custom fields any
 * profile names, each with the type its profile reads it as (the first profile naming a field decides).
 *
 * @param jql {@code (scope 1) OR (scope 2) ...}, each scope once; empty without profiles
 * @param customColumns by field id
 */
public record CacheScope(Optional<String> jql, Map<String, Column.Custom> customColumns) {
    public CacheScope {
        customColumns = Map.copyOf(customColumns);
    }

    public static CacheScope of(Collection<KpiProfile> profiles) {
        Set<String> scopes = new LinkedHashSet<>();
        Map<String, Column.Custom> columns = new LinkedHashMap<>();
        for (KpiProfile profile : profiles) {
            scopes.add(JqlText.withoutOrderBy(ProfileIssues.scope(profile)).trim());
            for (Column.Custom column : customColumns(profile.model())) {
                columns.putIfAbsent(column.fieldId(), column);
            }
        }
        if (scopes.isEmpty()) {
            return new CacheScope(Optional.empty(), columns);
        }
        String jql = scopes.size() == 1 ? scopes.iterator().next()
                : "(" + String.join(") OR (", scopes) + ")";
        return new CacheScope(Optional.of(jql), columns);
    }

    /** The custom columns the engine loads for a profile (SalesColumns and the pipeline's two fields). */
    private static Set<Column.Custom> customColumns(SalesModel model) {
        SalesColumns sales = SalesColumns.of(model);
        Set<Column> all = new LinkedHashSet<>();
        all.add(sales.amount());
        all.add(sales.closeDate());
        all.add(sales.rep());
        sales.customer().ifPresent(all::add);
        sales.cost().ifPresent(all::add);
        sales.emailsSent().ifPresent(all::add);
        sales.emailsOpened().ifPresent(all::add);
        model.pipeline().probabilityField().ifPresent(id -> all.add(Column.custom(id, FieldType.NUMBER)));
        model.pipeline().forecastCategoryField().ifPresent(id -> all.add(Column.custom(id, FieldType.OPTION)));
        Set<Column.Custom> custom = new LinkedHashSet<>();
        for (Column column : all) {
            if (column instanceof Column.Custom c) {
                custom.add(c);
            }
        }
        return custom;
    }
}
