package org.saleskpi.core.gadget.leaderboard;

import java.math.BigDecimal;
import java.util.Objects;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.InvalidInputException;

/** What a leaderboard gadget ranks: the reps' points for one period. */
public record LeaderboardOptions(Period period, Scoring scoring) {

    public LeaderboardOptions {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scoring, "scoring");
    }

    /** The default scoring: 10 points a won deal, 1 per 1000 won, 1 per resolved issue. */
    public static LeaderboardOptions of(Period period) {
        return new LeaderboardOptions(period, Scoring.DEFAULT);
    }

    /**
     * How points are earned.
     *
     * @param pointsPerAmountUnit points for every {@code amountUnit} of won amount, pro rata
     *     (1500 won at 1 per 1000 earns 1.5)
     */
    public record Scoring(BigDecimal pointsPerWonDeal, BigDecimal pointsPerAmountUnit, BigDecimal amountUnit,
            BigDecimal pointsPerResolvedIssue) {
        public static final Scoring DEFAULT = new Scoring(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.valueOf(1000),
                BigDecimal.ONE);

        public Scoring {
            requireNotNegative(pointsPerWonDeal, "pointsPerWonDeal");
            requireNotNegative(pointsPerAmountUnit, "pointsPerAmountUnit");
            requireNotNegative(pointsPerResolvedIssue, "pointsPerResolvedIssue");
            Objects.requireNonNull(amountUnit, "amountUnit");
            if (amountUnit.signum() <= 0) {
                throw InvalidInputException.of("amountUnit", "saleskpi.gadget.amountUnit.positive",
                        "amountUnit must be positive, was " + amountUnit);
            }
        }

        private static void requireNotNegative(BigDecimal points, String name) {
            Objects.requireNonNull(points, name);
            if (points.signum() < 0) {
                throw InvalidInputException.of(name, "saleskpi.gadget.points.negative",
                        name + " must not be negative, was " + points);
            }
        }
    }
}
