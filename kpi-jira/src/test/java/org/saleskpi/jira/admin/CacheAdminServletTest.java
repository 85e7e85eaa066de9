package org.saleskpi.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.jira.JiraMocks;

/** The admin page's servlet over Mockito doubles of Jira; the template is filled by {@link PlainTemplate}. */
class CacheAdminServletTest {
    private final JiraMocks jira = new JiraMocks();
    private final StringWriter body = new StringWriter();
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final Map<String, Object> context = new HashMap<>();
    private CacheAdminServlet servlet;
    private ApplicationUser root;

    @BeforeEach
    void setUp() throws Exception {
        root = jira.user("root", "Root Admin");
        when(jira.globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, root)).thenReturn(true);
        when(jira.authentication.getLocale()).thenReturn(Locale.JAPANESE);
        doAnswer(call -> {
            context.putAll(call.getArgument(1));
            call.<Writer>getArgument(2).write(PlainTemplate.fill(call.getArgument(0), call.getArgument(1)));
            return null;
        }).when(jira.templates).render(anyString(), any(), any(Writer.class));
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(request.getMethod()).thenReturn("GET");
        when(request.getContextPath()).thenReturn("/jira");
        servlet = new CacheAdminServlet(jira.authentication, jira.globalPermissions, jira.templates);
    }

    @Test
    void nobodySignedInGoesToJirasLoginAndComesBack() throws Exception {
        servlet.service(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fsaleskpi-admin%2Fcache");
    }

    @Test
    void anyoneButAJiraAdministratorIs403() throws Exception {
        ApplicationUser rita = jira.user("rita", "Rita Rep");
        when(jira.authentication.getLoggedInUser()).thenReturn(rita);

        servlet.service(request, response);

        verify(response).setStatus(403);
        assertThat(context).isEmpty();
    }

    @Test
    void anAdministratorGetsThePageInTheAdminDecoratorWithTheAppsMenuItemCurrent() throws Exception {
        when(jira.authentication.getLoggedInUser()).thenReturn(root);

        servlet.service(request, response);

        verify(response).setStatus(200);
        String html = body.toString();
        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.admin\">")
                .contains("<meta name=\"admin.active.section\" content=\"admin_plugins_menu/saleskpi-admin-section\">")
                .contains("<meta name=\"admin.active.tab\" content=\"saleskpi-admin-cache\">")
                .contains("<title>課題キャッシュ</title>")
                .contains("/jira/download/resources/org.saleskpi.kpi-jira:saleskpi-page-files/jira/cache-admin.js")
                .contains("\"restBase\":\"/jira/rest/saleskpi/1.0\"")
                .doesNotContain("$saleskpi");
    }

    @Test
    void writesAreNotAllowed() throws Exception {
        when(request.getMethod()).thenReturn("POST");
        when(jira.authentication.getLoggedInUser()).thenReturn(root);

        servlet.service(request, response);

        verify(response).sendError(eq(405));
    }

    @Test
    void theTemplateNamesOnlyWhatTheServletGivesAndCallsNoMethod() throws Exception {
        when(jira.authentication.getLoggedInUser()).thenReturn(root);
        servlet.service(request, response);

        String template = PlainTemplate.read(CacheAdminServlet.TEMPLATE);
        TreeSet<String> named = new TreeSet<>();
        Matcher reference = PlainTemplate.REFERENCE.matcher(template);
        while (reference.find()) {
            named.add(reference.group(1));
        }
        assertThat(context.keySet()).containsAll(named);
        // No $x.y(...) and no directive: Jira's Velocity allowlist has nothing to allow here.
        assertThat(template).doesNotContainPattern("\\$[A-Za-z]+\\.").doesNotContainPattern("(?m)^\\s*#(?!#)");
    }

    /**
     * The page's template as Jira's renderer fills it: it uses plain {@code $name} references only (checked above),
     * which is all this stand-in substitutes; {@code ##} comment lines are dropped as Velocity drops them.
     */
    static final class PlainTemplate {
        static final Pattern REFERENCE = Pattern.compile("\\$([A-Za-z][A-Za-z0-9]*)");

        static String read(String template) throws IOException {
            try (InputStream in = CacheAdminServlet.class.getClassLoader().getResourceAsStream(template)) {
                assertThat(in).as(template).isNotNull();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        static String fill(String template, Map<String, Object> context) throws IOException {
            String text = read(template).replaceAll("(?m)^##.*\\R", "");
            return REFERENCE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                    String.valueOf(context.getOrDefault(match.group(1), match.group()))));
        }
    }
}
