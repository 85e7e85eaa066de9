package org.saleskpi.server.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.web.page.Messages;
import org.saleskpi.web.page.Page;
import org.saleskpi.web.page.PageRenderer;
import org.saleskpi.web.page.PageUser;
import org.saleskpi.web.page.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages at their URLs ({@code /}, {@code /goals/{id}}, {@code /admin/users}, {@code /admin/connections}...). A visitor who
 * is not signed in goes to {@code /login?next=<where they were going>}; the home page may send a
 * signed-in user on (see {@link HomePage}), else lists their dashboards; a page for global
 * administrators answers others 403; any other path 404, as a page in the visitor's language.
 * Every answer carries a Content-Security-Policy that allows the app's own scripts, styles and
 * images only: no inline script or style, no other site.
 */
public final class PagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PagesServlet.class);

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'self'";

    private static final Map<String, Page> FIXED = Map.ofEntries(
            Map.entry("/", DashboardPages.DASHBOARDS),
            Map.entry("/dashboards", DashboardPages.DASHBOARDS),
            Map.entry("/login", Pages.LOGIN),
            Map.entry("/goals", Pages.GOALS),
            Map.entry("/profiles", Pages.PROFILES),
            // The form of a profile not saved yet; ?project= names its project.
            Map.entry("/profiles/new", Pages.PROFILE),
            Map.entry("/issues", Pages.ISSUES),
            Map.entry("/import", Pages.IMPORT),
            Map.entry("/admin/users", Pages.ADMIN_USERS),
            Map.entry("/admin/connections", ConnectionsPage.PAGE),
            Map.entry("/admin/mail", MailPages.ADMIN_MAIL),
            Map.entry("/subscriptions", MailPages.SUBSCRIPTIONS),
            Map.entry("/unsubscribe", MailPages.UNSUBSCRIBE));
    private static final Map<String, Page> WITH_ID = Map.of(
            "dashboards", DashboardPages.DASHBOARD,
            "goals", Pages.GOAL,
            "profiles", Pages.PROFILE);
    private static final Pattern ID_PATH = Pattern.compile("/([a-z]+)/([0-9]{1,18})");

    private final transient Pages pages;
    private final transient PageRenderer renderer;
    private final transient AccessPolicy access;
    private final transient Function<UserRef, PageUser> pageUser;
    private final transient HomePage home;
    private final transient Messages.Cache messages = new Messages.Cache(PagesServlet.class.getClassLoader());

    /**
     * @param pageUser what the navigation may offer a signed-in user
     * @param home where {@code /} sends a signed-in user
     */
    public PagesServlet(Pages pages, PageRenderer renderer, AccessPolicy access, Function<UserRef, PageUser> pageUser,
            HomePage home) {
        this.pages = pages;
        this.renderer = renderer;
        this.access = access;
        this.pageUser = pageUser;
        this.home = home;
    }

    /** The page at a path and the {id} in it ("" when none), if there is one. */
    static Optional<Map.Entry<Page, String>> route(String path) {
        Page fixed = FIXED.get(path);
        if (fixed != null) {
            return Optional.of(Map.entry(fixed, ""));
        }
        Matcher matcher = ID_PATH.matcher(path);
        if (matcher.matches() && WITH_ID.containsKey(matcher.group(1))) {
            return Optional.of(Map.entry(WITH_ID.get(matcher.group(1)), matcher.group(2)));
        }
        return Optional.empty();
    }

    /** Japanese for a browser that prefers it to English, else English. */
    static Locale locale(HttpServletRequest request) {
        return Messages.language(Collections.list(request.getLocales()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        securityHeaders(response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Messages texts = messages.get(locale(request));
        Optional<UserRef> signedIn = access.currentUser();
        Optional<PageUser> user = signedIn.map(pageUser);
        Optional<Map.Entry<Page, String>> route = route(path);
        if (route.isEmpty()) {
            error(response, 404, "saleskpi.error.notFound", user, texts, "");
            return;
        }
        Page page = route.get().getKey();
        if (user.isEmpty() && !page.anonymous()) {
            String query = request.getQueryString();
            String next = path + (query == null ? "" : "?" + query);
            response.setStatus(302);
            response.setHeader("Location", pages.site().pagesBase() + "/login?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        Optional<String> onwards = signedIn.isPresent() && "/".equals(path) ? onwards(signedIn.get(), texts)
                : Optional.empty();
        if (onwards.isPresent()) {
            response.setStatus(302);
            response.setHeader("Location", pages.site().pagesBase() + onwards.get());
            return;
        }
        if (page.globalAdminOnly() && !user.map(PageUser::isGlobalAdmin).orElse(false)) {
            error(response, 403, "saleskpi.error.forbidden", user, texts, page.section());
            return;
        }
        try {
            String html = renderer.render(page.template(),
                    pages.context(page, user, texts, route.get().getValue(), Map.of()));
            send(response, 200, html);
        } catch (PageRenderer.MissingTemplateException e) {
            LOG.error("{}", e.getMessage());
            error(response, 500, "saleskpi.error.missingTemplate", user, texts, page.section());
        } catch (RuntimeException e) {
            LOG.error("The page {} failed", page.key(), e);
            error(response, 500, "saleskpi.error.internal", user, texts, page.section());
        }
    }

    /** Where the home page sends the user; when that fails, nowhere: the dashboard list still works. */
    private Optional<String> onwards(UserRef user, Messages texts) {
        try {
            return home.redirect(user, texts);
        } catch (RuntimeException e) {
            LOG.error("Preparing the home page of {} failed", user.key(), e);
            return Optional.empty();
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "GET, HEAD");
        response.sendError(405);
    }

    /** An error page; {@code section} is the navigation link of the page asked for, or empty. */
    private void error(HttpServletResponse response, int status, String messageKey, Optional<PageUser> user,
            Messages texts, String section) throws IOException {
        String html;
        try {
            Map<String, Object> context = pages.errorContext(status, user, texts, messageKey);
            context.put("section", section);
            html = renderer.render(Pages.ERROR.template(), context);
        } catch (RuntimeException e) {
            LOG.error("The error page failed", e);
            html = Pages.bareErrorPage(status);
        }
        send(response, status, html);
    }

    private static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        Pages.RESPONSE_HEADERS.forEach(response::setHeader);
    }
}
