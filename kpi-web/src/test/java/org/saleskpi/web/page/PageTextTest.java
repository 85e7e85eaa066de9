package org.saleskpi.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PageTextTest {
    private static final ClassLoader APP = PageTextTest.class.getClassLoader();

    @Test
    void everyPropertyIsOneNoArgumentGetterAndEveryGetterHasItsKey() {
        Set<String> getters = new TreeSet<>();
        for (Method method : PageText.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && method.getName().startsWith("get")) {
                assertThat(method.getParameterCount()).as(method.getName()).isZero();
                assertThat(method.getReturnType()).isEqualTo(String.class);
                getters.add(Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4));
            }
        }
        assertThat(getters).isEqualTo(PageText.KEYS.keySet());
        assertThat(new TreeSet<>(PageText.KEYS.values())).hasSameSizeAs(PageText.KEYS.values())
                .allMatch(key -> key.startsWith("saleskpi."));
    }

    @Test
    void textsAreInThePagesLanguage() {
        PageText english = new PageText(Messages.load(Locale.ENGLISH, APP));
        PageText japanese = new PageText(Messages.load(Locale.JAPANESE, APP));

        assertThat(english.getGoalsTitle()).isEqualTo("Goals");
        assertThat(english.getProductName()).isEqualTo("Sales KPI");
        assertThat(japanese.getGoalsTitle()).isEqualTo(Messages.load(Locale.JAPANESE, APP).getText("saleskpi.goals.title"))
                .isNotEqualTo("Goals");
    }

    @Test
    void textsComeEscapedForHtml() throws IOException {
        Path bundles = Files.createDirectories(Path.of("target/page-text-test/saleskpi/i18n"));
        Files.writeString(bundles.resolve("common.properties"),
                "saleskpi.product.name=Sales <b>KPI</b> & \"Co\"'s\n", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {
                Path.of("target/page-text-test").toUri().toURL()}, null)) {
            PageText text = new PageText(Messages.load(Locale.ENGLISH, java.util.List.of("common"), loader));

            assertThat(text.getProductName()).isEqualTo("Sales &lt;b&gt;KPI&lt;/b&gt; &amp; &quot;Co&quot;&#39;s");
            // A key the bundle lacks shows as the key, as Messages does.
            assertThat(text.getGoalsTitle()).isEqualTo("saleskpi.goals.title");
        }
    }
}
