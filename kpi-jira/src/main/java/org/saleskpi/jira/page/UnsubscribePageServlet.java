package org.saleskpi.jira.page;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.web.page.Messages;
import org.saleskpi.web.page.PageMeta;
import org.saleskpi.web.page.PageRenderer;
import org.saleskpi.web.page.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page a subscription mail's unsubscribe link opens inside Jira, {@value #PATH}{@code ?token=} (ADR 0072): open
 * to readers signed out of Jira, because the token is the proof, as on the standalone server. Its script posts the
 * token to {@code POST /rest/saleskpi/1.0/subscriptions/unsubscribe}, the one REST method open to them too; a link
 * scanner that only fetches the page ends nothing. A servlet of its own so that Jira's {@link UnrestrictedAccess}
 * opens this page alone: {@link JiraPagesServlet} keeps every other page for signed-in users. Its text is in the
 * language Jira gives the request (the reader's, or the site's default when signed out).
 */
@UnrestrictedAccess
public final class UnsubscribePageServlet extends ReadOnlyPageServlet {
    /** Where the servlet module puts it ({@code atlassian-plugin.xml}, servlet saleskpi-unsubscribe-page). */
    public static final String PATH = "/plugins/servlet/saleskpi-unsubscribe";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(UnsubscribePageServlet.class);

    private final transient JiraAuthenticationContext authentication;
    private final transient PageRenderer renderer;
    private final transient Messages.Cache messages = new Messages.Cache(UnsubscribePageServlet.class.getClassLoader());

    /** Built by the plugin's Spring context through its one constructor, by type. */
    public UnsubscribePageServlet(JiraAuthenticationContext authentication, TemplateRenderer templates) {
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.renderer = new TemplatePages(templates, UnsubscribePageServlet.class.getClassLoader());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Pages pages = new Pages(JiraPageSite.at(request.getContextPath()),
                UnsubscribePageServlet.class.getClassLoader());
        String html;
        int status = 200;
        try {
            // The same page for everyone: it names nobody, so it asks Jira for no user.
            Map<String, Object> context = pages.context(Pages.UNSUBSCRIBE, Optional.empty(),
                    messages.get(authentication.getLocale()), "", Map.of());
            context.put("metas", List.<PageMeta>of());
            html = renderer.render(Pages.UNSUBSCRIBE.template(), context);
        } catch (RuntimeException e) {
            LOG.error("The unsubscribe page failed", e);
            status = 500;
            html = Pages.bareErrorPage(status);
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
