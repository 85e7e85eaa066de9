package org.saleskpi.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code $i18n} in templates and the texts every page script gets: the bundles
 * {@code saleskpi/i18n/{common,gadgets,goals,admin,dashboards,connections,mail}} in one language, each key falling
 * back to English (the bundle without a suffix). Files are UTF-8; a bundle not on the class path is skipped.
 */
public final class Messages {
    /**
     * The bundles, one per area, under {@code saleskpi/i18n/}. {@code dashboards} (the standalone dashboard
     * pages' texts), {@code connections} (the Jira connections page's) and {@code mail} (the e-mail pages', ADR 0063)
     * are kpi-server's: a Jira jar has no such file, so Jira loads the other four.
     */
    public static final List<String> BUNDLES = List.of("common", "gadgets", "goals", "admin", "dashboards",
            "connections", "mail");
    /** The languages with translations; any other gets English. */
    public static final List<String> LANGUAGES = List.of("en", "ja");

    private final Locale locale;
    private final Map<String, String> texts;

    private Messages(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = Collections.unmodifiableMap(texts);
    }

    /** The texts of {@code locale}'s language (English when it has no translation), read from {@code loader}. */
    public static Messages load(Locale locale, ClassLoader loader) {
        return load(locale, BUNDLES, loader);
    }

    /** Like {@link #load(Locale, ClassLoader)}, over some of the {@link #BUNDLES} only. */
    public static Messages load(Locale locale, List<String> bundles, ClassLoader loader) {
        if (!BUNDLES.containsAll(bundles)) {
            throw new IllegalArgumentException("unknown bundles in " + bundles + "; known: " + BUNDLES);
        }
        String language = LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        Map<String, String> texts = new TreeMap<>();
        for (String bundle : bundles) {
            read(loader, "saleskpi/i18n/" + bundle + ".properties", texts);
            if (!language.equals("en")) {
                read(loader, "saleskpi/i18n/" + bundle + "_" + language + ".properties", texts);
            }
        }
        return new Messages(Locale.forLanguageTag(language), texts);
    }

    /**
     * The language to answer a client that prefers {@code preferred} (best first): the first with
     * translations, else English. So a browser asking for German, then Japanese, gets Japanese.
     */
    public static Locale language(List<Locale> preferred) {
        for (Locale locale : preferred) {
            if (LANGUAGES.contains(locale.getLanguage())) {
                return Locale.forLanguageTag(locale.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * Texts read once per language (and set of bundles) from one class loader, for hosts that answer many
     * requests: the language is chosen as {@link #language} chooses it, so {@code ja_JP} and {@code ja} share one
     * entry. Safe to share between threads; it holds only the bundles' texts, nothing of any user.
     */
    public static final class Cache {
        private final ClassLoader loader;
        private final Map<String, Messages> loaded = new ConcurrentHashMap<>();

        public Cache(ClassLoader loader) {
            this.loader = loader;
        }

        /** Every bundle in {@code locale}'s language; English for null or a language without translations. */
        public Messages get(Locale locale) {
            return get(locale, BUNDLES);
        }

        /** Some of the {@link #BUNDLES} in {@code locale}'s language, like {@link #get(Locale)}. */
        public Messages get(Locale locale, List<String> bundles) {
            Locale language = language(locale == null ? List.of() : List.of(locale));
            return loaded.computeIfAbsent(language.getLanguage() + "|" + String.join(",", bundles),
                    key -> load(language, bundles, loader));
        }
    }

    private static void read(ClassLoader loader, String path, Map<String, String> into) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                return;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            properties.stringPropertyNames().forEach(key -> into.put(key, properties.getProperty(key)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the message bundle " + path, e);
        }
    }

    /** The language the texts are in: {@code en} or {@code ja}. */
    public Locale locale() {
        return locale;
    }

    /**
     * The text of {@code key} with {0}, {1}... replaced by the arguments, exactly as the scripts'
     * {@code SalesKpi.t} does (no MessageFormat quoting rules); the key itself when unknown.
     */
    public String getText(String key, Object... args) {
        String text = texts.getOrDefault(key, key);
        if (args == null || args.length == 0 || text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 4 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(text.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : text.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Every key and its text, for the page's {@code saleskpi-texts} element. */
    public Map<String, String> all() {
        return texts;
    }
}
