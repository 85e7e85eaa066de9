package org.saleskpi.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.page.Messages;
import org.saleskpi.web.page.Page;
import org.saleskpi.web.page.PageSite;
import org.saleskpi.web.page.PageText;
import org.saleskpi.web.page.PageUser;
import org.saleskpi.web.page.Pages;
import org.saleskpi.web.page.TemplateCalls;

/**
 * The standalone dashboards' pages are the server's: their templates and scripts come from this module (not from
 * kpi-web, which the Jira app embeds), load every gadget script, render, and name only texts that exist in English
 * and Japanese (the Jira jar's bundle test no longer sees these scripts).
 */
class DashboardPagesTest {
    private static final ClassLoader APP = DashboardPagesTest.class.getClassLoader();
    /** A text key written whole: a quoted {@code saleskpi.x.y} not ending in a dot (a prefix). */
    private static final Pattern SCRIPT_KEY = Pattern.compile("['\"](saleskpi\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])['\"]");

    private final Pages pages = new Pages(PageSite.STANDALONE, APP);
    private final Messages english = Messages.load(Locale.ENGLISH, APP);
    private final PageUser rita = new PageUser("rita", "Rita Rep", false, true);

    @Test
    void theirTemplatesAndScriptsAreThisModulesOwn() {
        String server = DashboardPages.class.getProtectionDomain().getCodeSource().getLocation().toString();
        String web = Pages.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertThat(server).isNotEqualTo(web);
        for (Page page : DashboardPages.ALL) {
            for (String file : new String[] {page.template(), "saleskpi/static/js/pages/" + page.key() + ".js"}) {
                URL found = APP.getResource(file);
                assertThat(found).as(file).isNotNull();
                assertThat(found.toString()).as(file).startsWith(server);
            }
        }
    }

    @Test
    void eachLoadsChartJsTheGadgetsAndThenItsOwnScript() {
        for (Page page : DashboardPages.ALL) {
            Map<String, Object> context = pages.context(page, Optional.of(rita), english, "12", Map.of());

            assertThat(context.get("scripts")).asList().startsWith("/static/webjars/" + Pages.CHART_JS)
                    .containsAll(Pages.GADGET_SCRIPTS.stream().map(script -> "/static/saleskpi/" + script).toList())
                    .endsWith("/static/saleskpi/js/pages/" + page.key() + ".js");
            assertThat(context.get("styles")).asList().contains("/static/saleskpi/css/gadgets.css");
            assertThat(context).containsEntry("section", "dashboards");
        }
    }

    @Test
    void theDashboardTemplateCarriesTheIdItsScriptLoads() {
        String html = new VelocityPages().render(DashboardPages.DASHBOARD.template(),
                pages.context(DashboardPages.DASHBOARD, Optional.of(rita), english, "12", Map.of()));

        assertThat(html).contains("id=\"saleskpi-dashboard\"", "data-dashboard-id=\"12\"",
                "<script src=\"/static/saleskpi/js/pages/dashboard.js\"></script>",
                "<title>Dashboard - Sales KPI</title>");
    }

    @Test
    void everyTextTheirTemplatesAndScriptsNameExistsInEnglishAndJapanese() {
        Set<String> keys = new TreeSet<>();
        for (Page page : DashboardPages.ALL) {
            keys.add(page.titleKey());
            // The template's texts are properties of $text (PageText), each reading one key.
            TemplateCalls.properties(read(page.template()), "text").forEach(text -> keys.add(PageText.KEYS.get(text)));
            for (String file : new String[] {page.template(), "saleskpi/static/js/pages/" + page.key() + ".js"}) {
                Matcher matcher = SCRIPT_KEY.matcher(read(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).contains("saleskpi.dashboard.addGadget", "saleskpi.dashboard.createButton",
                "saleskpi.dashboard.noscript");
        for (String language : new String[] {"", "_ja"}) {
            Properties texts = new Properties();
            for (String bundle : Messages.BUNDLES) {
                URL file = APP.getResource("saleskpi/i18n/" + bundle + language + ".properties");
                if (file != null) {
                    load(texts, file);
                }
            }
            assertThat(keys.stream().filter(key -> !texts.containsKey(key))).as("keys without texts" + language)
                    .isEmpty();
        }
    }

    /** The texts only these pages use are in the server's own bundle, in both languages with the same keys. */
    @Test
    void theirOwnTextsAreTheServersBundle() {
        String server = DashboardPages.class.getProtectionDomain().getCodeSource().getLocation().toString();
        Properties english = new Properties();
        Properties japanese = new Properties();
        for (String language : new String[] {"", "_ja"}) {
            URL file = APP.getResource("saleskpi/i18n/dashboards" + language + ".properties");
            assertThat(file).as("dashboards" + language).isNotNull();
            assertThat(file.toString()).startsWith(server);
            load(language.isEmpty() ? english : japanese, file);
        }
        assertThat(japanese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).contains(DashboardPages.DASHBOARD.titleKey(),
                "saleskpi.dashboard.addGadget").allMatch(key -> key.startsWith("saleskpi.dashboard.")
                        || key.startsWith("saleskpi.page.dashboard") || key.startsWith("saleskpi.access."));
        assertThat(Messages.load(Locale.JAPANESE, APP).getText("saleskpi.dashboard.addGadget"))
                .isEqualTo(japanese.getProperty("saleskpi.dashboard.addGadget"))
                .isNotEqualTo(english.getProperty("saleskpi.dashboard.addGadget"));
    }

    private static String read(String file) {
        try (InputStream in = APP.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(Properties texts, URL file) {
        try (InputStream in = file.openStream()) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
