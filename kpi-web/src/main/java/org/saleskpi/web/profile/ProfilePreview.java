package org.saleskpi.web.profile;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiEngine;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiResult;
import org.saleskpi.core.kpi.ProfileIssues;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.PeriodParam;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.json.ValueJson;
import org.saleskpi.web.kpi.KpiTexts;

/**
 * Every KPI of the catalog for last month, ungrouped, computed with a profile that is not saved:
 * what the profile page shows before a project admin commits to a sales model. Reads only.
 */
final class ProfilePreview {
    static final String PERIOD = "last-month";

    private ProfilePreview() {
    }

    /** {@code [{"kpi","name","unit","currency","value","absentReason"}]} in the catalog's order. */
    static JsonArray of(RestServices services, Caller caller, KpiProfile profile) {
        KpiEngine engine = new KpiEngine(profile.model());
        LocalDate today = profile.model().calendar().today(services.clock());
        Period lastMonth = PeriodParam.parse(PeriodParam.NAME, PERIOD, PERIOD, profile.model().calendar(), today)
                .fixed().orElseThrow();
        List<Kpi> kpis = List.of(Kpi.values());
        List<KpiEngine.KpiRequest> requests = new ArrayList<>();
        kpis.forEach(kpi -> requests.add(new KpiEngine.KpiRequest(kpi, Optional.of(Dimension.none()))));
        IssueTable table = load(services, caller, profile, engine.columns(kpis, Optional.of(Dimension.none())));
        List<KpiResult> results = engine.compute(table, requests, List.of(lastMonth),
                services.quotas().targets(profile.projectKey(), lastMonth));
        KpiTexts texts = KpiTexts.english();
        JsonArray answer = new JsonArray();
        for (KpiResult result : results) {
            JsonObject json = new JsonObject();
            json.addProperty("kpi", result.kpi().key());
            json.addProperty("name", texts.name(result.kpi()));
            json.addProperty("unit", KpiTexts.unitKey(result.headline().unit()));
            json.addProperty("currency", result.currency().getCurrencyCode());
            ValueJson.put(json, "value", result.headline().value(0, 0));
            answer.add(json);
        }
        return answer;
    }

    /** The profile's issues; a scope the host cannot read is an error on {@code scope}, where the form shows it. */
    private static IssueTable load(RestServices services, Caller caller, KpiProfile profile, Set<Column> columns) {
        try {
            return new ProfileIssues(services.issues()).load(caller.user(), profile, null, columns);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(err -> ProfileIssues.JQL.equals(err.field())
                            ? err.at("scope") : err)
                    .toList());
        }
    }
}
