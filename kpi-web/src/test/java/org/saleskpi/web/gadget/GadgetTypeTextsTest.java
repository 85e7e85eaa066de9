package org.saleskpi.web.gadget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.core.gadget.OptionSpec;

/** Every text a gadget type's schema names is written in English and in Japanese, not fallen back to. */
class GadgetTypeTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"saleskpi/i18n/gadgets.properties", "saleskpi/i18n/gadgets_ja.properties"})
    void everyTypeOptionAndChoiceHasItsText(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = GadgetTypeTextsTest.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        for (Gadget gadget : Gadgets.all()) {
            keys.add(gadget.titleKey());
            keys.add(gadget.descriptionKey());
            for (OptionSpec option : gadget.options()) {
                keys.add("saleskpi.gadget.field." + option.field());
                option.choices().forEach(choice -> keys.add("saleskpi.gadget." + option.name() + "." + choice));
            }
        }

        assertThat(keys).hasSizeGreaterThan(Gadgets.all().size() * 3)
                .allSatisfy(key -> assertThat(texts.getProperty(key)).as(bundle + ": " + key).isNotBlank());
    }
}
