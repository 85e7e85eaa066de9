package org.saleskpi.web.profile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.kpi.ForecastCategory;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.web.json.JsonInput;

/**
 * A profile's pipeline settings (KPIs 11 to 18) as members of the profile's JSON:
 * <pre>
 * "stages":[{"status":"Proposal","probability":0.4},{"status":"Negotiation","probability":null}],
 * "probabilityField":"customfield_10070","forecastCategoryField":"customfield_10071",
 * "forecastCategories":{"Upside":"best-case"}
 * </pre>
 * {@code probability} is the win probability as a fraction from 0 to 1 (the form shows it as a
 * percentage); null for none. Categories are {@link ForecastCategory#key()}s. A member the body does
 * not send keeps {@code unsent}'s value: none for a new profile, the stored one for an update, so a
 * client that predates these settings neither has to send them nor erases them. Null clears one.
 */
final class PipelineJson {
    /** More than any sales process has stages or a select field has options. */
    static final int MAX_STAGES = 50;
    static final int MAX_OPTIONS = 200;
    /** A hundredth of a percent is finer than any sales forecast; it also bounds the stored text. */
    static final int MAX_DECIMALS = 4 + 2;

    private PipelineJson() {
    }

    /** The settings the body describes; errors are recorded on {@code in}, which the caller checks. */
    static PipelineSettings read(JsonInput in, PipelineSettings unsent, List<IssueCatalog.FieldInfo> known) {
        List<Stage> stages = in.sent("stages") ? stages(in) : unsent.stages();
        Optional<String> probabilityField = in.sent("probabilityField")
                ? field(in, known, "probabilityField", FieldType.NUMBER, "a Number field")
                : unsent.probabilityField();
        Optional<String> categoryField = in.sent("forecastCategoryField")
                ? field(in, known, "forecastCategoryField", FieldType.OPTION, "a select field")
                : unsent.forecastCategoryField();
        Map<String, ForecastCategory> categories = in.sent("forecastCategories") ? categories(in)
                : unsent.forecastCategories();
        return new PipelineSettings(stages, probabilityField, categoryField, categories);
    }

    private static List<Stage> stages(JsonInput in) {
        List<JsonInput> items = in.objects("stages");
        if (items.size() > MAX_STAGES) {
            in.reject("stages", "saleskpi.error.tooMany", "must have at most " + MAX_STAGES + " stages", MAX_STAGES);
        }
        List<Stage> stages = new ArrayList<>();
        for (JsonInput item : items) {
            String status = item.requiredText("status", JsonInput.MAX_TEXT);
            Optional<BigDecimal> probability = item.decimal("probability");
            if (probability.filter(p -> p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0).isPresent()) {
                // Named per stage here; the sales model checks the range again for every other caller.
                item.reject("probability", "saleskpi.profile.stages.probability",
                        "must be from 0 to 1 (0 % to 100 %)");
            } else if (probability.filter(p -> p.stripTrailingZeros().scale() > MAX_DECIMALS).isPresent()) {
                item.reject("probability", "saleskpi.profile.stages.probability.decimals",
                        "must have at most " + MAX_DECIMALS + " decimal places (4 as a percentage)");
            }
            stages.add(new Stage(status, probability));
        }
        return stages;
    }

    private static Optional<String> field(JsonInput in, List<IssueCatalog.FieldInfo> known, String member,
            FieldType type, String what) {
        Optional<String> id = in.text(member, JsonInput.MAX_TEXT).filter(f -> !f.isBlank());
        id.ifPresent(f -> new ProfileJson.FieldCheck(in, known).require(member, f, Set.of(type), what));
        return id;
    }

    private static Map<String, ForecastCategory> categories(JsonInput in) {
        Map<String, String> texts = in.textMap("forecastCategories", MAX_OPTIONS, JsonInput.MAX_TEXT);
        Map<String, ForecastCategory> categories = new LinkedHashMap<>();
        texts.forEach((option, key) -> ForecastCategory.fromKey(key).ifPresentOrElse(
                category -> categories.put(option, category),
                () -> in.reject("forecastCategories." + option, "saleskpi.profile.forecastCategories.unknown",
                        "must be one of commit, best-case, pipeline, omitted")));
        return categories;
    }

    static void write(PipelineSettings pipeline, JsonObject json) {
        JsonArray stages = new JsonArray();
        for (Stage stage : pipeline.stages()) {
            JsonObject item = new JsonObject();
            item.addProperty("status", stage.status());
            item.add("probability", stage.winProbability().<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
            stages.add(item);
        }
        json.add("stages", stages);
        json.add("probabilityField", ProfileJson.text(pipeline.probabilityField()));
        json.add("forecastCategoryField", ProfileJson.text(pipeline.forecastCategoryField()));
        JsonObject categories = new JsonObject();
        pipeline.forecastCategories().forEach((option, category) -> categories.addProperty(option, category.key()));
        json.add("forecastCategories", categories);
    }
}
