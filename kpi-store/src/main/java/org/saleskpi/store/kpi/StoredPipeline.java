package org.saleskpi.store.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.saleskpi.core.kpi.ForecastCategory;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.store.AoSession;

/**
 * A profile's pipeline settings in their rows: the two fields in the profile's row, the stages in
 * {@link PipelineStageEntity} in the profile's order, the option mapping in {@link ForecastOptionEntity}.
 * Callers write inside the profile's transaction, so a profile is never stored with half its stages.
 */
final class StoredPipeline {
    private final AoSession session;

    StoredPipeline(AoSession session) {
        this.session = session;
    }

    /** The profile row's columns of these settings, for a new row. */
    static void columns(PipelineSettings pipeline, Map<String, Object> values) {
        values.put("PROBABILITY_FIELD", pipeline.probabilityField().orElse(null));
        values.put("FORECAST_CATEGORY_FIELD", pipeline.forecastCategoryField().orElse(null));
    }

    /** Sets the profile row's columns of these settings. */
    static void write(KpiProfileEntity row, PipelineSettings pipeline) {
        row.setProbabilityField(pipeline.probabilityField().orElse(null));
        row.setForecastCategoryField(pipeline.forecastCategoryField().orElse(null));
    }

    /** Replaces the stages and options stored for the profile with those of {@code pipeline}. */
    void replaceRows(long profileId, PipelineSettings pipeline) {
        deleteRows(profileId);
        List<Stage> stages = pipeline.stages();
        for (int i = 0; i < stages.size(); i++) {
            Map<String, Object> values = new HashMap<>();
            values.put("PROFILE_ID", profileId);
            values.put("SORT_POSITION", i);
            values.put("STATUS", stages.get(i).status());
            values.put("WIN_PROBABILITY", stages.get(i).winProbability().map(BigDecimal::toPlainString).orElse(null));
            session.create(PipelineStageEntity.class, values);
        }
        pipeline.forecastCategories().forEach((option, category) -> session.create(ForecastOptionEntity.class,
                Map.of("PROFILE_ID", profileId, "OPTION_NAME", option, "CATEGORY", category.key())));
    }

    void deleteRows(long profileId) {
        session.deleteWithSQL(PipelineStageEntity.class, "PROFILE_ID = ?", profileId);
        session.deleteWithSQL(ForecastOptionEntity.class, "PROFILE_ID = ?", profileId);
    }

    /**
     * The settings stored for the profile row.
     *
     * @throws IllegalArgumentException when a stored probability or category is not one this release reads
     */
    PipelineSettings read(KpiProfileEntity row) {
        List<Stage> stages = new ArrayList<>();
        for (PipelineStageEntity stage : session.find(PipelineStageEntity.class,
                Query.select().where("PROFILE_ID = ?", (long) row.getID()).order("SORT_POSITION ASC"))) {
            stages.add(new Stage(stage.getStatus(), Optional.ofNullable(stage.getWinProbability()).map(BigDecimal::new)));
        }
        Map<String, ForecastCategory> categories = new LinkedHashMap<>();
        for (ForecastOptionEntity option : session.find(ForecastOptionEntity.class,
                Query.select().where("PROFILE_ID = ?", (long) row.getID()).order("ID ASC"))) {
            categories.put(option.getOptionName(), ForecastCategory.fromKey(option.getCategory()).orElseThrow(
                    () -> new IllegalArgumentException("unknown forecast category " + option.getCategory()
                            + " for option " + option.getOptionName())));
        }
        return new PipelineSettings(stages, Optional.ofNullable(row.getProbabilityField()),
                Optional.ofNullable(row.getForecastCategoryField()), categories);
    }
}
