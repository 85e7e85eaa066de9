package org.saleskpi.core.kpi;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.core.validation.Validator;

/**
 * How a team models its pipeline in Jira (KPI-DEFINITIONS.md, "The sales model"). Field
 * references are stable custom field ids such as {@code customfield_10010}. Optional fields
 * that are empty switch off the KPIs that need them (their figures are absent, NOT_CONFIGURED).
 * Settings that contradict each other are rejected with every offending field named.
 *
 * @param closeDateField a Date field holding the close date; empty means the resolution date
 * @param repField a User field crediting the deal; empty means the assignee
 * @param staleDays an open deal not updated for this many days is stale (who's behind)
 * @param pipeline stages, probability and forecast category (KPIs 11 to 18); {@link PipelineSettings#none()}
 *     switches those KPIs off
 */
public record SalesModel(
        String scopeJql,
        Set<String> leadTypes,
        Set<String> dealTypes,
        Set<String> customerTypes,
        Set<String> campaignTypes,
        Set<String> costTypes,
        Set<String> wonStatuses,
        Set<String> lostStatuses,
        Set<String> convertedStatuses,
        Set<String> churnedStatuses,
        String amountField,
        Optional<String> closeDateField,
        Optional<String> customerField,
        Optional<String> costField,
        Optional<String> emailsSentField,
        Optional<String> emailsOpenedField,
        Optional<String> repField,
        Currency currency,
        SalesCalendar calendar,
        int staleDays,
        PipelineSettings pipeline) {

    public SalesModel {
        Objects.requireNonNull(scopeJql, "scopeJql");
        leadTypes = Set.copyOf(leadTypes);
        dealTypes = Set.copyOf(dealTypes);
        customerTypes = Set.copyOf(customerTypes);
        campaignTypes = Set.copyOf(campaignTypes);
        costTypes = Set.copyOf(costTypes);
        wonStatuses = Set.copyOf(wonStatuses);
        lostStatuses = Set.copyOf(lostStatuses);
        convertedStatuses = Set.copyOf(convertedStatuses);
        churnedStatuses = Set.copyOf(churnedStatuses);
        Objects.requireNonNull(amountField, "amountField");
        Objects.requireNonNull(closeDateField, "closeDateField");
        Objects.requireNonNull(customerField, "customerField");
        Objects.requireNonNull(costField, "costField");
        Objects.requireNonNull(emailsSentField, "emailsSentField");
        Objects.requireNonNull(emailsOpenedField, "emailsOpenedField");
        Objects.requireNonNull(repField, "repField");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(pipeline, "pipeline");
        Validator v = new Validator();
        v.check(!dealTypes.isEmpty(), "dealTypes", "saleskpi.profile.dealTypes.required",
                "Choose at least one issue type for deals");
        v.check(!wonStatuses.isEmpty(), "wonStatuses", "saleskpi.profile.wonStatuses.required",
                "Choose at least one status in which a deal is won");
        v.check(disjoint(wonStatuses, lostStatuses), "lostStatuses", "saleskpi.profile.lostStatuses.overlap",
                "A status cannot mean both won and lost: " + common(wonStatuses, lostStatuses),
                String.join(", ", common(wonStatuses, lostStatuses)));
        v.check(disjoint(leadTypes, dealTypes), "leadTypes", "saleskpi.profile.leadTypes.overlap",
                "An issue type cannot be both a lead and a deal: " + common(leadTypes, dealTypes),
                String.join(", ", common(leadTypes, dealTypes)));
        v.check(!amountField.isBlank(), "amountField", "saleskpi.profile.amountField.required",
                "Choose the Number field that holds a deal's amount");
        v.check(staleDays >= 1, "staleDays", "saleskpi.profile.staleDays.invalid",
                "A deal can be stale after 1 day at the earliest, was " + staleDays);
        checkPipeline(v, pipeline, wonStatuses, lostStatuses, amountField);
        v.throwIfInvalid();
    }

    /** A model without pipeline settings (stages, probability, forecast category): KPIs 11 to 18 are off. */
    public SalesModel(String scopeJql, Set<String> leadTypes, Set<String> dealTypes, Set<String> customerTypes,
            Set<String> campaignTypes, Set<String> costTypes, Set<String> wonStatuses, Set<String> lostStatuses,
            Set<String> convertedStatuses, Set<String> churnedStatuses, String amountField,
            Optional<String> closeDateField, Optional<String> customerField, Optional<String> costField,
            Optional<String> emailsSentField, Optional<String> emailsOpenedField, Optional<String> repField,
            Currency currency, SalesCalendar calendar, int staleDays) {
        this(scopeJql, leadTypes, dealTypes, customerTypes, campaignTypes, costTypes, wonStatuses, lostStatuses,
                convertedStatuses, churnedStatuses, amountField, closeDateField, customerField, costField,
                emailsSentField, emailsOpenedField, repField, currency, calendar, staleDays, PipelineSettings.none());
    }

    /** This model with other pipeline settings, checked like any model. */
    public SalesModel withPipeline(PipelineSettings settings) {
        return new SalesModel(scopeJql, leadTypes, dealTypes, customerTypes, campaignTypes, costTypes, wonStatuses,
                lostStatuses, convertedStatuses, churnedStatuses, amountField, closeDateField, customerField, costField,
                emailsSentField, emailsOpenedField, repField, currency, calendar, staleDays, settings);
    }

    /**
     * Stages are open statuses, each named once, with a probability in [0, 1]; the probability field
     * is not the amount; forecast categories need their field. Each error names the field the profile
     * form shows it at ({@code stages}, {@code probabilityField}, {@code forecastCategories}).
     */
    private static void checkPipeline(Validator v, PipelineSettings pipeline, Set<String> won, Set<String> lost,
            String amountField) {
        Set<String> seen = new TreeSet<>();
        Set<String> repeated = new TreeSet<>();
        Set<String> closed = new TreeSet<>();
        Set<String> outOfRange = new TreeSet<>();
        boolean blank = false;
        for (Stage stage : pipeline.stages()) {
            String status = stage.status();
            blank |= status.isBlank();
            if (!seen.add(status)) {
                repeated.add(status);
            }
            if (won.contains(status) || lost.contains(status)) {
                closed.add(status);
            }
            stage.winProbability().filter(p -> p.signum() < 0 || p.compareTo(java.math.BigDecimal.ONE) > 0)
                    .ifPresent(p -> outOfRange.add(status + " (" + p.toPlainString() + ")"));
        }
        v.check(!blank, "stages", "saleskpi.profile.stages.blank", "Every stage needs a status");
        v.check(repeated.isEmpty(), "stages", "saleskpi.profile.stages.repeated",
                "A status can be only one stage: " + repeated,
                String.join(", ", repeated));
        v.check(closed.isEmpty(), "stages", "saleskpi.profile.stages.closed",
                "Stages are open statuses; won and lost statuses cannot be stages: " + closed,
                String.join(", ", closed));
        v.check(outOfRange.isEmpty(), "stages", "saleskpi.profile.stages.probability",
                "A win probability is between 0 and 1 (0 % and 100 %): " + outOfRange);
        v.check(pipeline.probabilityField().map(f -> !f.isBlank() && !f.equals(amountField)).orElse(true),
                "probabilityField", "saleskpi.profile.probabilityField.invalid",
                "Choose a Number field for the win probability, other than the amount field");
        v.check(pipeline.forecastCategoryField().map(f -> !f.isBlank()).orElse(true), "forecastCategoryField",
                "saleskpi.profile.forecastCategoryField.invalid", "Choose the select field that holds the forecast category");
        v.check(pipeline.forecastCategoryField().isPresent() || pipeline.forecastCategories().isEmpty(),
                "forecastCategories", "saleskpi.profile.forecastCategories.withoutField",
                "Choose the forecast category field before mapping its options");
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return common(a, b).isEmpty();
    }

    private static Set<String> common(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }

    /** True when customers are tracked as their own issues (explicit churn mode). */
    public boolean hasCustomerIssues() {
        return !customerTypes.isEmpty();
    }
}
