package org.saleskpi.core.gadget.whosbehind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.goal.checkin.OverdueCheckIn;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Metric;

/**
 * The reps who are behind by the gadget's thresholds, furthest behind first (the issues without anyone as ""),
 * each with what they are behind on. Reps with nothing behind, or less than the thresholds, are not listed.
 *
 * @param currency the profile's currency, for a gadget that shows it beside the other KPIs
 * @param slippingAbsent why no deal can be judged slipping (no close date field, no history); empty when they are
 */
public record WhosBehindDataset(String currency, LocalDate today, int staleDays, List<Rep> reps,
        Optional<AbsentReason> slippingAbsent) {

    public WhosBehindDataset {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(today, "today");
        reps = List.copyOf(reps);
        Objects.requireNonNull(slippingAbsent, "slippingAbsent");
    }

    /** Pushed this many times or more, an open deal is slipping (KPI-DEFINITIONS.md row 14). */
    public int slippingPushes() {
        return Metric.Pushes.SLIPPING_PUSHES;
    }

    /** The entry of a rep; for tests and renderers that look one up. */
    public Rep rep(String userKey) {
        return reps.stream().filter(r -> r.rep().equals(userKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rep " + userKey + " is behind"));
    }

    /**
     * What one rep is behind on.
     *
     * @param overdueIssues unresolved issues other than deals whose due date has passed, longest overdue first
     * @param overdueDeals open deals whose close-by (due) date has passed, longest overdue first
     * @param staleDeals open deals not updated for the stale days, least recently updated first
     * @param targetsBehind the rep's targets behind pace, furthest behind first
     * @param slippingDeals open deals whose close date was pushed {@link #slippingPushes()} or more times while open,
     *        most pushed first
     * @param checkInsOverdue the rep's goals overdue for a check-in, longest overdue first (ADR 0062)
     */
    public record Rep(String rep, IssueKeys overdueIssues, IssueKeys overdueDeals, IssueKeys staleDeals,
            List<TargetPace> targetsBehind, IssueKeys slippingDeals, List<OverdueCheckIn> checkInsOverdue) {

        /** A rep who owes no check-in. */
        public Rep(String rep, IssueKeys overdueIssues, IssueKeys overdueDeals, IssueKeys staleDeals,
                List<TargetPace> targetsBehind, IssueKeys slippingDeals) {
            this(rep, overdueIssues, overdueDeals, staleDeals, targetsBehind, slippingDeals, List.of());
        }

        public Rep {
            checkInsOverdue = List.copyOf(checkInsOverdue);
            Objects.requireNonNull(rep, "rep");
            Objects.requireNonNull(overdueIssues, "overdueIssues");
            Objects.requireNonNull(overdueDeals, "overdueDeals");
            Objects.requireNonNull(staleDeals, "staleDeals");
            targetsBehind = List.copyOf(targetsBehind);
            Objects.requireNonNull(slippingDeals, "slippingDeals");
        }

        /** Late items, each list counted in full: overdue issues and deals, stale and slipping deals. */
        public int lateItems() {
            return overdueIssues.count() + overdueDeals.count() + staleDeals.count() + slippingDeals.count();
        }

        /** The days the longest overdue check-in the rep owes is overdue, 0 without one (ADR 0062). */
        public long longestCheckInOverdue() {
            return checkInsOverdue.stream().mapToLong(OverdueCheckIn::daysOverdue).max().orElse(0);
        }

        /** The most of its pace missed by any one target ({@link TargetPace#paceMissed()}), 0 without one behind. */
        public BigDecimal paceMissed() {
            return targetsBehind.stream().map(TargetPace::paceMissed).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }
    }

    /**
     * A list of issues, most urgent first.
     *
     * @param count how many there are
     * @param keys the first of them, at most {@code maxKeys}
     * @param jql all of them, not only the first; empty when there are none
     */
    public record IssueKeys(int count, List<String> keys, Optional<String> jql) {
        public static final IssueKeys NONE = new IssueKeys(0, List.of(), Optional.empty());

        public IssueKeys {
            keys = List.copyOf(keys);
            Objects.requireNonNull(jql, "jql");
            if (keys.size() > count) {
                throw new IllegalArgumentException("more keys than the count " + count);
            }
        }
    }
}
