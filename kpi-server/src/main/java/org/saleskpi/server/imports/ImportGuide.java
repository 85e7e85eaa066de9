package org.saleskpi.server.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.web.Caller;

/**
 * What a Jira export must hold for the KPIs, as the import maps it: each {@code Custom field (Name)} column fills
 * the field named Name, so a profile reads its amount, customer and close date from the columns named after its
 * fields (its close date from {@code Resolved} when it names no field), and its statuses must be the file's. Answers
 * {@code {dateFormat, numberFormats[{tag, example}], profiles[{id, name, project, currency, columns{amount, customer,
 * closeDate}, dealTypes, leadTypes, customerTypes, campaignTypes, costTypes, wonStatuses, lostStatuses,
 * convertedStatuses, churnedStatuses, stages}]}} for the profiles of the projects the caller may browse.
 */
public final class ImportGuide {
    private final KpiProfileRepository profiles;
    private final Supplier<List<CustomField>> fields;

    public ImportGuide(KpiProfileRepository profiles, Supplier<List<CustomField>> fields) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    Map<String, Object> of(Caller caller) {
        Map<String, String> names = fields.get().stream()
                .collect(Collectors.toMap(CustomField::id, CustomField::name, (a, b) -> a));
        List<Map<String, Object>> visible = new ArrayList<>();
        for (KpiProfile profile : profiles.all()) {
            if (caller.isSystemAdmin() || caller.canBrowse(profile.projectKey())) {
                visible.add(profile(profile, names));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dateFormat", ImportSettings.JIRA_DATE_FORMAT);
        List<Map<String, String>> styles = new ArrayList<>();
        for (NumberStyle style : NumberStyle.values()) {
            styles.add(Map.of("tag", style.tag(), "example", style.example()));
        }
        json.put("numberFormats", styles);
        json.put("profiles", visible);
        return json;
    }

    private static Map<String, Object> profile(KpiProfile profile, Map<String, String> names) {
        SalesModel model = profile.model();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", profile.id());
        json.put("name", profile.name());
        json.put("project", profile.projectKey());
        json.put("currency", model.currency().getCurrencyCode());
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("amount", column(Optional.of(model.amountField()), names));
        columns.put("customer", column(model.customerField(), names));
        // No close date field: the deal closes on its resolution date, the export's Resolved column.
        columns.put("closeDate", model.closeDateField().isEmpty() ? JiraCsvImport.RESOLVED
                : column(model.closeDateField(), names));
        json.put("columns", columns);
        json.put("dealTypes", sorted(model.dealTypes()));
        json.put("leadTypes", sorted(model.leadTypes()));
        json.put("customerTypes", sorted(model.customerTypes()));
        json.put("campaignTypes", sorted(model.campaignTypes()));
        json.put("costTypes", sorted(model.costTypes()));
        json.put("wonStatuses", sorted(model.wonStatuses()));
        json.put("lostStatuses", sorted(model.lostStatuses()));
        json.put("convertedStatuses", sorted(model.convertedStatuses()));
        json.put("churnedStatuses", sorted(model.churnedStatuses()));
        json.put("stages", model.pipeline().stages().stream().map(Stage::status).toList());
        return json;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    /** The export's column that fills the field, or null when the profile names none (or one no longer defined). */
    private static String column(Optional<String> fieldId, Map<String, String> names) {
        return fieldId.map(names::get).map(name -> "Custom field (" + name + ")").orElse(null);
    }
}
