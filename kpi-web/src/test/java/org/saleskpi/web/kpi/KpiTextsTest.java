package org.saleskpi.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.web.page.Messages;

/** What the screens say about each KPI: the same English as GET /kpis gives, and a Japanese text of its own. */
class KpiTextsTest {
    private static final ClassLoader LOADER = KpiTextsTest.class.getClassLoader();

    @Test
    void everyKpiIsDescribedInEnglishAsTheCatalogDescribesItAndInJapanese() {
        Map<String, String> english = Messages.load(Locale.ENGLISH, List.of("common"), LOADER).all();
        Map<String, String> japanese = Messages.load(Locale.JAPANESE, List.of("common"), LOADER).all();
        for (Kpi kpi : Kpi.values()) {
            String key = kpi.messageKey() + ".description";
            assertThat(english.get(key)).as(key).isEqualTo(KpiTexts.of(kpi).description());
            assertThat(japanese.get(key)).as(key + " in Japanese").isNotBlank().isNotEqualTo(english.get(key));
        }
        assertThat(japanese.get("saleskpi.kpi.learnMore")).isNotEqualTo(english.get("saleskpi.kpi.learnMore"));
    }
}
