package org.saleskpi.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared page templates read no-argument getters only: any call, with arguments above all, would need a Jira
 * Velocity allowlist entry of a form no public example shows (kpi-jira's atlassian-plugin.xml).
 */
class TemplatesCallNoMethodsTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/saleskpi/templates");

    @Test
    void noSharedTemplateCallsAMethod() {
        List<Path> templates = TemplateCalls.templates(TEMPLATES);
        assertThat(templates).hasSizeGreaterThanOrEqualTo(10);
        for (Path template : templates) {
            assertThat(TemplateCalls.methodCalls(TemplateCalls.read(template))).as(template.toString()).isEmpty();
        }
    }

    @Test
    void everyTextATemplateShowsIsAPageTextProperty() {
        for (Path template : TemplateCalls.templates(TEMPLATES)) {
            assertThat(PageText.KEYS.keySet()).as(template.toString())
                    .containsAll(TemplateCalls.properties(TemplateCalls.read(template), "text"));
        }
        assertThat(TemplateCalls.properties(TemplateCalls.read(TEMPLATES.resolve("goals.vm")), "text"))
                .containsExactly("goalsLoading", "goalsTitle");
    }

    @Test
    void callsAreFoundWithOrWithoutArgumentsButCommentsAndPropertiesAreNot() {
        String template = """
                ## $esc.html($title) in a comment never runs
                <p>$esc.html($i18n.getText("saleskpi.x"))</p> $!row.format( 2 ) ${user.getKey()}
                <p>$text.goalsTitle $user.displayNameHtml</p>
                """;

        assertThat(TemplateCalls.methodCalls(template))
                .containsExactly("$esc.html(", "$i18n.getText(", "$!row.format(", "${user.getKey(");
        assertThat(TemplateCalls.properties(template, "text")).containsExactly("goalsTitle");
    }
}
