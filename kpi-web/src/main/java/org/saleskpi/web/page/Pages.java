package org.saleskpi.web.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.gadget.Gadgets;

/**
 * The pages of the app and what each template gets. Hosts map their URLs to a {@link Page}, check
 * access with {@link Page#anonymous()} and {@link Page#globalAdminOnly()}, and render
 * {@link Page#template()} with {@link #context}.
 */
public final class Pages {
    public static final Page LOGIN = new Page("login", "saleskpi.page.login.title", true, false, "login", false);
    public static final Page GOALS = new Page("goals", "saleskpi.page.goals.title", false, false, "goals", false);
    public static final Page GOAL = new Page("goal", "saleskpi.page.goal.title", false, false, "goals", false);
    public static final Page PROFILES = new Page("profiles", "saleskpi.page.profiles.title", false, false,
            "profiles", false);
    public static final Page PROFILE = new Page("profile", "saleskpi.page.profile.title", false, false, "profiles",
            false);
    public static final Page ISSUES = new Page("issues", "saleskpi.page.issues.title", false, false, "issues", false);
    public static final Page IMPORT = new Page("import", "saleskpi.page.import.title", false, false, "import", false);
    public static final Page ADMIN_USERS = new Page("admin-users", "saleskpi.page.adminUsers.title", false, true,
            "admin-users", false);
    /**
     * {@code /unsubscribe?token=}: where a subscription mail's unsubscribe link leads (ADR 0063), on both hosts (in
     * Jira under the app's servlet, ADR 0068); its script ends the subscription, not the page's GET.
     */
    public static final Page UNSUBSCRIBE = new Page("unsubscribe", "saleskpi.page.unsubscribe.title", true, false,
            "dashboards", false);
    /**
     * {@code /subscriptions}: the signed-in user's e-mail subscriptions, with "send now" and "unsubscribe" (ADR 0063),
     * on both hosts (in Jira under the app's servlet, ADR 0072).
     */
    public static final Page SUBSCRIPTIONS = new Page("subscriptions", "saleskpi.page.subscriptions.title", false,
            false, "subscriptions", false);
    /** Not a page of its own: the template of the 403, 404 and 500 answers. */
    public static final Page ERROR = new Page("error", "saleskpi.page.error.title", true, false, "error", false);

    /**
     * The pages both hosts could serve. The standalone dashboards' pages are the server's own
     * ({@code org.saleskpi.server.page.DashboardPages}): a host's page is a {@link Page} of its own with its
     * template and script in that host's module, and this class builds its context all the same.
     */
    public static final List<Page> ALL = List.of(LOGIN, GOALS, GOAL, PROFILES, PROFILE, ISSUES, IMPORT, ADMIN_USERS);

    /**
     * The headers every page answer carries in both hosts: no MIME sniffing, the referrer kept to this site, and
     * never cached (pages hold a user's numbers). The standalone server adds its Content-Security-Policy; Jira
     * cannot, because its decorator runs inline scripts.
     */
    public static final Map<String, String> RESPONSE_HEADERS = responseHeaders();

    /** Chart.js, the file of its WebJar under {@code META-INF/resources/webjars/}. */
    public static final String CHART_JS = "chart.js/4.5.1/dist/chart.umd.min.js";

    /**
     * Every gadget script, under {@link PageSite#staticBase()}, in loading order: the shared parts
     * first, then one folder per gadget type. Pages that show gadgets load them all.
     */
    public static final List<String> GADGET_SCRIPTS = gadgetScripts();

