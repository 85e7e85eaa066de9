package org.saleskpi.core.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.Period;

/**
 * Reps' quotas as the {@link KpiCatalog#TARGET} input, grouped by rep key. A rep's target for a
 * period is the sum of the rep's quotas whose period equals it; when none does, it is the sum of
 * the days-weighted shares of the rep's quotas overlapping it: {@code amount × overlapDays /
 * quotaDays}, so a quarter's quota of 9000 gives January (31 of 90 days) 3100. Shares that do not
 * divide evenly are rounded to 34 significant digits ({@link MathContext#DECIMAL128}). No
 * overlapping quota means no target (empty), not zero. Ungrouped ("") it is the sum over reps.
 */
public final class QuotaInputs implements Inputs {
    private final List<Quota> quotas;

    public QuotaInputs(List<Quota> quotas) {
        this.quotas = List.copyOf(quotas);
    }

    @Override
    public Optional<BigDecimal> value(String name, Period period, String group) {
        if (!KpiCatalog.TARGET.equals(name)) {
            return Optional.empty();
        }
        if (!group.isEmpty()) {
            return ofRep(group, period);
        }
        // The team's target is the sum of each rep's, so one rep's exact quota hides no one else's share.
        return quotas.stream().map(Quota::repKey).distinct()
                .flatMap(rep -> ofRep(rep, period).stream())
                .reduce(BigDecimal::add);
    }

    private Optional<BigDecimal> ofRep(String repKey, Period period) {
        List<Quota> overlapping = quotas.stream()
                .filter(q -> q.repKey().equals(repKey) && q.period().overlaps(period))
                .toList();
        List<Quota> exact = overlapping.stream().filter(q -> q.period().equals(period)).toList();
        if (!exact.isEmpty()) {
            return Optional.of(exact.stream().map(Quota::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return overlapping.stream().map(q -> share(q, period)).reduce(BigDecimal::add);
    }

    private static BigDecimal share(Quota quota, Period period) {
        Period q = quota.period();
        long overlapDays = Math.min(q.endEpochDay(), period.endEpochDay())
                - Math.max(q.startEpochDay(), period.startEpochDay());
        return quota.amount().multiply(BigDecimal.valueOf(overlapDays))
                .divide(BigDecimal.valueOf(q.days()), MathContext.DECIMAL128);
    }
}
