package org.saleskpi.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.page.Messages;

/**
 * Every message key the main code names has an English and a Japanese text: the keys of API errors (Java literals
 * given to FieldError, InvalidInputException, Validator, ErrorBody...), of scripts ({@code t('...')},
 * {@code messageKey: '...'}) and of templates' text getters. The key is read from the sources of every module, so a
 * key added without its texts fails here, not in front of a user. The server's class path holds all seven bundles
 * (kpi-web's five and the server's two).
 */
class MessageKeysTest {
    /** Modules whose code also runs inside Jira, which loads only the bundles atlassian-plugin.xml names. */
    private static final List<String> IN_JIRA = List.of("kpi-core", "kpi-store", "kpi-web", "kpi-jira");
    private static final List<String> MODULES = List.of("kpi-core", "kpi-store", "kpi-web", "kpi-server", "kpi-jira");
    /** Names that look like keys but are not texts: a system property of the fault tests. */
    private static final Set<String> NOT_TEXTS = Set.of("saleskpi.test.haltAt");
    /**
     * Keys core raises only for the standalone server's own dashboards (docs/adr/0019): Jira has its own
     * dashboards, so the Jira bundles need not carry them.
     */
    private static final String STANDALONE_ONLY = "saleskpi.dashboard.";
    /** A whole key in quotes; a literal ending in '.' is a prefix completed at run time and is not read. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"(saleskpi\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])\"");
    private static final Pattern SCRIPT_KEY = Pattern.compile("'(saleskpi\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])'");
    private static final Pattern JIRA_BUNDLE = Pattern.compile(
            "<resource type=\"i18n\"[^>]*location=\"saleskpi/i18n/([a-z]+)\"");

    private static Path root;
    private static Map<String, Properties> english;
    private static Map<String, Properties> japanese;

    @BeforeAll
    static void read() {
        root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        english = new TreeMap<>();
        japanese = new TreeMap<>();
        for (String bundle : Messages.BUNDLES) {
            english.put(bundle, bundle("saleskpi/i18n/" + bundle + ".properties"));
            japanese.put(bundle, bundle("saleskpi/i18n/" + bundle + "_ja.properties"));
        }
    }

    @Test
    void everyKeyTheCodeNamesHasAnEnglishAndAJapaneseText() throws IOException {
        Map<String, Set<String>> used = used(MODULES);
        assertThat(used.keySet()).as("keys found in the sources").hasSizeGreaterThan(500)
                .contains("saleskpi.goal.name.blank", "saleskpi.error.type.number", "saleskpi.value.absent");

        List<String> missing = new ArrayList<>();
        used.forEach((key, where) -> {
            if (!has(english, key)) {
                missing.add(key + " has no English text (used in " + where + ")");
            }
            if (!has(japanese, key)) {
                missing.add(key + " has no Japanese text (used in " + where + ")");
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void theCodeThatRunsInJiraFindsItsTextsInTheBundlesTheJiraAppShips() throws IOException {
        String descriptor = Files.readString(root.resolve("kpi-jira/src/main/resources/atlassian-plugin.xml"));
        Set<String> jiraBundles = new TreeSet<>();
        Matcher bundle = JIRA_BUNDLE.matcher(descriptor);
        while (bundle.find()) {
            jiraBundles.add(bundle.group(1));
        }
        assertThat(jiraBundles).contains("common", "gadgets");
        Map<String, Properties> inJira = new TreeMap<>(english);
        inJira.keySet().retainAll(jiraBundles);

        List<String> missing = new ArrayList<>();
        used(IN_JIRA).forEach((key, where) -> {
            if (!key.startsWith(STANDALONE_ONLY) && !has(inJira, key)) {
                missing.add(key + " is in no bundle of the Jira app " + jiraBundles + " (used in " + where + ")");
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyJapaneseKeyHasItsEnglishTextInTheSameBundle() {
        for (String name : Messages.BUNDLES) {
            assertThat(english.get(name)).as("bundle %s", name).isNotEmpty();
            Set<String> onlyJapanese = new TreeSet<>(japanese.get(name).stringPropertyNames());
            onlyJapanese.removeAll(english.get(name).stringPropertyNames());
            assertThat(onlyJapanese).as("keys of %s_ja without English", name).isEmpty();
        }
    }

    /** Each key the main sources of {@code modules} name, with the files naming it. */
    private static Map<String, Set<String>> used(List<String> modules) throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        for (String module : modules) {
            Path main = root.resolve(module).resolve("src/main");
            try (Stream<Path> files = Files.walk(main)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    Pattern pattern = name.endsWith(".java") ? JAVA_KEY
                            : name.endsWith(".js") || name.endsWith(".vm") ? SCRIPT_KEY : null;
                    if (pattern == null) {
                        continue;
                    }
                    Matcher key = pattern.matcher(Files.readString(file));
                    while (key.find()) {
                        if (!NOT_TEXTS.contains(key.group(1))) {
                            used.computeIfAbsent(key.group(1), k -> new TreeSet<>())
                                    .add(root.relativize(file).toString());
                        }
                    }
                }
            }
        }
        return used;
    }

    private static boolean has(Map<String, Properties> bundles, String key) {
        return bundles.values().stream().anyMatch(b -> !b.getProperty(key, "").isBlank());
    }

    private static Properties bundle(String path) {
        Properties properties = new Properties();
        try (InputStream in = MessageKeysTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
