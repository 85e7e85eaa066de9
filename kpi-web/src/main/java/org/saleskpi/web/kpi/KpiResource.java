package org.saleskpi.web.kpi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.core.gadget.Additive;
import org.saleskpi.core.gadget.GroupingParam;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiDefinition;
import org.saleskpi.core.kpi.KpiEngine;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiResult;
import org.saleskpi.core.kpi.ProfileIssues;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.PeriodParam;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.guard.Guarded;
import org.saleskpi.web.profile.Profiles;
import org.saleskpi.web.reference.KpiReference;

/**
 * {@code GET /kpis[?profile=]}: the catalog of KPIs, each with its {@code reference}: the path of its
 * section of the KPI reference under the REST base ({@link KpiReference}); with a profile, each also says
 * whether its headline figure adds up there ({@code additive}: a count or sum, which a pie, stacks or a
 * running total need) and lists its {@code figures} (name, unit, additive; the headline first), which gadgets
 * can show as {@code <kpi>.<figure>}.
 * {@code GET /kpis/{key}?profile=&period=&bucket=&groupBy=&jql=}:
 * one KPI over a profile's issues as the caller sees them.
 *
 * <ul>
 * <li>{@code profile} (required) a KPI profile of a project the caller may browse, else 404;
 * <li>{@code period} (default {@code this-month}), see {@link PeriodParam};
 * <li>{@code bucket} (optional) adds {@code buckets}, see {@link PeriodParam#bucket};
 * <li>{@code groupBy} (optional) adds {@code groups}, see {@link GroupingParam}; sales per rep is
 * grouped by rep when none is given;
 * <li>{@code jql} (optional) narrows the profile's scope.
 * </ul>
 * Target attainment takes its targets from the reps' quotas of the profile's project. A rate of counts (win rate,
 * lead conversion, churn...) answers the counts it divides beside each value: {@code numerator} and
 * {@code denominator}, and {@code measureParts} for each rate among the {@code measures} (ADR 0067, docs/kpis.md
 * "What a rate is made of").
 */
@Path("/kpis")
@Produces(MediaType.APPLICATION_JSON)
public final class KpiResource {
    private final RestServices services;

    @Inject
    public KpiResource(RestServices services) {
        this.services = services;
    }

    @GET
    public JsonArray catalog(@QueryParam("profile") String profileId) {
        Caller caller = Caller.of(services.access());
        // Whether a figure adds up depends on what the profile configures, so it is told for a profile only.
        Optional<KpiCatalog> configured = profileId == null || profileId.isBlank() ? Optional.empty()
                : Optional.of(new KpiCatalog(Profiles.readable(services.profiles(), caller, profileId).model(),
                        KpiOptions.defaults()));
        KpiTexts texts = KpiTexts.english();
        JsonArray kpis = new JsonArray();
        for (Kpi kpi : Kpi.values()) {
            JsonObject json = new JsonObject();
            json.addProperty("key", kpi.key());
            json.addProperty("name", texts.name(kpi));
            json.addProperty("nameKey", KpiTexts.nameKey(kpi));
            json.addProperty("description", texts.description(kpi));
            json.addProperty("descriptionKey", KpiTexts.descriptionKey(kpi));
            json.addProperty("reference", KpiReference.path(kpi));
            json.addProperty("unit", KpiTexts.unitKey(kpi.unit()));
            json.addProperty("targetable", kpi.canBeTargeted());
            configured.ifPresent(catalog -> {
                json.addProperty("additive", Additive.is(catalog.define(kpi).headline().metric()));
                json.addProperty("parts", Additive.inParts(catalog.define(kpi).headline().metric()));
                json.add("figures", figures(catalog.define(kpi)));
            });
            kpis.add(json);
        }
        return kpis;
    }

    /** Each figure of a KPI, the headline first: its name (a gadget names it {@code <kpi>.<name>}), unit and whether it adds up. */
    private static JsonArray figures(KpiDefinition definition) {
        JsonArray figures = new JsonArray();
        for (Figure figure : definition.figures()) {
            JsonObject json = new JsonObject();
            json.addProperty("name", figure.name());
            json.addProperty("unit", KpiTexts.unitKey(figure.metric().unit()));
            json.addProperty("additive", Additive.is(figure.metric()));
            json.addProperty("parts", Additive.inParts(figure.metric()));
            figures.add(json);
        }
        return figures;
    }

    @GET
    @Path("{key}")
    @Guarded
    public JsonObject kpi(@PathParam("key") String key, @QueryParam("profile") String profileId,
            @QueryParam("period") String periodSpec, @QueryParam("bucket") String bucketKey,
            @QueryParam("groupBy") String groupBy, @QueryParam("jql") String jql) {
        Caller caller = Caller.of(services.access());
        Kpi kpi = Kpi.find(key).orElseThrow(() -> new NotFoundException("There is no KPI " + key + "."));
        KpiProfile profile = Profiles.fromParam(services.profiles(), caller, profileId);
        SalesModel model = profile.model();
        LocalDate today = model.calendar().today(services.clock());
        PeriodParam period = PeriodParam.parse(PeriodParam.NAME, periodSpec, "this-month", model.calendar(), today);
        Optional<Bucket> bucket = bucketKey == null || bucketKey.isBlank() ? Optional.empty()
                : Optional.of(PeriodParam.bucket("bucket", bucketKey));
        KpiEngine engine = new KpiEngine(model);
        Optional<GroupingParam> grouping = GroupingParam.optional("groupBy", groupBy, model,
                services.catalog().fields(caller.user()));
        if (grouping.isEmpty() && engine.catalog().define(kpi).naturalDimension().isPresent()) {
            grouping = Optional.of(GroupingParam.rep(model));
        }
        // Too many buckets fail before anything is loaded, when the period is known beforehand.
        period.fixed().ifPresent(p -> bucket.ifPresent(b -> new Timeline(p, b).buckets(model.calendar())));
        Optional<Dimension> dimension = grouping.map(GroupingParam::dimension);

        IssueTable table = new ProfileIssues(services.issues()).load(caller.user(), profile, jql,
                engine.columns(List.of(kpi), Optional.of(dimension.orElse(Dimension.none()))));
        Period range = period.resolve(table, today);
        Inputs targets = services.quotas().targets(profile.projectKey(), range);
        KpiEngine.KpiRequest ungrouped = new KpiEngine.KpiRequest(kpi, Optional.of(Dimension.none()));
        // Growth over a running period compares it up to today with the previous one up to the same day.
        Comparison comparison = Comparison.of(model.calendar(), range, period.whole().orElse(range),
                Optional.of(today));
        Function<Period, Optional<Comparison>> overRange = p -> Optional.of(comparison);
        // The whole period and its groups in one pass over the table; buckets are other time bins, a pass of their own.
        List<KpiEngine.KpiRequest> overTheRange = dimension.isEmpty() ? List.of(ungrouped)
                : List.of(ungrouped, new KpiEngine.KpiRequest(kpi, dimension));
        List<KpiResult> ranged = engine.compute(table, overTheRange, List.of(range), targets, overRange);
        KpiResult whole = ranged.get(0);
        KpiResult groups = dimension.isEmpty() ? null : ranged.get(1);
        KpiResult buckets = bucket.isEmpty() ? null
                : engine.compute(table, List.of(ungrouped), new Timeline(range, bucket.get()).buckets(model.calendar()),
                        targets, p -> Optional.of(Comparison.ofBucket(model.calendar(), p, bucket.get(),
                                Optional.of(today)))).get(0);
        return KpiAnswer.of(whole, range, buckets, groups, grouping.orElse(null), services.directory());
    }
}