    /** Scripts one page or a family of pages shares beyond its own, loaded just before it. */
    private static final Map<String, List<String>> PAGE_PARTS = Map.ofEntries(
            Map.entry("goals", List.of("js/pages/goal-parts.js", "js/pages/goal-period.js")),
            // The goal page's edit form offers the create form's periods.
            Map.entry("goal", List.of("js/pages/goal-parts.js", "js/pages/goal-period.js")),
            Map.entry("profiles", List.of("js/pages/admin-forms.js")),
            Map.entry("profile", List.of("js/pages/admin-forms.js", "js/pages/profile-pipeline.js")),
            Map.entry("issues", List.of("js/pages/admin-forms.js")),
            Map.entry("import", List.of("js/pages/admin-forms.js")),
            Map.entry("admin-users", List.of("js/pages/admin-forms.js")),
            // The standalone server's Jira connections page (its template and script are kpi-server's).
            Map.entry("admin-connections", List.of("js/pages/admin-forms.js")),
            // The standalone server's e-mail pages (ADR 0063).
            Map.entry("admin-mail", List.of("js/pages/admin-forms.js")),
            Map.entry("subscriptions", List.of("js/pages/admin-forms.js")),
            // The standalone dashboard's share dialog picks people with the goal forms' picker (ADR 0061).
            Map.entry("dashboard", List.of("js/pages/goal-parts.js")));


    private static final Escaper ESCAPER = new Escaper();

    private final PageSite site;
    private final ClassLoader loader;

    /**
     * @param loader finds the optional page scripts and style sheets ({@code saleskpi/static/...})
     */
    public Pages(PageSite site, ClassLoader loader) {
        this.site = Objects.requireNonNull(site, "site");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    public PageSite site() {
        return site;
    }

    public static Optional<Page> byKey(String key) {
        return ALL.stream().filter(page -> page.key().equals(key)).findFirst().or(
                () -> ERROR.key().equals(key) ? Optional.of(ERROR) : Optional.empty());
    }

    /**
     * What {@code page}'s template gets, every value ready to print as it is: {@code page}, {@code section},
     * {@code title}, {@code locale}, {@code staticBase}, {@code pagesBase}, {@code homeUrl}, {@code pathId},
     * {@code decorator} (see {@link PageSite#decorator()}) and the URLs in loading order {@code styles} and
     * {@code scripts}, all HTML-escaped here; {@code config} (JSON for {@code saleskpi-config}) and {@code texts}
     * (JSON for {@code saleskpi-texts}), made safe for a script element by {@link ScriptJson}; {@code text}
     * ({@link PageText}), {@code user} (null when nobody is signed in) and {@code metas} (none; a host that decorates
     * its pages replaces the list with its {@link PageMeta}s), whose getters return escaped text. The templates
     * call no method with arguments: Jira 10 and later run only allowlisted template methods (atlassian-plugin.xml).
     *
     * @param pathId the {@code {id}} of the page's URL, or empty
     * @param pageConfig page-specific entries added to the config
     */
    public Map<String, Object> context(Page page, Optional<PageUser> user, Messages messages, String pathId,
            Map<String, ?> pageConfig) {
        String id = pathId == null ? "" : pathId;
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("page", page.key());
        config.put("pagesBase", site.pagesBase());
        config.put("restBase", site.restBase());
        config.put("issuesUrl", site.issuesUrl());
        config.put("staticBase", site.staticBase());
        config.put("hostDecorated", site.hostDecorated());
        config.put("user", user.map(PageUser::json).orElse(null));
        config.put("locale", messages.locale().toLanguageTag());
        config.put("pathId", id);
        config.putAll(pageConfig);

        Map<String, Object> context = new LinkedHashMap<>();
        context.put("page", ESCAPER.html(page.key()));
        context.put("section", ESCAPER.html(page.section()));
        context.put("title", ESCAPER.html(messages.getText(page.titleKey())));
        context.put("locale", ESCAPER.html(messages.locale().toLanguageTag()));
        context.put("config", ScriptJson.of(config));
        context.put("texts", ScriptJson.of(messages.all()));
        context.put("text", new PageText(messages));
        context.put("staticBase", ESCAPER.html(site.staticBase()));
        context.put("pagesBase", ESCAPER.html(site.pagesBase()));
        context.put("homeUrl", ESCAPER.html(site.homeUrl()));
        context.put("pathId", ESCAPER.html(id));
        context.put("user", user.orElse(null));
        context.put("styles", styles(page).stream().map(ESCAPER::html).toList());
        context.put("scripts", scripts(page).stream().map(ESCAPER::html).toList());
        context.put("decorator", ESCAPER.html(site.decorator()));
        context.put("metas", List.<PageMeta>of());
        return context;
    }

    /**
     * What {@link #ERROR}'s template gets for a 403, 404 or 500 answer: the {@link #context} of the error page
     * with the status, its title and the text of {@code messageKey} (escaped like the rest). A host adds its own entries (the server the
     * section to mark, Jira its decorator's metas).
     */
    public Map<String, Object> errorContext(int status, Optional<PageUser> user, Messages messages, String messageKey,
            Object... args) {
        String titleKey = status == 404 ? "saleskpi.error.notFound.title"
                : status == 403 ? "saleskpi.error.forbidden.title" : "saleskpi.error.internal.title";
        Map<String, Object> context = context(ERROR, user, messages, "", Map.of("status", status));
        context.put("title", ESCAPER.html(messages.getText(titleKey)));
        context.put("message", ESCAPER.html(messages.getText(messageKey, args)));
        context.put("status", status);
        return context;
    }

    private static Map<String, String> responseHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Cache-Control", "no-store");
        return Collections.unmodifiableMap(headers);
    }

