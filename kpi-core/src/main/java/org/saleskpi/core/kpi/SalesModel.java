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
        int staleDays) {

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
        Validator v = new Validator();
        v.check(!dealTypes.isEmpty(), "dealTypes", "saleskpi.profile.dealTypes.required",
                "Choose at least one issue type for deals");
        v.check(!wonStatuses.isEmpty(), "wonStatuses", "saleskpi.profile.wonStatuses.required",
                "Choose at least one status in which a deal is won");
        v.check(disjoint(wonStatuses, lostStatuses), "lostStatuses", "saleskpi.profile.lostStatuses.overlap",
                "A status cannot mean both won and lost: " + common(wonStatuses, lostStatuses));
        v.check(disjoint(leadTypes, dealTypes), "leadTypes", "saleskpi.profile.leadTypes.overlap",
                "An issue type cannot be both a lead and a deal: " + common(leadTypes, dealTypes));
        v.check(!amountField.isBlank(), "amountField", "saleskpi.profile.amountField.required",
                "Choose the Number field that holds a deal's amount");
        v.check(staleDays >= 1, "staleDays", "saleskpi.profile.staleDays.invalid",
                "A deal can be stale after 1 day at the earliest, was " + staleDays);
        v.throwIfInvalid();
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
