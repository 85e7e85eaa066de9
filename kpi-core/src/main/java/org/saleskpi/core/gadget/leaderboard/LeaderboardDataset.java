package org.saleskpi.core.gadget.leaderboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.period.Period;

/**
 * The ranked reps of a leaderboard gadget, most points first.
 *
 * @param currency ISO 4217 code of the won amounts
 * @param scoring the weights the points were computed with, so the gadget can explain them
 */
public record LeaderboardDataset(String currency, Period period, LeaderboardOptions.Scoring scoring,
        List<Entry> entries) {

    public LeaderboardDataset {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scoring, "scoring");
        entries = List.copyOf(entries);
    }

    /**
     * One rep's line.
     *
     * @param rank 1 for the most points; reps with equal points share a rank and the next rank is
     *     skipped (1, 1, 3)
     * @param rep the rep's user key
     * @param wonJql the rep's won deals of the period; {@code resolvedJql} the other issues the rep resolved
     */
    public record Entry(int rank, String rep, long wonDeals, BigDecimal wonAmount, long resolvedIssues,
            BigDecimal points, Optional<String> wonJql, Optional<String> resolvedJql) {
        public Entry {
            Objects.requireNonNull(rep, "rep");
            Objects.requireNonNull(wonJql, "wonJql");
            Objects.requireNonNull(resolvedJql, "resolvedJql");
            Objects.requireNonNull(wonAmount, "wonAmount");
            Objects.requireNonNull(points, "points");
        }
    }
}
