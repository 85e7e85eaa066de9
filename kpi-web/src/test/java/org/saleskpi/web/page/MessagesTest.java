package org.saleskpi.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {
    private static final ClassLoader APP = MessagesTest.class.getClassLoader();

    @Test
    void japaneseBrowsersGetJapaneseTextsAndEveryoneElseEnglish() {
        assertThat(Messages.load(Locale.JAPANESE, APP).getText("saleskpi.value.absent")).isEqualTo("データなし");
        assertThat(Messages.load(Locale.forLanguageTag("ja-JP"), APP).locale()).isEqualTo(Locale.JAPANESE);
        assertThat(Messages.load(Locale.ENGLISH, APP).getText("saleskpi.value.absent")).isEqualTo("No data");
        assertThat(Messages.load(Locale.GERMAN, APP).getText("saleskpi.value.absent")).isEqualTo("No data");
        assertThat(Messages.load(Locale.GERMAN, APP).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theCacheReadsEachLanguageAndBundleSetOnceAndChoosesLanguagesAsLoadDoes() {
        Messages.Cache cache = new Messages.Cache(APP);

        assertThat(cache.get(Locale.forLanguageTag("ja-JP"))).isSameAs(cache.get(Locale.JAPANESE));
        assertThat(cache.get(Locale.JAPANESE).getText("saleskpi.value.absent")).isEqualTo("データなし");
        assertThat(cache.get(null).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(cache.get(Locale.GERMAN)).isSameAs(cache.get(Locale.ENGLISH));
        Messages gadgetsOnly = cache.get(Locale.JAPANESE, java.util.List.of("gadgets"));
        assertThat(gadgetsOnly).isNotSameAs(cache.get(Locale.JAPANESE));
        assertThat(gadgetsOnly.all()).doesNotContainKey("saleskpi.value.absent");
    }

    @Test
    void placeholdersAreReplacedAsTheScriptsReplaceThem() {
        Messages en = Messages.load(Locale.ENGLISH, APP);

        assertThat(en.getText("saleskpi.value.days", "3.5")).isEqualTo("3.5 days");
        assertThat(en.getText("saleskpi.error.http", 503)).isEqualTo("The server answered 503.");
        assertThat(en.getText("saleskpi.common.pageOf", 2)).isEqualTo("Page 2 of {1}");
        assertThat(en.getText("saleskpi.no.such.key")).isEqualTo("saleskpi.no.such.key");
    }

    @Test
    void aKeyWithoutTranslationFallsBackToEnglishAndAMissingBundleIsSkipped(@TempDir Path dir) throws IOException {
        Path i18n = Files.createDirectories(dir.resolve("saleskpi/i18n"));
        Files.writeString(i18n.resolve("goals.properties"), "saleskpi.goals.a=Alpha\nsaleskpi.goals.b=Beta {0}\n",
                StandardCharsets.UTF_8);
        Files.writeString(i18n.resolve("goals_ja.properties"), "saleskpi.goals.a=アルファ\n", StandardCharsets.UTF_8);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Messages ja = Messages.load(Locale.JAPANESE, loader);

            assertThat(ja.all()).containsExactly(java.util.Map.entry("saleskpi.goals.a", "アルファ"),
                    java.util.Map.entry("saleskpi.goals.b", "Beta {0}"));
        }
    }

    @Test
    void everyBundleHasTheSameKeysInEnglishAndJapanese() {
        for (String bundle : Messages.BUNDLES) {
            Properties english = read("saleskpi/i18n/" + bundle + ".properties");
            Properties japanese = read("saleskpi/i18n/" + bundle + "_ja.properties");
            assertThat(japanese.stringPropertyNames()).as("keys of %s_ja", bundle)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
        assertThat(read("saleskpi/i18n/common.properties").stringPropertyNames())
                .contains("saleskpi.value.absent", "saleskpi.value.days", "saleskpi.error.http");
    }

    private static Properties read(String path) {
        Properties properties = new Properties();
        try (InputStream in = APP.getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
