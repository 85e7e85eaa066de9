package org.saleskpi.core.kpi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The profile settings the pipeline KPIs (11 to 18) read: the stages of an open deal in order with
 * their win probabilities, a probability field that overrides the stage's, and a forecast category
 * field whose options map to {@link ForecastCategory}. Checked together with the rest of the sales
 * model ({@link SalesModel}), which names every offending field.
 *
 * @param forecastCategories what each option of the category field means; an option left out means
 *     the category named like it ({@link ForecastCategory#byName}), else {@link ForecastCategory#OMITTED}
 */
public record PipelineSettings(List<Stage> stages, Optional<String> probabilityField,
        Optional<String> forecastCategoryField, Map<String, ForecastCategory> forecastCategories) {

    public PipelineSettings {
        stages = List.copyOf(stages);
        Objects.requireNonNull(probabilityField, "probabilityField");
        Objects.requireNonNull(forecastCategoryField, "forecastCategoryField");
        forecastCategories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(forecastCategories));
    }

    /** No stages, no probability or category field: the pipeline KPIs are absent, NOT_CONFIGURED. */
    public static PipelineSettings none() {
        return new PipelineSettings(List.of(), Optional.empty(), Optional.empty(), Map.of());
    }

    public boolean hasStages() {
        return !stages.isEmpty();
    }

    /** The category an option of the forecast category field means. */
    public ForecastCategory category(String option) {
        ForecastCategory mapped = forecastCategories.get(option);
        if (mapped != null) {
            return mapped;
        }
        return ForecastCategory.byName(option).orElse(ForecastCategory.OMITTED);
    }

    /** The position of a status among the stages, or -1 when it is none of them. */
    public int stageIndex(String status) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).status().equals(status)) {
                return i;
            }
        }
        return -1;
    }
}
