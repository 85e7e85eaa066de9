package org.saleskpi.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.kpi.Kpi;

/**
 * A KPI's texts are written once, in the common bundle of each language: one missing there (in
 * English or in Japanese, where English would show through) fails here, as does a KPI whose unit
 * cannot be told without a profile.
 */
class KpiTextsTest {

    @Test
    void everyKpiIsNamedAndDescribedInTheCommonBundleInEnglishAndInJapanese() throws IOException {
        Properties english = bundle("common.properties");
        Properties japanese = bundle("common_ja.properties");
        for (Kpi kpi : Kpi.values()) {
            for (String key : List.of(KpiTexts.nameKey(kpi), KpiTexts.descriptionKey(kpi))) {
                assertThat(english.getProperty(key)).as(key).isNotBlank();
                assertThat(japanese.getProperty(key)).as(key + " in Japanese").isNotBlank()
                        .isNotEqualTo(english.getProperty(key));
            }
        }
        assertThat(japanese.getProperty("saleskpi.kpi.learnMore")).isNotEqualTo(english.getProperty("saleskpi.kpi.learnMore"));
    }

    @Test
    void theRestAnswersSayWhatTheEnglishBundleSays() throws IOException {
        Properties english = bundle("common.properties");
        KpiTexts texts = KpiTexts.english();
        for (Kpi kpi : Kpi.values()) {
            assertThat(texts.name(kpi)).isEqualTo(english.getProperty(KpiTexts.nameKey(kpi)));
            assertThat(texts.description(kpi)).isEqualTo(english.getProperty(KpiTexts.descriptionKey(kpi)));
        }
        assertThat(texts.name(Kpi.WIN_RATE)).isEqualTo("Win rate");
        assertThat(texts.description(Kpi.NEW_LEADS)).isEqualTo("Lead issues created in the period.");
    }

    @Test
    void everyKpiHasAUnitTheJsonNames() {
        for (Kpi kpi : Kpi.values()) {
            assertThat(KpiTexts.unitKey(kpi.unit())).as(kpi.key()).isIn("amount", "count", "days", "ratio", "number");
        }
        assertThat(KpiTexts.unitKey(Kpi.WIN_RATE.unit())).isEqualTo("ratio");
        assertThat(KpiTexts.unitKey(Kpi.SALES_CYCLE.unit())).isEqualTo("days");
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KpiTextsTest.class.getClassLoader().getResourceAsStream("saleskpi/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
