package org.saleskpi.core.gadget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

/**
 * Issue counts per assignee per bucket, as the completed and worked-on gadgets draw them.
 *
 * @param currency the profile's currency, for a gadget that shows it beside the other KPIs
 * @param unit always {@link Unit#COUNT}
 * @param reps by user key, issues without assignee last (as "")
 * @param totalsJql the issues behind each of {@code totals}
 * @param totals per bucket, over every issue, also those of assignees outside the listed reps
 */
public record RepActivityDataset(String currency, Unit unit, Bucket bucket, List<Period> buckets,
        List<RepCounts> reps, List<Value> totals, List<Optional<String>> totalsJql) {

    public RepActivityDataset {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bucket, "bucket");
        buckets = List.copyOf(buckets);
        reps = List.copyOf(reps);
        totals = List.copyOf(totals);
        totalsJql = List.copyOf(totalsJql);
    }

    /** The counts of a rep; for tests and renderers that look one up. */
    public RepCounts rep(String userKey) {
        return reps.stream().filter(r -> r.rep().equals(userKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rep " + userKey));
    }

    /**
     * One rep's line.
     *
     * @param counts one per bucket
     * @param total over the whole range
     * @param jql the issues behind each count; {@code totalJql} those of the whole range
     */
    public record RepCounts(String rep, List<Value> counts, Value total, List<Optional<String>> jql,
            Optional<String> totalJql) {
        public RepCounts {
            Objects.requireNonNull(rep, "rep");
            counts = List.copyOf(counts);
            Objects.requireNonNull(total, "total");
            jql = List.copyOf(jql);
            Objects.requireNonNull(totalJql, "totalJql");
        }
    }
}
