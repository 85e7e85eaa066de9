package org.saleskpi.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

class PipelineSettingsTest {
    private final SalesModel model = SalesFixture.model();

    @Test
    void namesEveryWrongStageSettingAtItsField() {
        PipelineSettings wrong = new PipelineSettings(
                List.of(Stage.of("Proposal", "0.4"), Stage.of("Proposal", "0.5"), Stage.of("Won", null),
                        Stage.of("Negotiation", "1.5")),
                Optional.of(model.amountField()), Optional.empty(), Map.of("Commit", ForecastCategory.COMMIT));
        assertThatThrownBy(() -> model.withPipeline(wrong))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("stages", "stages", "stages", "probabilityField", "forecastCategories"))
                .hasMessageContaining("Proposal").hasMessageContaining("Won").hasMessageContaining("Negotiation (1.5)");
    }

    @Test
    void optionsMeanTheCategoryNamedLikeThemUnlessMapped() {
        PipelineSettings settings = new PipelineSettings(List.of(Stage.of("Proposal", "0.4")), Optional.empty(),
                Optional.of("customfield_10077"), Map.of("Upside", ForecastCategory.BEST_CASE));
        SalesModel withStages = model.withPipeline(settings);
        assertThat(withStages.pipeline().category("Best Case")).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(withStages.pipeline().category("commit")).isEqualTo(ForecastCategory.COMMIT);
        assertThat(withStages.pipeline().category("Upside")).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(withStages.pipeline().category("Maybe")).isEqualTo(ForecastCategory.OMITTED);
        assertThat(withStages.pipeline().stageIndex("Proposal")).isZero();
        assertThat(withStages.pipeline().stageIndex("Won")).isEqualTo(-1);
    }

    @Test
    void aModelWithoutPipelineSettingsHasNoStages() {
        assertThat(model.pipeline().hasStages()).isFalse();
    }
}