    /** The answer when even the error page cannot be rendered: the status alone, with no template. */
    public static String bareErrorPage(int status) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sales KPI</title></head><body><h1>"
                + status + "</h1></body></html>";
    }

    /** The shared gadget parts in dependency order, then each type's renderer (its options come from its schema). */
    private static List<String> gadgetScripts() {
        List<String> scripts = new ArrayList<>();
        for (String part : List.of("palette", "export", "chart", "frame", "base", "form", "activity")) {
            scripts.add("js/gadgets/common/" + part + ".js");
        }
        for (String type : Gadgets.keys()) {
            scripts.add("js/gadgets/" + type + "/renderer.js");
        }
        return List.copyOf(scripts);
    }

    /**
     * The element rules when the page draws its own frame (never inside a host's, whose page they would
     * restyle), the base style sheet, the gadgets' where shown, then the page's own when it has one.
     */
    List<String> styles(Page page) {
        List<String> styles = new ArrayList<>();
        if (!site.hostDecorated()) {
            styles.add(site.staticBase() + "/css/page.css");
        }
        styles.add(site.staticBase() + "/css/saleskpi.css");
        if (page.showsGadgets()) {
            styles.add(site.staticBase() + "/css/gadgets.css");
        }
        addIfPresent(styles, "css/" + page.key() + ".css");
        return styles;
    }

    /**
     * Chart.js (not on the pages shown before signing in, which draw no chart), the shared helpers,
     * the shell, the gadgets (where shown), then the page's own script.
     */
    List<String> scripts(Page page) {
        List<String> scripts = new ArrayList<>();
        if (!page.anonymous()) {
            scripts.addAll(site.chartScripts());
        }
        scripts.add(site.staticBase() + "/js/saleskpi.js");
        scripts.add(site.staticBase() + "/js/pages/shell.js");
        if (page.showsGadgets()) {
            GADGET_SCRIPTS.forEach(script -> scripts.add(site.staticBase() + "/" + script));
        }
        PAGE_PARTS.getOrDefault(page.key(), List.of()).forEach(part -> scripts.add(site.staticBase() + "/" + part));
        // The subscription dialog (ADR 0063): the standalone dashboards and the goals page on both hosts (ADR 0072);
        // kpi-web's since Jira's dashboard items use it too (ADR 0073).
        if (page.key().equals("dashboard") || page.key().equals("goals")) {
            addIfPresent(scripts, "js/pages/subscribe-dialog.js");
        }
        addIfPresent(scripts, "js/pages/" + page.key() + ".js");
        return scripts;
    }

    private void addIfPresent(List<String> urls, String file) {
        if (loader.getResource("saleskpi/static/" + file) != null) {
            urls.add(site.staticBase() + "/" + file);
        }
    }
}
