package org.saleskpi.jira.admin;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.saleskpi.jira.page.ReadOnlyPageServlet;
import org.saleskpi.jira.page.JiraPageSite;
import org.saleskpi.jira.page.TemplatePages;
import org.saleskpi.web.page.Escaper;
import org.saleskpi.web.page.Messages;
import org.saleskpi.web.page.PageRenderer;
import org.saleskpi.web.page.PageSite;
import org.saleskpi.web.page.Pages;
import org.saleskpi.web.page.ScriptJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's admin page, Administration → Manage apps → Sales KPI → Issue cache, at
 * {@code /plugins/servlet/saleskpi-admin/cache}: this node's issue cache and the guardrails' settings. The page is a
 * frame in Jira's admin decorator; its script reads and writes {@code /rest/saleskpi/1.0/admin/cache}, which checks
 * the user again. Only Jira administrators see it (403 otherwise); nobody signed in goes to the login and back.
 */
public final class CacheAdminServlet extends ReadOnlyPageServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CacheAdminServlet.class);
    static final String PATH = "/plugins/servlet/saleskpi-admin/cache";
    static final String TEMPLATE = "saleskpi/jira/templates/cache-admin.vm";
    /** The admin menu's section and item of atlassian-plugin.xml, marked as the current ones. */
    static final String SECTION = "admin_plugins_menu/saleskpi-admin-section";
    static final String ITEM = "saleskpi-admin-cache";

    private final transient JiraAuthenticationContext authentication;
    private final transient GlobalPermissionManager globalPermissions;
    private final transient PageRenderer renderer;
    private final transient Messages.Cache messages = new Messages.Cache(CacheAdminServlet.class.getClassLoader());

    /** Built by the plugin's Spring context through its one constructor, by type. */
    public CacheAdminServlet(JiraAuthenticationContext authentication, GlobalPermissionManager globalPermissions,
            TemplateRenderer templates) {
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.globalPermissions = Objects.requireNonNull(globalPermissions, "globalPermissions");
        this.renderer = new TemplatePages(templates, CacheAdminServlet.class.getClassLoader());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contextPath = request.getContextPath();
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            response.sendRedirect(contextPath + "/login.jsp?os_destination="
                    + URLEncoder.encode(PATH, StandardCharsets.UTF_8));
            return;
        }
        if (!globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
            send(response, 403, Pages.bareErrorPage(403));
            return;
        }
        // mail: the subscription mails that could not be queued, listed below the cache (ADR 0072).
        Messages texts = messages.get(authentication.getLocale(), List.of("common", "admin", "mail"));
        PageSite site = JiraPageSite.at(contextPath);
        Escaper escape = new Escaper();
        Map<String, Object> context = new HashMap<>();
        context.put("saleskpiTitle", escape.html(texts.getText("saleskpi.admin.cache.title")));
        context.put("saleskpiLang", escape.html(texts.locale().getLanguage()));
        context.put("saleskpiSection", SECTION);
        context.put("saleskpiItem", ITEM);
        context.put("saleskpiCommonScript", escape.html(site.staticBase() + "/js/saleskpi.js"));
        context.put("saleskpiPageScript", escape.html(site.staticBase() + "/jira/cache-admin.js"));
        context.put("saleskpiStyle", escape.html(site.staticBase() + "/css/saleskpi.css"));
        context.put("saleskpiTexts", ScriptJson.of(texts.all()));
        context.put("saleskpiConfig", ScriptJson.of(Map.of("restBase", site.restBase())));
        try {
            send(response, 200, renderer.render(TEMPLATE, context));
        } catch (RuntimeException e) {
            LOG.error("The cache admin page failed", e);
            send(response, 500, Pages.bareErrorPage(500));
        }
    }

    private static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
