package org.saleskpi.store.kpi;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.kpi.ForecastCategory;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.SalesCalendar;

/** Sales models for the profile tests: one with every setting used and odd text, one bare. */
final class Profiles {

    private Profiles() {
    }

    /**
     * Every optional setting set, names with separators and unicode, a 10 000-character scope, stages in
     * an order that is not alphabetical, one without a probability.
     */
    static SalesModel everySetting() {
        return withoutPipeline().withPipeline(new PipelineSettings(
                List.of(Stage.of("Qualifying", "0.1"), Stage.of("Proposal, \"sent\"", "0.35"),
                        Stage.of("交渉 🤝", null), Stage.of("Commit", "0.9000")),
                Optional.of("customfield_10060"), Optional.of("customfield_10061"),
                Map.of("Upside 🚀", ForecastCategory.BEST_CASE, "Commit", ForecastCategory.COMMIT,
                        "Not this quarter", ForecastCategory.OMITTED)));
    }

    /** {@link #everySetting()} as a release before the pipeline settings stored it. */
    static SalesModel withoutPipeline() {
        return new SalesModel(
                "project = \"営業\" AND summary ~ 'ä, \"b\"' " + "x".repeat(10_000),
                Set.of("Lead", "Lead, \"warm\"", "見込み客"),
                Set.of("Opportunity", "Deal: 3:x,"),
                Set.of("Customer"),
                Set.of("Campaign 📧"),
                Set.of("Expense"),
                Set.of("Won", "Closed, Won"),
                Set.of("Lost", "Perdu ❌"),
                Set.of("Qualified", "Converted"),
                Set.of("Churned"),
                "customfield_10010",
                Optional.of("customfield_10011"),
                Optional.of("customfield_10020"),
                Optional.of("customfield_10030"),
                Optional.of("customfield_10040"),
                Optional.of("customfield_10041"),
                Optional.of("customfield_10050"),
                Currency.getInstance("JPY"),
                new SalesCalendar(ZoneId.of("Asia/Tokyo"), 4, DayOfWeek.SUNDAY),
                45);
    }

    /** Only the required settings; every optional one empty. */
    static SalesModel bare() {
        return new SalesModel("", Set.of(), Set.of("Deal"), Set.of(), Set.of(), Set.of(), Set.of("Won"), Set.of(),
                Set.of(), Set.of(), "customfield_1", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Currency.getInstance("EUR"),
                SalesCalendar.of(ZoneId.of("Europe/Berlin")), 30);
    }

    static KpiProfile unsaved(String projectKey, String name, SalesModel model) {
        return new KpiProfile(0, projectKey, name, model, 0);
    }
}
