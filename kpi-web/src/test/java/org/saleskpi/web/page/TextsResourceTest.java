package org.saleskpi.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.TestAccess;

/** The texts scripts fetch where no page embeds them (Jira's dashboards), over HTTP. */
class TextsResourceTest {
    private static ApiServer api;

    @BeforeAll
    static void start() throws Exception {
        api = ApiServer.start(new TestAccess(), List.of(), List.of(), Map.of(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private static JsonObject texts(String bundles, String acceptLanguage) {
        ApiServer.Answer answer = api.get("alice", "/texts?bundles=" + bundles, Map.of("Accept-Language", acceptLanguage));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().getAsJsonObject();
    }

    @Test
    void answersTheAskedBundlesOnlyInTheBrowsersLanguage() {
        JsonObject japanese = texts("common,gadgets", "de-DE, ja;q=0.8, en;q=0.5");

        assertThat(japanese.get("locale").getAsString()).isEqualTo("ja");
        JsonObject texts = japanese.getAsJsonObject("texts");
        assertThat(texts.get("saleskpi.value.absent").getAsString()).isEqualTo("データなし");
        assertThat(texts.keySet()).contains("saleskpi.gadget.refresh", "saleskpi.gadget.type.bar.title")
                .hasSize(Messages.load(java.util.Locale.JAPANESE, List.of("common", "gadgets"),
                        TextsResourceTest.class.getClassLoader()).all().size())
                .noneMatch(key -> key.startsWith("saleskpi.goals.") || key.startsWith("saleskpi.admin."));
    }

    @Test
    void aLanguageWithoutTranslationsGetsEnglish() {
        JsonObject german = texts("common", "de-DE");

        assertThat(german.get("locale").getAsString()).isEqualTo("en");
        assertThat(german.getAsJsonObject("texts").get("saleskpi.value.absent").getAsString()).isEqualTo("No data");
        assertThat(german.getAsJsonObject("texts").keySet()).noneMatch(key -> key.startsWith("saleskpi.gadget."));
    }

    @Test
    void browsersMayKeepTheAnswerPerLanguage() {
        ApiServer.Answer answer = api.get("alice", "/texts?bundles=common", Map.of("Accept-Language", "en"));

        assertThat(answer.header("Cache-Control")).isEqualTo("private, max-age=3600");
        assertThat(answer.header("Vary")).containsIgnoringCase("Accept-Language");
    }

    @Test
    void anUnknownOrMissingBundleIsABadRequestNamingBundles() {
        ApiServer.Answer unknown = api.get("alice", "/texts?bundles=common,secrets");
        ApiServer.Answer missing = api.get("alice", "/texts");
        ApiServer.Answer path = api.get("alice", "/texts?bundles=../../META-INF/MANIFEST");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("bundles");
        assertThat(unknown.text()).contains("secrets");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("bundles");
        assertThat(path.status()).isEqualTo(400);
    }
}
