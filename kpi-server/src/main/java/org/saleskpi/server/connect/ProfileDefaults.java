package org.saleskpi.server.connect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.ProfileIssues;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.server.issues.IssueStore;

/**
 * What a connection syncs when its administrator names nothing: the issues of every KPI profile's scope and the
 * custom fields the profiles read, by the names the local store gives them (a synced Jira field of the same name
 * fills the same local field). Read at every use, so a new profile widens the next run.
 */
public final class ProfileDefaults {
    private final KpiProfileRepository profiles;
    private final IssueStore store;

    public ProfileDefaults(KpiProfileRepository profiles, IssueStore store) {
        this.profiles = profiles;
        this.store = store;
    }

    /** {@code (scope 1) OR (scope 2)}, each scope once and without its ORDER BY; empty without profiles. */
    public Optional<String> jql() {
        Set<String> scopes = new LinkedHashSet<>();
        for (KpiProfile profile : profiles.all()) {
            scopes.add(JqlText.withoutOrderBy(ProfileIssues.scope(profile)).trim());
        }
        if (scopes.size() <= 1) {
            return scopes.stream().findFirst();
        }
        return Optional.of(scopes.stream().map(scope -> "(" + scope + ")").collect(Collectors.joining(" OR ")));
    }

    /** The names of the custom fields any profile reads (amount, close date, rep...), in the order first named. */
    public List<String> fieldNames() {
        Map<String, String> names = store.fields().stream()
                .collect(Collectors.toMap(CustomField::id, CustomField::name));
        Set<String> ids = new LinkedHashSet<>();
        for (KpiProfile profile : profiles.all()) {
            ids.addAll(fieldIds(profile.model()));
        }
        List<String> found = new ArrayList<>();
        for (String id : ids) {
            // A profile may name a field the store has not defined (yet): Jira has no name to match it by.
            Optional.ofNullable(names.get(id)).filter(name -> !found.contains(name)).ifPresent(found::add);
        }
        return found;
    }

    private static List<String> fieldIds(SalesModel model) {
        List<String> ids = new ArrayList<>();
        ids.add(model.amountField());
        List<Optional<String>> optional = List.of(model.closeDateField(), model.customerField(), model.costField(),
                model.emailsSentField(), model.emailsOpenedField(), model.repField(),
                model.pipeline().probabilityField(), model.pipeline().forecastCategoryField());
        optional.forEach(field -> field.ifPresent(ids::add));
        return ids.stream().filter(id -> !id.isBlank()).toList();
    }
}
