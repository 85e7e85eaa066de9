package org.saleskpi.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.connect.PermissionMode;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.server.sync.SyncPhase;
import org.saleskpi.web.page.Messages;
import org.saleskpi.web.page.PageSite;
import org.saleskpi.web.page.PageUser;
import org.saleskpi.web.page.Pages;

/**
 * The Jira connections page is the server's own: its template, script, style and texts come from this module, it is
 * for global administrators, loads the admin forms before its script, and every text it names (the closed sets it
 * shows by value too) exists in English and Japanese.
 */
class ConnectionsPageTest {
    private static final ClassLoader APP = ConnectionsPageTest.class.getClassLoader();
    private static final String SCRIPT = "saleskpi/static/js/pages/admin-connections.js";
    private static final Pattern SCRIPT_KEY = Pattern.compile("t\\('(saleskpi\\.[A-Za-z0-9_.]*[A-Za-z0-9_])'");

    private final Pages pages = new Pages(PageSite.STANDALONE, APP);
    private final PageUser admin = new PageUser("admin", "Ada Admin", true, true);

    @Test
    void itIsTheServersOwnAndForGlobalAdministrators() {
        String server = ConnectionsPage.class.getProtectionDomain().getCodeSource().getLocation().toString();
        for (String file : new String[] {ConnectionsPage.PAGE.template(), SCRIPT,
                "saleskpi/static/css/admin-connections.css", "saleskpi/i18n/connections.properties",
                "saleskpi/i18n/connections_ja.properties"}) {
            URL found = APP.getResource(file);
            assertThat(found).as(file).isNotNull();
            assertThat(found.toString()).as(file).startsWith(server);
        }
        assertThat(ConnectionsPage.PAGE.globalAdminOnly()).isTrue();
        assertThat(PagesServlet.route("/admin/connections")).contains(Map.entry(ConnectionsPage.PAGE, ""));
    }

    @Test
    void itRendersWithTheAdminFormsBeforeItsScript() {
        Map<String, Object> context = pages.context(ConnectionsPage.PAGE, Optional.of(admin),
                Messages.load(Locale.JAPANESE, APP), "", Map.of());
        String html = new VelocityPages().render(ConnectionsPage.PAGE.template(), context);

        assertThat(context.get("scripts")).asList().endsWith("/static/saleskpi/js/pages/admin-forms.js",
                "/static/saleskpi/js/pages/admin-connections.js");
        assertThat(context.get("styles")).asList().contains("/static/saleskpi/css/admin-connections.css");
        assertThat(html).contains("id=\"saleskpi-admin-connections\"", "<h1 class=\"page-title\">Jira 接続</h1>",
                "<title>Jira 接続 - ");
    }

    @Test
    void everyTextItShowsExistsInEnglishAndJapanese() {
        Set<String> keys = new TreeSet<>();
        keys.add(ConnectionsPage.PAGE.titleKey());
        Matcher matcher = SCRIPT_KEY.matcher(read(SCRIPT));
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        // The script names these by the API's values.
        Arrays.stream(JiraKind.values()).forEach(kind -> keys.add("saleskpi.connection.kind." + kind.name()));
        Arrays.stream(SyncPhase.values()).forEach(phase -> keys.add("saleskpi.connection.phase." + phase.name()));
        Arrays.stream(PermissionMode.values())
                .forEach(mode -> keys.add("saleskpi.connection.permissionMode." + mode.name()));
        assertThat(keys).contains("saleskpi.connection.syncNow", "saleskpi.connection.eta",
                "saleskpi.connection.lastError");

        Properties english = load("saleskpi/i18n/connections.properties");
        Properties japanese = load("saleskpi/i18n/connections_ja.properties");
        assertThat(keys.stream().filter(key -> !english.containsKey(key))).as("keys without English").isEmpty();
        assertThat(japanese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith("saleskpi.connection.")
                || key.equals(ConnectionsPage.PAGE.titleKey()));
        assertThat(Messages.load(Locale.JAPANESE, APP).getText("saleskpi.connection.syncNow")).isEqualTo("今すぐ同期");
    }

    private static String read(String file) {
        try (InputStream in = APP.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String file) {
        Properties texts = new Properties();
        try (InputStream in = APP.getResourceAsStream(file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
