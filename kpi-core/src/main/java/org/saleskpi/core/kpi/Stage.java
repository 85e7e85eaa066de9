package org.saleskpi.core.kpi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One open deal status of the pipeline, in the profile's order (KPI-DEFINITIONS.md, "Issue history"),
 * with the chance that a deal in it is won. Range checks are the sales model's, so that every
 * offending stage is named at once.
 *
 * @param winProbability in [0, 1]; empty when the stage gives none
 */
public record Stage(String status, Optional<BigDecimal> winProbability) {
    public Stage {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(winProbability, "winProbability");
    }

    public static Stage of(String status, String winProbability) {
        return new Stage(status, Optional.ofNullable(winProbability).map(BigDecimal::new));
    }
}
