package org.saleskpi.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.page.Messages;
import org.saleskpi.web.page.PageMeta;
import org.saleskpi.web.page.PageSite;
import org.saleskpi.web.page.PageText;
import org.saleskpi.web.page.TemplateCalls;
import org.saleskpi.web.page.PageUser;
import org.saleskpi.web.page.Pages;

/**
 * kpi-web's shared templates rendered with Velocity: on their own (the standalone server) they draw the top bar,
 * navigation and sign-out; framed by a host's decorator (Jira) they draw none of it and name the decorator and
 * the host's meta tags instead, escaped like every other value.
 */
class VelocityPagesTest {
    private static final ClassLoader APP = VelocityPagesTest.class.getClassLoader();
    private static final PageSite FRAMED = new PageSite("/jira/plugins/servlet/saleskpi", "/jira/rest/saleskpi/1.0",
            "/jira/issues/?jql=", "/jira/download/resources/app:files", List.of("/jira/chart.js"), "/jira/",
            "atl.admin");

    private final VelocityPages velocity = new VelocityPages();
    private final Messages english = Messages.load(Locale.ENGLISH, APP);
    private final PageUser rita = new PageUser("rita", "Rita Rep", true, true);

    @Test
    void aStandalonePageDrawsItsOwnTopBarAndNoDecorator() {
        String html = velocity.render(Pages.GOALS.template(),
                new Pages(PageSite.STANDALONE, APP).context(Pages.GOALS, Optional.of(rita), english, "", Map.of()));

        assertThat(html).contains("class=\"top-bar\"", "id=\"saleskpi-sign-out\"", "id=\"saleskpi-user-name\">Rita Rep",
                "rel=\"icon\"")
                .doesNotContain("name=\"decorator\"");
    }

    @Test
    void aFramedPageNamesTheDecoratorAndTheHostsMetasAndDrawsNoTopBar() {
        Map<String, Object> context = new Pages(FRAMED, APP).context(Pages.GOALS, Optional.of(rita), english, "",
                Map.of());
        context.put("metas", List.of(new PageMeta("projectKey", "SA\"LES"), new PageMeta("admin.active.tab", "x")));

        String html = velocity.render(Pages.GOALS.template(), context);

        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.admin\">",
                "<meta name=\"projectKey\" content=\"SA&quot;LES\">", "<meta name=\"admin.active.tab\" content=\"x\">",
                "<script src=\"/jira/chart.js\"></script>",
                "<script src=\"/jira/download/resources/app:files/js/pages/goals.js\"></script>",
                "id=\"saleskpi-goals\"", "<main id=\"content\"");
        // The user stays in the scripts' config; only the drawn name and sign-out are the host's.
        assertThat(html).doesNotContain("top-bar", "saleskpi-sign-out", "saleskpi-user-name", "rel=\"icon\"",
                "skip-link");
    }

    @Test
    void aFramedErrorPageSendsTheVisitorToTheHostsHome() {
        Map<String, Object> context = new Pages(FRAMED, APP).errorContext(403, Optional.of(rita), english,
                "saleskpi.error.forbidden.goals", "<SALES>");

        String html = velocity.render(Pages.ERROR.template(), context);

        assertThat(html).contains("<a href=\"/jira/\">", "project &lt;SALES&gt; may").doesNotContain("top-bar", "<SALES>");
    }

    @Test
    void theServersOwnTemplatesCallNoMethod() {
        List<java.nio.file.Path> templates = TemplateCalls.templates(java.nio.file.Path.of("src/main/resources/saleskpi/templates"));
        assertThat(templates).isNotEmpty();
        for (java.nio.file.Path template : templates) {
            String text = TemplateCalls.read(template);
            assertThat(TemplateCalls.methodCalls(text)).as(template.toString()).isEmpty();
            assertThat(PageText.KEYS.keySet()).containsAll(TemplateCalls.properties(text, "text"));
        }
    }
}
